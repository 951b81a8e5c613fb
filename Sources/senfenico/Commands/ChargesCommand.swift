import ArgumentParser
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI

/// `senfenico charges`: mobile-money payments collected from customers.
struct ChargesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charges",
        abstract: "List, show, create charges and submit their OTP.",
        discussion: """
            A charge asks a customer's mobile-money wallet for a payment. Create it, tell the \
            customer what the operator's text says (a USSD code to dial, or an SMS to wait for), then \
            submit the OTP the customer received.

            Examples:
              senfenico charges create --amount 1000 --phone 76000000
              senfenico charges submit-otp ch_… --otp 123456
              senfenico charges list --limit 5
            """,
        subcommands: [
            ChargesListCommand.self, ChargesGetCommand.self, ChargesCreateCommand.self, ChargesSubmitOTPCommand.self,
        ],
        defaultSubcommand: ChargesListCommand.self
    )
}

struct ChargesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the account's charges, newest first.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico charges list
              senfenico charges list --limit 0          # every charge
              senfenico charges list --json | jq '.data[] | select(.status == "success") | .reference'
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Option(help: "How many charges the table shows (0: all). --json always prints the whole answer.")
    var limit = 50

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError(Strings.FlagChecks.limitRange.text(in: connection.language)) }
    }

    func run() async throws {
        try await APICommand.run(connection, output) { context in
            if context.json {
                try await Self.passJSON(context)
                return
            }
            // The table holds the text of its rows, not the charges: each is laid out as it is
            // decoded, and past `limit` rows are only counted.
            let text = ChargeText(language: context.language)
            var table = text.table()
            let total: Int
            if limit == 0 {
                total = try await context.client.eachCharge(restart: { table = text.table() }) { table.add($0) }
            } else {
                let read = try await context.client.firstCharges(limit)
                read.rows.forEach { table.add($0) }
                total = read.total
            }
            guard total > 0 else {
                Console.out(Strings.CommandLine.noneYet.text(in: context.language))
                return
            }
            var out = StandardOutput()
            table.write(total: total, to: &out)
            out.flush()
        }
    }

    /// `--json`: the answer's body copied to standard output while it downloads (no model
    /// built, memory flat in the list's size), made safe as `Console.json` makes a whole body.
    /// An answer that is not a plain success (a refusal, `"status": false`, a body the client
    /// could not read up to its `data`) is read whole and printed, or refused, exactly as
    /// every other command's `--json` does.
    static func passJSON(_ context: APICommandContext) async throws {
        var out = StandardOutput()
        var writer = JSONBodyWriter(redactor: Redactor(key: context.client.configuration.apiKey))
        let delivery = try await context.client.chargeListBody { bytes in writer.feed(bytes, to: &out) }
        switch delivery {
        case .streamed:
            writer.finish(to: &out)
            out.flush()
        case .buffered:
            try context.emit(.chargeList) { "" }
        }
    }
}

