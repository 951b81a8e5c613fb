import CSVOutput
import SenfenicoAPI

/// The end-of-day CSV: one row per charge, then the totals per operator and per stage.
///
/// Each row says the mode of the account that took it (`sandbox`, `test`, `live`) and the
/// account's key fingerprint (never the key). Column names, operator and stage values stay in English whatever the cashier's language:
/// they are keys for spreadsheets and scripts, not sentences. Amounts are plain decimal numbers
/// with a point (`1234567.89`, `500`), computed exactly from the integer hundredths.
public enum JournalExport {
    public static let columns = [
        "mode", "started_at", "reference", "operator", "phone", "amount", "fees", "stage", "server_status",
        "failure_code",
        "terminal", "note", "id", "account",
    ]

    /// The CSV of `entries`, oldest first, then a blank line and the operator totals (charges
    /// started, charges succeeded, amount collected), then a blank line and the stage totals
    /// (charges, amount). Each block has its own header; each ends with a `total` row.
    public static func csv(_ entries: [JournalEntry]) -> String {
        let sorted = entries.sorted { $0.startedAt < $1.startedAt }
        let totals = JournalTotals(entries)
        let writer = CSVText()
        var text = writer.line(columns)
        for entry in sorted { text += writer.line(row(entry)) }

        text += CSVText.lineEnd
        text += writer.line(["operator", "charges", "succeeded", "collected"])
        for line in totals.byOperator {
            text += writer.line([
                line.provider.rawValue, String(line.charges), String(line.succeeded), number(line.collected),
            ])
        }
        text += writer.line(["total", String(totals.charges), String(totals.succeeded), number(totals.collected)])

        text += CSVText.lineEnd
        text += writer.line(["stage", "charges", "amount"])
        for line in totals.byStage {
            text += writer.line([line.stage.rawValue, String(line.charges), number(line.amount)])
        }
        text += writer.line(["total", String(totals.charges), number(totals.attempted)])
        return text
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

    private static func row(_ entry: JournalEntry) -> [String] {
        [
            entry.account.mode.rawValue, entry.startedAt.iso8601, entry.reference ?? "", entry.provider.rawValue,
            entry.phone, number(entry.amount),
            entry.fees ?? "", entry.stage.rawValue, entry.serverStatus ?? "", entry.failureCode ?? "",
            entry.terminal ?? "", entry.note ?? "", entry.id, entry.account.fingerprint,
        ]
    }

    /// `1234567.89`, `1234567.8`, `500`: the exact decimal text, no grouping, no currency.
    private static func number(_ money: Money) -> String { money.jsonText }
}
