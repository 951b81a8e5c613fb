import CSVOutput
import Foundation
import Localization
import SenfenicoAPI

/// The result of every row of a bulk file as CSV (RFC 4180, CRLF line ends), in file order:
/// `line,amount,recipient_phone,recipient_wallet,ext_id,result,reason`.
///
/// Valid rows show what was sent (normalised phone, the wallet used, the `ext_id` given or
/// generated); rows the preview refused show the file's text with `result` = `invalid`.
/// Amounts are the exact decimal text (`1500`), `result` is a key (`queued`, `refused`,
/// `unknown`, `not_sent`, `invalid`) and `reason` is in the chosen language. Since it has a
/// header with the bulk columns, the file can be edited (keep the rows to retry) and given to
/// `BulkPreview.parse` again: the same `ext_id`s make a re-run safe.
public enum BulkResultsCSV {
    public static let columns = [
        "line", "amount", "recipient_phone", "recipient_wallet", "ext_id", "result", "reason",
    ]
    static let lineEnd = "\r\n"

    /// Results of a run (`report`), or of a dry run (`report` nil: valid rows with an empty
    /// `result`), and the preview's invalid rows.
    public static func csv(preview: BulkPreview, report: BulkReport?, language: Language = .english) -> String {
        var lines: [(Int, [String])] = []
        if let report {
            for entry in report.rows {
                lines.append(
                    (
                        entry.row.line,
                        fields(entry.row) + [entry.result.kind.rawValue, entry.result.reason?.text(in: language) ?? ""]
                    ))
            }
        } else {
            for row in preview.rows { lines.append((row.line, fields(row) + ["", ""])) }
        }
        for problem in preview.problems {
            let raw = problem.fields
            lines.append(
                (
                    problem.line,
                    [
                        String(problem.line), raw.amount, raw.recipientPhone, raw.recipientWallet, raw.extID,
                        BulkResult.Kind.invalid.rawValue, problem.reasons.text(in: language),
                    ]
                ))
        }
        lines.sort { $0.0 < $1.0 }
        return ([line(columns)] + lines.map { line($0.1) }).joined()
    }

    /// Writes `csv` to `path` whole, private (0600, missing folders 0700) and synced, or throws
    /// with the reason: the same writer as the day's export.
    public static func write(_ csv: String, toFile path: String) throws(PrivateFileError) {
        try CSVFile.write(csv, toFile: path)
    }

    private static func fields(_ row: BulkRow) -> [String] {
        [String(row.line), row.amount.jsonText, row.recipientPhone.digits, row.wallet.rawValue, row.extID]
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + lineEnd
    }

    /// Quoted when it holds a comma, a semicolon, a quote or a line break; control characters
    /// other than tab and line breaks are dropped.
    static func field(_ raw: String) -> String { text.field(raw) }

    private static let text = CSVText(alsoQuoted: [";"])
}