struct ChargesGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Show one charge, with its OTP attempts.",
        discussion: """
            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico charges get ch_1ba1b4d1268b41079ee84c777e999f51
              senfenico charges get ch_… --json | jq -r .data.status
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Argument(help: "The charge's reference (ch_…).")
    var reference: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(["<reference>": reference], language: connection.language)
        try await APICommand.run(connection, output) { context in
            let charge = try await context.client.charge(reference: reference)
            try context.emit(.chargeFetch) { ChargeText(language: context.language).details(charge) }
        }
    }
}

struct ChargesCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Ask a customer's wallet for a payment; prints the reference and the operator's instructions.",
        discussion: """
            The operator is guessed from the number's prefix when --provider is not given (Orange: \
            04-07, 54-57, 64-67, 74-77; Moov: 01-03, 50-53, 60-63, 70-73; Telecel numbers go to Sank \
            Money). The charge is sent once, never repeated: if its answer is lost, look for it in \
            `senfenico charges list` before trying again.

            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico charges create --amount 1000 --phone 76000000
              senfenico charges create --amount "2 000" --phone "+226 70 00 00 00" --provider moov_bf
              senfenico charges create --amount 1500 --phone 75000000 --provider coris_bf --json | jq -r .data.reference
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Option(help: ArgumentHelp("Whole francs CFA (spaces between groups allowed).", valueName: "francs"))
    var amount: AmountArgument

    @Option(help: "The customer's Burkina Faso mobile number (76000000, +226 76 00 00 00, …).")
    var phone: String

    @Option(
        help: ArgumentHelp(
            "orange_bf, moov_bf, coris_bf or sank_bf (default: guessed from the number's prefix).",
            valueName: "provider"))
    var provider: Provider?

    @OptionGroup var live: LiveConfirmation
    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(
            ["--amount": amount.text, "--phone": phone, "--confirm-live": live.confirmLive],
            language: connection.language)
        try await APICommand.run(connection, output) { context in
            let money = try amount.money()
            let provider = try self.provider ?? Self.guessProvider(phone)
            let request: ChargeRequest
            switch ChargeRequest.validated(amount: money, phone: phone, provider: provider) {
            case .success(let valid): request = valid
            case .failure(let issue): throw SenfenicoError.validation(issue)
            }
            try live.confirm(request.amount, context)
            // Journaled like the dashboard's: written before the request leaves, then its answer.
            let journal = try CommandJournal.open(context)
            let entry = try CommandJournal.begin(request, in: journal, context)
            let attempt: ChargeAttempt
            do {
                attempt = try await context.client.createCharge(request)
            } catch let error as SenfenicoError {
                _ = try? journal.recordError(entry.id, error, during: .create)
                if case .outcomeUnknown = error { await ChargeOutcomeLookup.report(entry, journal: journal, context) }
                throw error
            }
            _ = try? journal.recordCreated(entry.id, attempt)
            try context.emit(.chargeCreate) { ChargeText(language: context.language).attempt(attempt, request) }
        }
    }

    /// The provider of the number's network; the number's own problem when it has none.
    static func guessProvider(_ phone: String) throws(SenfenicoError) -> Provider {
        switch PhoneNumber.parse(phone) {
        case .success(let number): return number.mobileOperator?.suggestedProvider ?? .orange
        case .failure(let issue): throw .validation(issue)
        }
    }
}

struct ChargesSubmitOTPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit-otp",
        abstract: "Submit the OTP the customer received, to complete a charge.",
        discussion: """
            With --otp -, the code is read from the first line of standard input, so it stays out of \
            the process list and the shell history. Sent once, never repeated.

            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico charges submit-otp ch_… --otp 123456
              read -s CODE && echo "$CODE" | senfenico charges submit-otp ch_… --otp -
            \(CommandLineHelp.sandboxNote)
            """
    )

    @Argument(help: "The charge's reference (ch_…).")
    var reference: String

    @Option(help: ArgumentHelp("The code (4 to 8 digits), or - to read it from standard input.", valueName: "code"))
    var otp: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try FlagValues.refuseControlCharacters(["<reference>": reference, "--otp": otp], language: connection.language)
        let code = otp == "-" ? (readLine(strippingNewline: true) ?? "") : otp
        try await APICommand.run(connection, output) { context in
            let submission: OTPSubmission
            switch OTPSubmission.validated(chargeReference: reference, otp: code) {
            case .success(let valid): submission = valid
            case .failure(let issue): throw SenfenicoError.validation(issue)
            }
            // A charge this machine journaled gets the submission and its answer written too.
            let journal = try? PaymentJournal(
                path: PaymentJournal.defaultPath(), account: context.session.account)
            let entry = try? journal?.entry(reference: reference)
            if let entry { _ = try? journal?.recordSubmitting(entry.id) }
            let charge: Charge
            do {
                charge = try await context.client.submitOTP(submission)
            } catch let error as SenfenicoError {
                if let entry { _ = try? journal?.recordError(entry.id, error, during: .submitOTP) }
                throw error
            }
            if let entry { _ = try? journal?.recordCharge(entry.id, charge) }
            try context.emit(.chargeSubmitOTP) { ChargeText(language: context.language).details(charge) }
        }
    }
}

