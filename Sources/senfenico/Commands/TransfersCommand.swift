import ArgumentParser
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI

/// `senfenico transfers`: payouts to mobile-money wallets, one at a time or from a CSV file.
struct TransfersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfers",
        abstract: "List, show and send transfers (payouts), one at a time or in bulk from a CSV file.",
        discussion: """
            Each wallet (orange_bf, moov_bf, sank_bf) pays transfers from its own transfer balance \
            (see `senfenico balance`). Transfers are queued, then complete later: check them with \
            `senfenico transfers get`.

            Examples:
              senfenico transfers create --amount 5000 --phone 70000000
              senfenico transfers bulk payroll.csv --results payroll-results.csv
              senfenico transfers list --json | jq '.data | length'
            """,
        subcommands: [
            TransfersListCommand.self, TransfersGetCommand.self, TransfersCreateCommand.self,
            TransfersBulkCommand.self,
        ],
        defaultSubcommand: TransfersListCommand.self
    )
}

struct TransfersListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the account's transfers, newest first.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico transfers list
              senfenico transfers list --json | jq -r '.data[] | select(.ext_id == "payroll-42") | .status'
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Option(help: "How many transfers the table shows (0: all). --json always prints the whole answer.")
    var limit = 50

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError(Strings.FlagChecks.limitRange.text(in: connection.language)) }
    }

    func run() async throws {
        try await APICommand.run(connection, output) { context in
            let transfers = try await context.client.transfers()
            try context.emit(.transferList) { TransferText(language: context.language).list(transfers, limit: limit) }
        }
    }
}

struct TransfersGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Show one transfer.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico transfers get tr_ef733c5a98b04a51b00773256d8b8f2f
              senfenico transfers get tr_… --json | jq -r .data.status
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Argument(help: "The transfer's reference (tr_…).")
    var reference: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(["<reference>": reference], language: connection.language)
        try await APICommand.run(connection, output) { context in
            let transfer = try await context.client.transfer(reference: reference)
            try context.emit(.transferFetch) { TransferText(language: context.language).details(transfer) }
        }
    }
}

struct TransfersCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Send one transfer to a mobile-money wallet.",
        discussion: """
            Every transfer carries an ext_id. Without --ext-id one is generated and printed on \
            standard error before the request is sent: if the answer is lost, run the same command \
            again with that --ext-id. Senfenico refuses a second transfer with the same ext_id; the \
            earlier one is then looked up and shown (exit status 0), so nothing is paid twice.

            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico transfers create --amount 5000 --phone 70000000
              senfenico transfers create --amount 1000 --phone 65000000 --wallet orange_bf --ext-id payroll-2025-03-42
              senfenico transfers create --amount 100 --phone 63000000 --json | jq -r .data.reference
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Option(help: ArgumentHelp("Whole francs CFA, at least 100.", valueName: "francs"))
    var amount: AmountArgument

    @Option(help: "The recipient's Burkina Faso mobile number.")
    var phone: String

    @Option(
        help: ArgumentHelp(
            "orange_bf, moov_bf or sank_bf (default: Senfenico picks the wallet of the number's network).",
            valueName: "wallet"))
    var wallet: TransferWallet?

    @Option(
        name: .customLong("ext-id"),
        help: ArgumentHelp(
            "Your own identifier for this transfer (default: a new UUID, printed first).", valueName: "id"))
    var extID: String?

    @OptionGroup var live: LiveConfirmation
    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(
            ["--amount": amount.text, "--phone": phone, "--ext-id": extID, "--confirm-live": live.confirmLive],
            language: connection.language)
        try await APICommand.run(connection, output) { context in
            let given = extID?.trimmingCharacters(in: .whitespacesAndNewlines)
            let extID = given.flatMap { $0.isEmpty ? nil : $0 } ?? UUID().uuidString.lowercased()
            let request: TransferRequest
            switch TransferRequest.validated(
                amount: try amount.money(), recipientPhone: phone, recipientWallet: wallet, extID: extID)
            {
            case .success(let valid): request = valid
            case .failure(let issue): throw SenfenicoError.validation(issue)
            }
            if given == nil || given?.isEmpty == true {
                context.note(Strings.CommandLine.extIDGenerated.filling(["extID": extID]))
            }
            try live.confirm(request.amount, context)
            // Journaled like the dashboard's: under its ext_id, before the request leaves.
            let journal = try CommandJournal.open(context)
            try CommandJournal.beginTransfer(request, in: journal, context)
            let result: TransferSendResult
            do {
                result = try await context.client.createTransferOnce(request)
                _ = try? journal.recordTransfer(.success(result), extID: extID)
            } catch let error as SenfenicoError {
                _ = try? journal.recordTransfer(.failure(error), extID: extID)
                if case .outcomeUnknown = error {
                    context.note(Strings.CommandLine.transferOutcomeUnknown.filling(["extID": extID]))
                }
                throw error
            }
            let text = TransferText(language: context.language)
            switch result {
            case .created(let transfer):
                try context.emit(.transferCreate) { text.details(transfer) }
            case .alreadyCreated(let transfer):
                context.note(
                    Strings.CommandLine.transferAlreadyCreated.filling([
                        "extID": extID, "reference": transfer.reference,
                    ]))
                // The JSON printed is the API's own answer for that transfer.
                let current = context.json ? try await context.client.transfer(reference: transfer.reference) : transfer
                try context.emit(.transferFetch) { text.details(current) }
            }
        }
    }
}

/// Transfers as tables and detail blocks.
struct TransferText {
    let language: Language
    private typealias C = Strings.CommandLine
    private typealias D = Strings.Dashboard

    func list(_ transfers: [Transfer], limit: Int) -> String {
        guard !transfers.isEmpty else { return C.noneYet.text(in: language) }
        let shown = limit == 0 ? transfers : Array(transfers.prefix(limit))
        let header = [
            D.columnTime, D.columnReference, D.columnAmount, D.columnWallet, D.columnPhone, D.columnStatus,
            D.columnExtID,
        ].map { $0.text(in: language) }
        let rows = shown.map { transfer in
            [
                Display.time(transfer.createdAt), transfer.reference, transfer.amount.formatted(language),
                transfer.recipientWallet?.displayName ?? "", Display.phone(transfer.recipientPhone),
                transfer.status.words.text(in: language), transfer.extID ?? "",
            ]
        }
        let footer =
            shown.count == transfers.count
            ? ""
            : "\n"
                + C.shownOf.filling(["shown": String(shown.count), "total": String(transfers.count)]).text(
                    in: language)
        return TextTable.render([header] + rows) + footer
    }

    func details(_ transfer: Transfer) -> String {
        TextTable.details(
            [
                (D.columnReference, transfer.reference),
                (D.columnStatus, transfer.status.words.text(in: language)),
                (D.columnAmount, transfer.amount.formatted(language)),
                (D.columnFees, Display.fee(transfer.fees)),
                (D.columnWallet, transfer.recipientWallet?.displayName ?? ""),
                (D.columnPhone, Display.phone(transfer.recipientPhone)),
                (D.columnExtID, transfer.extID ?? ""),
                (C.fieldCreated, Display.time(transfer.createdAt)),
                (C.fieldMode, transfer.liveMode ? "live" : "test"),
            ], language: language)
    }
}
