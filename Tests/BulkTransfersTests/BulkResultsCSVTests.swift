import BulkTransfers
import Foundation
import Localization
import SenfenicoAPI
import Testing

@Suite struct BulkResultsCSVTests {
    @Test func everyRowInFileOrderWithExactMoney() throws {
        let text =
            "amount,recipient_phone,recipient_wallet,ext_id\n1500,76 00 00 00,,a\n50,70000000,,b\n200,68000000,sank_bf,\"c,d\"\n300,70000000,,e\n"
        let preview = try BulkPreview.parse(text)
        let batch = preview.batches()[0]
        let report = BulkReport(
            rows: [
                BulkRowReport(row: batch.rows[0], batch: 1, result: .queued),
                BulkRowReport(
                    row: batch.rows[1], batch: 1, result: .refused(reason: LocalizedText(en: "no \"money\"", fr: "x"))),
                BulkRowReport(
                    row: batch.rows[2], batch: 1,
                    result: .unknown(reason: LocalizedText(en: "lost", fr: "perdue"))),
            ],
            batches: [])
        let csv = BulkResultsCSV.csv(preview: preview, report: report)
        let expected = [
            "line,amount,recipient_phone,recipient_wallet,ext_id,result,reason",
            "2,1500,76000000,orange_bf,a,queued,",
            "3,50,70000000,,b,invalid,amount: A transfer is at least 100 F CFA.",
            "4,200,68000000,sank_bf,\"c,d\",refused,\"no \"\"money\"\"\"",
            "5,300,70000000,moov_bf,e,unknown,lost",
            "",
        ].joined(separator: "\r\n")
        #expect(csv.components(separatedBy: "\r\n")[0...2] == expected.components(separatedBy: "\r\n")[0...2])
        #expect(csv.hasSuffix("5,300,70000000,moov_bf,e,unknown,lost\r\n"))
        #expect(csv.contains("4,200,68000000,sank_bf,\"c,d\",refused,\"no \"\"money\"\"\"\r\n"))
        let french = BulkResultsCSV.csv(preview: preview, report: report, language: .french)
        #expect(french.contains("5,300,70000000,moov_bf,e,unknown,perdue"))

        // The results file reads back as a bulk file with the same ext_ids.
        let again = try BulkPreview.parse(csv)
        #expect(again.rows.map(\.extID) == ["a", "c,d", "e"])
        #expect(again.problems.map(\.line) == [3])
    }

    @Test func aDryRunLeavesTheResultEmpty() throws {
        let preview = try BulkPreview.parse("100,76000000,,k\n")
        #expect(
            BulkResultsCSV.csv(preview: preview, report: nil)
                == "line,amount,recipient_phone,recipient_wallet,ext_id,result,reason\r\n1,100,76000000,orange_bf,k,,\r\n"
        )
    }

    @Test func resultsAreWrittenPrivatelyLikeTheDaysExport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("results/run.csv").path
        try BulkResultsCSV.write("line\r\n", toFile: path)
        func mode(_ path: String) throws -> Int {
            try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
        }
        #expect(try mode(path) == 0o600, "it holds recipients' phone numbers")
        #expect(try mode(folder.appendingPathComponent("results").path) == 0o700)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "line\r\n")
    }
}
