import CSVOutput
import Foundation
import Localization
import SenfenicoAPI

/// The end-of-day CSV: one row per charge, then the totals per operator and per status.
///
/// It is written in the cashier's language, for a spreadsheet: under French the column names and
/// values are French (`début`, `réussi`, `Orange Money`), fields are separated by `;` and
/// numbers have a decimal comma (`1234567,89`), so a French spreadsheet opens it in columns;
/// otherwise English with `,` and a decimal point. Amounts are plain numbers of F CFA (no
/// grouping, no currency), computed exactly from the integer hundredths. The API's own values
/// (`orange_bf`, `success`, `send_otp`, `OTP_EXPIRED`) are for machines: only with `raw`, in extra
/// columns at the end of each block. Each row starts with the mode of the account that took it
/// (`sandbox`, `test`, `live`) and ends, before the raw columns, with the account's key
/// fingerprint (never the key).
public enum JournalExport {
    public struct Options: Sendable, Hashable {
        public var language: Language
        /// `nil`: the language's own (`;` in French, `,` in English).
        public var separator: Character?
        /// Adds the API's raw values in extra columns.
        public var raw: Bool
        /// Starts the file with a UTF-8 byte order mark, for spreadsheets that need one to read UTF-8.
        public var excel: Bool

        public init(language: Language = .english, separator: Character? = nil, raw: Bool = false, excel: Bool = false)
        {
            self.language = language
            self.separator = separator
            self.raw = raw
            self.excel = excel
        }

        /// The separator used: the one asked for, else `;` in French and `,` in English.
        public var effectiveSeparator: Character { separator ?? (language == .french ? ";" : ",") }
    }

    /// The names of the `raw` columns of the charge rows: the API's and the journal's own values.
    public static let rawColumns = ["provider", "server_status", "stage", "failure_code"]

    public static func columns(in language: Language) -> [String] {
        typealias E = Strings.Journal.Export
        return [
            E.mode, E.started, E.amount, E.feeRate, E.fee, E.net, E.operatorName, E.phone, E.reference, E.status,
            E.failureReason, E.terminal, E.note, E.id, E.account,
        ].map { $0.text(in: language) }
    }

    /// The CSV of `entries`, oldest first, then a blank line and the operator totals (charges
    /// started, charges succeeded, amount collected, its fees and the net the merchant receives),
    /// then a blank line and the status totals (charges, amount). Each block has its own header;
    /// each ends with a total row. Times are local to `timeZone`.
    public static func csv(
        _ entries: [JournalEntry], _ options: Options = Options(), timeZone: TimeZone = .current
    ) -> String {
        typealias E = Strings.Journal.Export
        let language = options.language
        let sorted = entries.sorted { $0.startedAt < $1.startedAt }
        let totals = JournalTotals(entries)
        let writer = CSVText(separator: options.effectiveSeparator)
        func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
        func line(_ fields: [String], raw: [String]) -> String {
            writer.line(options.raw ? fields + raw : fields)
        }
        func money(_ value: Money?) -> String { value.map { number($0, language) } ?? "" }

        var csv = options.excel ? "\u{FEFF}" : ""
        csv += line(columns(in: language), raw: rawColumns)
        for entry in sorted {
            csv += line(row(entry, language, timeZone), raw: rawRow(entry))
        }

        csv += CSVText.lineEnd
        csv += line(
            [E.operatorName, E.charges, E.succeeded, E.collected, E.fee, E.net].map(text), raw: ["provider"])
        var allFees: Money? = .zero
        for total in totals.byOperator {
            let fees = succeededFees(entries.filter { $0.provider == total.provider })
            allFees = allFees.flatMap { sum in fees.map { sum + $0 } }
            csv += line(
                [
                    total.provider.displayName, String(total.charges), String(total.succeeded),
                    number(total.collected, language), money(fees), money(fees.map { total.collected - $0 }),
                ], raw: [total.provider.rawValue])
        }
        csv += line(
            [
                text(E.total), String(totals.charges), String(totals.succeeded), number(totals.collected, language),
                money(allFees), money(allFees.map { totals.collected - $0 }),
            ], raw: [""])

        csv += CSVText.lineEnd
        csv += line([E.status, E.charges, E.amount].map(text), raw: ["stage"])
        for total in totals.byStage {
            csv += line(
                [text(total.stage.displayName), String(total.charges), number(total.amount, language)],
                raw: [total.stage.rawValue])
        }
        csv += line([text(E.total), String(totals.charges), number(totals.attempted, language)], raw: [""])
        return csv
    }

