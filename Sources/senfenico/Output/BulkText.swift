import BulkTransfers
import Foundation
import Localization
import SenfenicoAPI

/// The bulk command's words: the preview, the progress bar, the results table and the JSON
/// summary.
struct BulkText {
    let language: Language
    private typealias B = Strings.Bulk
    private typealias D = Strings.Dashboard

    /// What the file holds and what would be sent; `balances` adds each wallet's available money.
    func preview(_ preview: BulkPreview, file: String, balances: Balances?) -> String {
        let batches = preview.batches().count
        var lines = [
            B.previewTitle.filling([
                "file": file, "rows": String(preview.rowsRead), "valid": String(preview.rows.count),
                "invalid": String(preview.problems.count),
            ]).text(in: language)
        ]
        if !preview.rows.isEmpty {
            lines.append(
                B.previewTotal.filling([
                    "count": String(preview.rows.count), "total": preview.totalAmount.formatted(language),
                    "batches": String(batches), "size": String(Validator.maximumBulkSize),
                ]).text(in: language))
            for total in preview.totalsByWallet {
                var values = [
                    "wallet": total.wallet.displayName, "count": String(total.count),
                    "total": total.amount.formatted(language),
                ]
                if let balances {
                    values["available"] = balances.transfer[total.wallet].available.formatted(language)
                    lines.append(B.previewWallet.filling(values).text(in: language))
                } else {
                    lines.append(B.previewWalletNoBalance.filling(values).text(in: language))
                }
            }
            if preview.generatedExtIDs > 0 {
                lines.append(
                    B.previewGeneratedIDs.filling(["count": String(preview.generatedExtIDs)]).text(in: language))
            }
        }
        if !preview.problems.isEmpty {
            lines.append("")
            lines.append(B.previewBadRows.text(in: language))
            for problem in preview.problems {
                lines.append(
                    B.previewBadRow.filling([
                        "line": String(problem.line), "reasons": problem.reasons.text(in: language),
                    ]).text(in: language))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `[#########...........]  100/240 rows sent, batch 1/3`, 30 cells wide.
    func progressBar(_ progress: BulkProgress) -> String {
        let width = 30
        let filled = Int((progress.fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let label = B.progress.filling([
            "sent": String(progress.rowsSent), "total": String(progress.totalRows),
            "batch": String(progress.batchesDone), "batches": String(progress.totalBatches),
        ]).text(in: language)
        return "[\(bar)] \(label)"
    }

    /// Every row of the file, in file order, with its result and reason.
    func results(_ report: BulkReport, preview: BulkPreview) -> String {
        let header = [
            B.columnLine, D.columnAmount, D.columnPhone, D.columnWallet, D.columnExtID, B.columnResult, B.columnReason,
        ].map { $0.text(in: language) }
        var rows: [(Int, [String])] = report.rows.map { entry in
            (
                entry.row.line,
                [
                    String(entry.row.line), entry.row.amount.formatted(language), entry.row.recipientPhone.formatted,
                    entry.row.wallet.displayName, entry.row.extID, entry.result.kind.label.text(in: language),
                    entry.result.reason?.text(in: language) ?? "",
                ]
            )
        }
        rows += preview.problems.map { problem in
            (
                problem.line,
                [
                    String(problem.line), problem.fields.amount, problem.fields.recipientPhone,
                    problem.fields.recipientWallet, problem.fields.extID,
                    BulkResult.Kind.invalid.label.text(in: language), problem.reasons.text(in: language),
                ]
            )
        }
        rows.sort { $0.0 < $1.0 }
        return TextTable.render([header] + rows.map(\.1)) + "\n\n" + summary(report, preview: preview)
    }

    func summary(_ report: BulkReport, preview: BulkPreview) -> String {
        var text = B.summary.filling([
            "queued": String(report.count(.queued)), "amount": report.queuedAmount.formatted(language),
            "refused": String(report.count(.refused)), "unknown": String(report.count(.unknown)),
            "notSent": String(report.count(.notSent)), "invalid": String(preview.problems.count),
        ]).text(in: language)
        if report.count(.unknown) > 0 { text += "\n" + B.unknownAdvice.text(in: language) }
        return text
    }

    /// The `--json` document: one object with the preview's counts, every batch with the API's
    /// answer as received (`answer`, or null when none came), and every row's result. Reasons
    /// are in English, and `result` is one of queued, refused, unknown, not_sent, invalid.
    static func json(
        file: String, preview: BulkPreview, report: BulkReport?, rawAnswers: [Int: String]
    ) -> String {
        var json = JSONWriter(reservingCapacity: 64 * 1024)
        json.object { json in
            json.member("file", file)
            json.member("dry_run", report == nil)
            json.key("rows_read")
            json.number(preview.rowsRead)
            json.key("valid_rows")
            json.number(preview.rows.count)
            json.key("invalid_rows")
            json.number(preview.problems.count)
            json.member("total_amount", number: preview.totalAmount.jsonText)
            json.key("batches")
            json.array { json in
                guard let report else { return }
                for batch in report.batches {
                    json.object { json in
                        json.key("number")
                        json.number(batch.number)
                        json.key("rows")
                        json.number(batch.rowCount)
                        switch batch.outcome {
                        case .answered:
                            json.member("outcome", "answered")
                            json.member("error", String?.none)
                            json.member("error_code", String?.none)
                        case .failed(let error):
                            json.member("outcome", "failed")
                            json.member("error", error.message(in: .english))
                            json.member("error_code", error.errorCode?.rawValue)
                        case .skipped:
                            json.member("outcome", "skipped")
                            json.member("error", String?.none)
                            json.member("error_code", String?.none)
                        }
                        json.key("answer")
                        if let raw = rawAnswers[batch.number],
                            (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) != nil
                        {
                            json.raw(Array(raw.utf8))
                        } else {
                            json.null()
                        }
                    }
                }
            }
            json.key("counts")
            json.object { json in
                for kind in BulkResult.Kind.allCases {
                    json.key(kind.rawValue)
                    json.number(kind == .invalid ? preview.problems.count : report?.count(kind) ?? 0)
                }
            }
            json.key("results")
            json.array { json in
                var entries: [(Int, (inout JSONWriter) -> Void)] = []
                if let report {
                    for entry in report.rows {
                        entries.append((entry.row.line, { rowJSON(entry.row, entry.result, into: &$0) }))
                    }
                } else {
                    for row in preview.rows { entries.append((row.line, { rowJSON(row, nil, into: &$0) })) }
                }
                for problem in preview.problems {
                    entries.append(
                        (
                            problem.line,
                            { json in
                                json.object { json in
                                    json.key("line")
                                    json.number(problem.line)
                                    json.member("amount", problem.fields.amount)
                                    json.member("recipient_phone", problem.fields.recipientPhone)
                                    json.member("recipient_wallet", problem.fields.recipientWallet)
                                    json.member("ext_id", problem.fields.extID)
                                    json.member("result", BulkResult.Kind.invalid.rawValue)
                                    json.member("reason", problem.reasons.english)
                                }
                            }
                        ))
                }
                for (_, write) in entries.sorted(by: { $0.0 < $1.0 }) { write(&json) }
            }
        }
        return json.text
    }

    private static func rowJSON(_ row: BulkRow, _ result: BulkResult?, into json: inout JSONWriter) {
        json.object { json in
            json.key("line")
            json.number(row.line)
            json.member("amount", number: row.amount.jsonText)
            json.member("recipient_phone", row.recipientPhone.digits)
            json.member("recipient_wallet", row.wallet.rawValue)
            json.member("ext_id", row.extID)
            json.member("result", result?.kind.rawValue)
            json.member("reason", result?.reason?.english)
        }
    }
}
