import ArgumentParser
import DashboardCore
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI
import Settings

/// `senfenico journal`: the charges this terminal started, read from its local journal.
struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "The local journal of the charges started at this terminal.",
        discussion: """
            Every charge the dashboard starts is written to the journal before its request is sent, \
            then each stage it reaches, so none is lost or doubled when the terminal stops mid-payment. \
            Transfers sent from the dashboard are journaled the same way, with their ext_id.

            Examples:
              senfenico journal list --unfinished
              senfenico journal export --csv --date 2026-11-28 --output caisse-28.csv
              senfenico journal resolve 3f2c… --note "vérifié avec le client, payé"
            """,
        subcommands: [
            JournalExportCommand.self, JournalListCommand.self, JournalResolveCommand.self,
            JournalTransfersCommand.self,
        ]
    )
}

/// `senfenico journal export --csv`: the day's charges and totals, for the till's end of day.
struct JournalExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write one day's charges, with totals per operator and per stage.",
        discussion: """
            In the language of messages: under French the columns and values are French, fields are \
            separated by ';' and numbers have a decimal comma, so a French spreadsheet opens it in columns; \
            otherwise English with ','. Each charge: mode, start (local time), amount, fee rate, fee and net \
            amount in F CFA, operator, phone, reference, status, failure reason; then the totals per operator \
            (with the fees and the net the merchant receives) and per status. A fee the journal did not \
            record is left empty, never guessed.

            Examples:
              senfenico journal export --csv
              senfenico journal export --csv --date 2026-11-28 --output caisse-28.csv
              senfenico journal export --csv --lang fr --excel --output caisse.csv
              senfenico journal export --csv --raw --separator , > day.csv
            """)

    /// `;`, `,` or `tab`: the field separator, when the language's own does not suit.
    enum Separator: String, ExpressibleByArgument, CaseIterable {
        case semicolon = ";"
        case comma = ","
        case tab = "tab"

        var character: Character {
            switch self {
            case .semicolon: ";"
            case .comma: ","
            case .tab: "\t"
            }
        }
    }

    /// Only CSV for now; a flag rather than nothing, so `export --csv` reads as the issue says
    /// and another format can be added beside it.
    enum Format: EnumerableFlag {
        case csv

        static func help(for value: Format) -> ArgumentHelp? { "CSV (RFC 4180): the only format, and the default." }
    }

    @Flag var format: Format = .csv

    @Option(help: ArgumentHelp("The day, on this machine's clock (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(
        help: ArgumentHelp(
            "Write the CSV to this file instead of standard output, and a summary line to standard error.",
            valueName: "path"),
        completion: .file(extensions: ["csv"]))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "The field separator: ';', ',' or tab (default: ';' in French, ',' in English).",
            valueName: "separator"))
    var separator: Separator?

    @Flag(help: "Add the API's raw values (provider, server_status, stage, failure_code) in extra columns.")
    var raw = false

    @Flag(help: "Start the file with a UTF-8 byte order mark, for spreadsheets that need one.")
    var excel = false

    @OptionGroup var options: JournalOptions
    @OptionGroup var accounts: JournalAccountOptions

    func validate() throws { try options.validate(date: date) }

    func run() async throws {
        let language = options.language
        let journal = try options.open(language, accounts: accounts)
        let day = date.flatMap(JournalDay.init) ?? JournalDay(containing: .now())
        let entries = try options.attempt(language, journal) { try journal.entries(on: day) }
        let csv = JournalExport.csv(
            entries,
            JournalExport.Options(language: language, separator: separator?.character, raw: raw, excel: excel))
        guard let output else {
            FileHandle.standardOutput.write(Data(csv.utf8))
            return
        }
        let path = SettingsPaths.expand(output, environment: ProcessInfo.processInfo.environment)
        try options.attempt(language, journal) { try JournalExport.write(csv, toFile: path) }
        JournalOptions.say(JournalTotals(entries).summary(in: language))
    }
}

