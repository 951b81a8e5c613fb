import ArgumentParser
import BulkTransfers
import CSVOutput
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI
import Settings
import Synchronization

/// `senfenico transfers bulk FILE.csv`: many transfers from a CSV file, checked, confirmed,
/// sent in paced batches of at most 100, with a result for every row.
struct TransfersBulkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulk",
        abstract: "Send transfers from a CSV file: preview, confirm, send in batches, show every row's result.",
        discussion: """
            The file has one transfer per row: amount,recipient_phone[,recipient_wallet][,ext_id]. A \
            header row naming these columns is optional (then any order, other columns ignored); \
            quoted fields, blank lines, CRLF and a French spreadsheet's semicolons are fine.

            Every row is checked first (whole amount of at least 100 F CFA, Burkina Faso mobile \
            number, wallet orange_bf, moov_bf or sank_bf or guessed from the prefix, ext_id unique \
            and at most 100 characters, no control character in any cell). Rows with errors are \
            listed with their line number and never sent. A file has at most 10 000 rows: split a \
            bigger one. Rows without ext_id get a generated one. After confirmation (or --yes) the \
            valid rows go in batches of at most 100, at most 5 calls per second, with a progress bar \
            on a terminal. With a sk_live_ key the total is typed on the terminal instead of y/N, or \
            given with --confirm-live TOTAL (and --yes) without one. Each row's result comes from \
            the answer's failed_transfers: queued, refused (with the reason), unknown (the answer \
            was lost: never resent automatically) or not sent.

            --results writes line,amount,recipient_phone,recipient_wallet,ext_id,result,reason; that \
            file can be edited and given back to `transfers bulk`: the same ext_ids make a re-run \
            safe. --json prints one JSON object: counts, every batch with the API's answer as \
            received, and every row's result.

            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico transfers bulk payroll.csv --dry-run
              senfenico transfers bulk payroll.csv --results payroll-results.csv
              senfenico transfers bulk payroll.csv --yes --json | jq '.counts'
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Argument(
        help: ArgumentHelp("The CSV file (- for standard input, which then needs --yes).", valueName: "file.csv"),
        completion: .file(extensions: ["csv"]))
    var file: String

    @Flag(help: "Check the file and show what would be sent; send nothing and call no API.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "Send without asking (needed when standard input is not a terminal).")
    var yes = false

    @Option(
        help: ArgumentHelp("Write every row's result to this CSV file.", valueName: "path"),
        completion: .file(extensions: ["csv"]))
    var results: String?

    @Flag(
        help: ArgumentHelp(
            "Print one JSON object on standard output, and nothing else.",
            discussion: """
                {"file", "dry_run", "rows_read", "valid_rows", "invalid_rows", "total_amount", "batches": \
                [{"number", "rows", "outcome": answered|failed|skipped, "error", "error_code", "answer": the \
                API's answer to that call exactly as received, or null}], "counts", "results": [{"line", \
                "amount", "recipient_phone", "recipient_wallet", "ext_id", "result", "reason"}]}. The \
                preview, progress and notes go to standard error.
                """))
    var json = false

    @OptionGroup var live: LiveConfirmation
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let language = connection.language
        try FlagValues.refuseControlCharacters(["--confirm-live": live.confirmLive], language: language)
        let preview = try readPreview(language)
        let text = BulkText(language: language)
        // The preview is the command's output in a dry run; otherwise it is said to the person
        // (standard error) when standard output is kept for JSON.
        let showPreview: (Balances?) -> Void = { balances in
            let rendered = text.preview(preview, file: file, balances: balances)
            json ? Console.err(rendered) : Console.out(rendered)
        }

        if dryRun {
            showPreview(nil)
            if let results {
                try save(BulkResultsCSV.csv(preview: preview, report: nil, language: language), results, language)
            }
            if json {
                Console.json(BulkText.json(file: file, preview: preview, report: nil, rawAnswers: [:]))
            }
            Console.err(Strings.Bulk.dryRun.text(in: language))
            if !preview.problems.isEmpty { throw ExitCode(ExitStatus.code(for: .validation(.bulkEmpty))) }
            return
        }
        guard !preview.rows.isEmpty else {
            showPreview(nil)
            Console.err(Strings.Bulk.nothingToSend.text(in: language))
            throw ExitCode(ExitStatus.code(for: .validation(.bulkEmpty)))
        }
        if !yes && (file == "-" || !Console.stdinIsTerminal) {
            Console.err(Strings.Bulk.needsYes.text(in: language))
            throw ExitCode.validationFailure
        }

        try await APICommand.run(connection, json: json) { context in
            // With a live key the total is confirmed: typed on a terminal (instead of the y/N
            // question, --yes or not), else given with --confirm-live. A refusal comes before
            // even the balances are asked for.
            let canAsk = LiveConfirmation.terminalCanAsk && file != "-"
            let liveVerdict = live.verdict(amount: preview.totalAmount, mode: context.session.mode, canAsk: canAsk)
            if case .refuse = liveVerdict { try live.carryOut(liveVerdict, amount: preview.totalAmount, context) }
            let balances = try await context.client.balances()
            showPreview(balances)
            if liveVerdict == .ask {
                try live.carryOut(liveVerdict, amount: preview.totalAmount, context)
            } else {
                guard yes || confirm(preview, context) else {
                    context.note(Strings.Bulk.declined)
                    throw ExitCode.failure
                }
                context.warnIfLive()
            }
            // Every row is journaled before its batch leaves, as `transfers create` is; a journal
            // that cannot be opened stops the command before anything is sent (exit 8).
            let journal = try CommandJournal.open(context)
            let (report, rawAnswers) = await send(preview, journal: journal, context)
            if let results {
                try save(BulkResultsCSV.csv(preview: preview, report: report, language: language), results, language)
            }
            if json {
                Console.json(BulkText.json(file: file, preview: preview, report: report, rawAnswers: rawAnswers))
                Console.err(text.summary(report, preview: preview))
            } else {
                Console.out("\n" + text.results(report, preview: preview))
            }
            if report.count(.unknown) > 0 {
                throw ExitCode(
                    ExitStatus.code(for: .outcomeUnknown(OutcomeUnknown(operation: .transferBulk, cause: ""))))
            }
            if !report.allQueued || !preview.problems.isEmpty { throw ExitCode(ExitStatus.bulkIncomplete) }
        }
    }

    /// The file read and checked, as a stream (never whole in memory); an unusable file ends
    /// the command with the validation status.
    private func readPreview(_ language: Language) throws -> BulkPreview {
        do throws(BulkFileIssue) {
            let stream =
                file == "-"
                ? try BulkFileSource.standardInput()
                : try BulkFileSource.open(
                    path: SettingsPaths.expand(file, environment: ProcessInfo.processInfo.environment))
            return try BulkPreview.parse(stream: stream)
        } catch {
            if case .cannotOpen = error {
                Console.err(error.message.text(in: language))
            } else {
                Console.err("\(file): " + error.message.text(in: language))
            }
            throw ExitCode(ExitStatus.code(for: .validation(.bulkEmpty)))
        }
    }

    /// Asks on the terminal; yes is y, yes, o or oui.
    private func confirm(_ preview: BulkPreview, _ context: APICommandContext) -> Bool {
        let mode = context.session.mode == .live ? Strings.Bulk.confirmLive.text(in: context.language) : ""
        Console.errRaw(
            Strings.Bulk.confirm.filling([
                "count": String(preview.rows.count), "total": preview.totalAmount.formatted(context.language),
                "mode": mode,
            ]).text(in: context.language))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return ["y", "yes", "o", "oui"].contains(answer)
    }

    /// Runs the batches; returns the report and, by batch number, the API's last answer to it as
    /// received (a batch refused for the rate limit is sent again, and its last answer kept).
    private func send(_ preview: BulkPreview, journal: PaymentJournal, _ context: APICommandContext) async -> (
        BulkReport, [Int: String]
    ) {
        let recorder = context.recorder
        let client = context.client
        // Keyed by the batch's first ext_id: every row has its own, unique in the file.
        let answers = Mutex<[String: String]>([:])
        let runner = BulkTransferRunner(journal: JournaledBulkRun(journal)) {
            (requests) async throws(SenfenicoError) -> BulkTransferOutcome in
            let before = recorder.count
            defer {
                let answer = recorder.since(before).last { $0.operation == .transferBulk && $0.status != nil }
                if let key = requests.first?.extID, let body = answer?.responseSample {
                    answers.withLock { $0[key] = body }
                }
            }
            return try await client.bulkTransfer(requests)
        }
        let text = BulkText(language: context.language)
        let drawsBar = Console.stderrIsTerminal
        let report = await runner.run(preview.batches()) { progress in
            guard drawsBar else { return }
            Console.errRaw(
                "\r" + text.progressBar(progress) + (progress.batchesDone == progress.totalBatches ? "\n" : ""))
        }
        let byExtID = answers.withLock { $0 }
        var byBatch: [Int: String] = [:]
        for entry in report.rows where byBatch[entry.batch] == nil {
            byBatch[entry.batch] = byExtID[entry.row.extID]
        }
        return (report, byBatch)
    }

    private func save(_ csv: String, _ path: String, _ language: Language) throws {
        let expanded = SettingsPaths.expand(path, environment: ProcessInfo.processInfo.environment)
        do throws(PrivateFileError) {
            try BulkResultsCSV.write(csv, toFile: expanded)
        } catch {
            Console.err(
                Strings.Bulk.cannotWrite.filling(["path": path, "detail": error.detail]).text(
                    in: language))
            throw ExitCode(ExitStatus.configuration)
        }
        Console.err(Strings.Bulk.resultsSaved.filling(["path": path]).text(in: language))
    }
}