    /// The fee the API's rate takes on the entry's amount, rounded up to the hundredth as the
    /// API's fees are (`FeeRate.fee(on:)`); nil when the journal holds no readable rate.
    public static func fee(of entry: JournalEntry) -> Money? {
        rate(of: entry).map { $0.fee(on: entry.amount) }
    }

    /// The rate the journal kept for the entry. The API writes `fees` as a number (`3.5`) or a
    /// string (`"3.50"`); the journal keeps it as text, which older versions wrote as `3.5 %`.
    public static func rate(of entry: JournalEntry) -> FeeRate? {
        guard let stored = entry.fees else { return nil }
        let text = stored.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
        return FeeRate(text)
    }

    /// Writes `csv` to `path` whole or not at all, readable by the cashier's account only
    /// (0600, missing folders 0700, synced): `journal export --output` and `e`/F9 alike.
    public static func write(_ csv: String, toFile path: String) throws(JournalError) {
        do {
            try CSVFile.write(csv, toFile: path)
        } catch {
            throw .cannotWrite(path: error.path, detail: error.detail)
        }
    }

    /// `senfenico-journal-2025-03-14.csv`: a name that sorts by day in a folder of exports.
    public static func fileName(for day: JournalDay) -> String {
        "senfenico-journal-\(day).csv"
    }

    /// The fees of the charges that succeeded, or nil when one of them has no fee in the journal
    /// (an answer that did not carry it, an entry written before fees were kept): a partial sum
    /// would pass for the whole and make the net look larger than it is, so none is given.
    private static func succeededFees(_ entries: [JournalEntry]) -> Money? {
        var sum = Money.zero
        for entry in entries where entry.stage == .succeeded {
            guard let fee = fee(of: entry) else { return nil }
            sum = sum + fee
        }
        return sum
    }

    private static func row(_ entry: JournalEntry, _ language: Language, _ timeZone: TimeZone) -> [String] {
        // Without the rate in the journal the fee and the net are left empty rather than guessed:
        // the rate depends on the account and the operator, and only the API's answer says it.
        let rate = rate(of: entry)
        let fee = rate.map { $0.fee(on: entry.amount) }
        let failure =
            entry.stage == .succeeded
            ? "" : entry.failureCode.map { APIErrorCode(rawValue: $0).explanation.text(in: language) } ?? ""
        return [
            mode(entry.account.mode, language), time(entry.startedAt, timeZone), number(entry.amount, language),
            rate.map { decimal($0.jsonNumberText, language) } ?? "", fee.map { number($0, language) } ?? "",
            fee.map { number(entry.amount - $0, language) } ?? "", entry.provider.displayName,
            PhoneNumber.formatted(entry.phone), entry.reference ?? "", entry.stage.displayName.text(in: language),
            failure, entry.terminal ?? "", entry.note ?? "", entry.id, entry.account.fingerprint,
        ]
    }

    private static func rawRow(_ entry: JournalEntry) -> [String] {
        [entry.provider.rawValue, entry.serverStatus ?? "", entry.stage.rawValue, entry.failureCode ?? ""]
    }

    /// `sandbox`, `test`, `live`: the product's names for them, the same in both languages.
    private static func mode(_ mode: JournalAccount.Mode, _ language: Language) -> String {
        mode == .unknown ? Strings.Journal.Export.unknownMode.text(in: language) : mode.rawValue
    }

    /// `1234567.89`, `500` (`1234567,89` in French): the exact decimal, no grouping, no currency.
    private static func number(_ money: Money, _ language: Language) -> String {
        decimal(money.jsonText, language)
    }

    private static func decimal(_ text: String, _ language: Language) -> String {
        language == .french ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// `2025-03-14 09:05:30` on the terminal's clock.
    private static func time(_ timestamp: Timestamp, _ timeZone: TimeZone) -> String {
        timestamp.localText(.seconds, in: timeZone)
    }
}