/// `senfenico journal list`: a day's charges, or those that need attention, as a table.
struct JournalListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Show a day's charges, or those that need attention.",
        discussion: """
            Examples:
              senfenico journal list
              senfenico journal list --unfinished --lang fr
              senfenico journal list --json | jq -r '.[] | select(.stage == "succeeded") | .reference'
            """)

    @Flag(help: "Only the payments that need attention, whatever their day.")
    var unfinished = false

    @Flag(
        help: ArgumentHelp(
            "Print a JSON array of the entries, and nothing else, on standard output.",
            discussion: """
                Oldest first, [] when there is none: {"id", "started_at", "reference", "operator", "phone", \
                "amount", "fees", "stage", "server_status", "failure_code", "otp_attempts", "terminal", \
                "note"}, raw values as in `journal export --raw`; a missing value is null.
                """))
    var json = false

    @Option(
        help: ArgumentHelp(
            "The day, on this machine's clock (default: today); ignored with --unfinished.", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var options: JournalOptions
    @OptionGroup var accounts: JournalAccountOptions

    func validate() throws { try options.validate(date: date) }

    func run() async throws {
        let language = options.language
        let journal = try options.open(language, accounts: accounts)
        let day = date.flatMap(JournalDay.init) ?? JournalDay(containing: .now())
        let entries = try options.attempt(language, journal) {
            try unfinished ? journal.unfinished() : journal.entries(on: day)
        }
        if json {
            Console.json(JournalJSON.charges(entries))
            return
        }
        guard !entries.isEmpty else {
            let text =
                unfinished ? Strings.Journal.noneUnfinished : Strings.Journal.emptyDay.filling(["date": "\(day)"])
            print(text.text(in: language))
            return
        }
        var rows = [JournalListing.header(in: language)] + entries.map { JournalListing.row($0, in: language) }
        if accounts.allAccounts {
            // Every account: each row says which one, with its mode.
            rows = zip(rows, [Strings.Journal.columnAccount.text(in: language)] + entries.map(\.account.description))
                .map { [$1] + $0 }
        }
        print(Self.table(rows).joined(separator: "\n"))
        print("")
        print(JournalTotals(entries).summary(in: language))
    }

    /// Columns padded to their widest cell, measured in terminal cells; server text is cleaned
    /// of control characters first, so a reference cannot move the cursor.
    static func table(_ rows: [[String]]) -> [String] {
        let cells = rows.map { $0.map(TextSanitizer.clean) }
        let widths = cells[0].indices.map { column in cells.map { TerminalWidth.of($0[column]) }.max() ?? 0 }
        return cells.map { row in
            let padded = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - TerminalWidth.of(cell) + 2)
            }
            return "  " + padded.joined().trimmingCharacters(in: .whitespaces)
        }
    }
}

/// `senfenico journal resolve ID --note TEXT`: the cashier settled a payment by hand.
struct JournalResolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Mark a payment that needs attention as resolved.",
        discussion: """
            Example:
              senfenico journal resolve 3f2c… --note "checked with the customer: paid"
            """)

    @Argument(help: "The payment's ID, as `senfenico journal list` shows it.")
    var id: String

    @Option(help: "What was checked or done: it stays in the journal and in the export.")
    var note: String

    @OptionGroup var options: JournalOptions

    func validate() throws {
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError(Strings.Journal.emptyNote.text(in: options.language))
        }
    }

    func run() async throws {
        let language = options.language
        // The note is shown again in lists and exports: no control character in it.
        try FlagValues.refuseControlCharacters(["<id>": id, "--note": note], language: language)
        let journal = try options.open(language)
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        try options.attempt(language, journal) { _ = try journal.markResolved(id, note: note) }
        print(Strings.Journal.resolved.filling(["id": id]).text(in: language))
    }
}