/// Charges as tables and detail blocks.
struct ChargeText {
    let language: Language
    private typealias C = Strings.CommandLine
    private typealias D = Strings.Dashboard

    /// An empty table of charges, its header in this language.
    func table() -> ChargeTable {
        let header = [
            D.columnTime, D.columnReference, D.columnAmount, D.columnProvider, D.columnPhone, D.columnStatus,
            D.columnFees,
        ].map { $0.text(in: language) }
        return ChargeTable(language: language, writer: TableWriter(header: header))
    }

    func details(_ charge: Charge) -> String {
        var text = TextTable.details(
            [
                (D.columnReference, charge.reference),
                (D.columnStatus, charge.status.words.text(in: language)),
                (D.columnAmount, charge.amount.formatted(language)),
                (D.columnFees, Display.fee(charge.fees)),
                (D.columnProvider, charge.provider?.displayName ?? ""),
                (D.columnPhone, Display.phone(charge.phone)),
                (C.fieldCreated, Display.time(charge.createdAt)),
                (C.fieldTransactionDate, Display.time(charge.transactionDate)),
                (C.fieldUpdated, Display.time(charge.updatedAt)),
                (C.fieldCancelled, Display.time(charge.cancelledAt)),
                (C.fieldCancellationReason, charge.cancellationReason ?? ""),
                (C.fieldMode, charge.liveMode ? "live" : "test"),
            ], language: language)
        if !charge.confirmationAttempts.isEmpty {
            text += "\n\n" + C.attempts.text(in: language) + "\n"
            let rows = charge.confirmationAttempts.map { attempt in
                [Display.time(attempt.attemptDate), attempt.confirmationStatus.rawValue, attempt.ipAddress ?? ""]
            }
            text += TextTable.render(rows, indent: "  ")
        }
        return text
    }

    func attempt(_ attempt: ChargeAttempt, _ request: ChargeRequest) -> String {
        var text = TextTable.details(
            [
                (D.columnReference, attempt.reference),
                (D.columnStatus, attempt.status.words.text(in: language)),
                (D.columnAmount, request.amount.formatted(language)),
                (D.columnProvider, request.provider.displayName),
                (D.columnPhone, request.phone.formatted),
            ], language: language)
        if let display = attempt.displayText, !display.isEmpty {
            text += "\n\n" + display
        }
        switch attempt.status {
        case .sendOTP:
            text += "\n\n" + C.nextSubmitOTP.filling(["reference": attempt.reference]).text(in: language)
        case .payOffline:
            text += "\n\n" + C.nextPayOffline.filling(["reference": attempt.reference]).text(in: language)
        default: break
        }
        return text
    }

}

/// A table of charges being made, a row at a time, as `TextTable.render` lays it out and
/// written a line at a time: a 100 000-row table is never one string, and holds only its text.
struct ChargeTable {
    let language: Language
    var writer: TableWriter
    private var rows = 0
    /// The words of each status, looked up once rather than once a row.
    private var statusWords: [ChargeStatus: String] = [:]
    private let zone = TimeZone.current

    init(language: Language, writer: TableWriter) {
        self.language = language
        self.writer = writer
    }

    mutating func add(_ charge: Charge) {
        let status: String
        if let known = statusWords[charge.status] {
            status = known
        } else {
            status = charge.status.words.text(in: language)
            statusWords[charge.status] = status
        }
        writer.add([
            (charge.createdAt ?? charge.transactionDate)?.localText(.seconds, in: zone) ?? "", charge.reference,
            charge.amount.formatted(language), charge.provider?.displayName ?? "", Display.phone(charge.phone),
            status, Display.fee(charge.fees),
        ])
        rows += 1
    }

    /// The table and, when some of the `total` are left out, how many are shown.
    func write(total: Int, to out: inout StandardOutput) {
        let footer =
            rows == total
            ? ""
            : "\n"
                + Strings.CommandLine.shownOf.filling(["shown": String(rows), "total": String(total)]).text(
                    in: language)
        writer.write(footer: footer, to: &out)
    }
}