/// Which journal to use and which language to speak, shared by the journal subcommands.
struct JournalOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The journal file (default: $XDG_DATA_HOME/senfenico/journal.sqlite, else ~/.local/share/senfenico/journal.sqlite).",
            valueName: "path"),
        completion: .file(extensions: ["sqlite"]))
    var journal: String?

    @Option(help: "Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    @Option(
        help: ArgumentHelp(
            "Use the settings of [profile.NAME] in the config file (default: $SENFENICO_PROFILE).",
            valueName: "name"),
        completion: .custom { _, _, prefix in ProfileNames.completions(startingWith: prefix) })
    var profile: String?

    /// The flags every journal command shares, as a settings layer.
    var flags: SettingsLayer {
        var flags = SettingsLayer(language: lang)
        flags.profile = profile
        return flags
    }

    /// The language from the flag, environment and config file, as for the other commands.
    var language: Language {
        let resolver = SettingsResolver(flags: flags, environment: ProcessInfo.processInfo.environment)
        return (try? resolver.resolve().language) ?? resolver.fallbackLanguage
    }

    func validate(date: String?) throws {
        guard let date, JournalDay(date) == nil else { return }
        throw ValidationError(Strings.Journal.invalidDate.filling(["found": date]).text(in: language))
    }

    /// The journal, or why it cannot be opened on standard error and exit status 8. With
    /// `accounts`, its listings are of the account they point at (or of every account).
    func open(_ language: Language, accounts: JournalAccountOptions? = nil) throws -> PaymentJournal {
        let environment = ProcessInfo.processInfo.environment
        let path =
            journal.map { SettingsPaths.expand($0, environment: environment) }
            ?? PaymentJournal.defaultPath(environment: environment)
        let account = try accounts?.account(flags) ?? .sandbox
        do {
            return try PaymentJournal(path: path, account: account, allAccounts: accounts?.allAccounts ?? false)
        } catch {
            Self.say(error.message(in: language))
            throw ExitCode(ExitStatus.journalUnavailable)
        }
    }

    /// Runs `body` on the open journal; a failure is said in the user's language. A payment
    /// that is missing or already settled ends with status 1, a journal that fails with 8.
    @discardableResult
    func attempt<Value>(_ language: Language, _ journal: PaymentJournal, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as JournalError {
            Self.say(error.message(in: language))
            switch error {
            case .notFound, .alreadyFinished, .cannotWrite: throw ExitCode.failure
            case .cannotOpen, .newerVersion: throw ExitCode(ExitStatus.journalUnavailable)
            }
        } catch {
            Self.say(
                JournalError.cannotOpen(
                    path: journal.path, detail: SystemErrorText.reason(error).text(in: language)
                ).message(in: language))
            throw ExitCode(ExitStatus.journalUnavailable)
        }
    }

    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Which account's entries a journal listing shows: the one the key and base URL point at,
/// resolved as for every other command (no key: the embedded sandbox), or every account.
struct JournalAccountOptions: ParsableArguments {
    @Option(help: "API address (default: $SENFENICO_BASE_URL, else base_url in the config file, else Senfenico).")
    var baseURL: String?

    @Option(
        help: ArgumentHelp(
            "The account whose entries are shown is this file's key (default: $SENFENICO_API_KEY, "
                + "$SENFENICO_API_KEY_FILE, config file; none: the embedded sandbox).",
            valueName: "path"),
        completion: .file())
    var apiKeyFile: String?

    @Flag(help: "Every account's entries, each row with its account's mode (sandbox, test, live).")
    var allAccounts = false

    /// The account of the resolved key; a setting that cannot be read exits with status 8.
    func account(_ shared: SettingsLayer) throws -> JournalAccount {
        let environment = ProcessInfo.processInfo.environment
        var flags = shared
        flags.apiKeyFile = apiKeyFile.map { SettingsPaths.expand($0, environment: environment) }
        flags.baseURL = baseURL
        let resolver = SettingsResolver(flags: flags, environment: environment)
        do {
            return JournalAccount(key: try resolver.resolve().apiKey)
        } catch {
            JournalOptions.say(error.message(in: resolver.fallbackLanguage))
            throw ExitCode(ExitStatus.configuration)
        }
    }
}

extension ExitStatus {
    /// A journal that cannot be opened or read is a setting that cannot be used, like a bad
    /// config file: the same status, so scripts need one check.
    static let journalUnavailable: Int32 = configuration
}
