import Foundation
import Testing

extension CommandRuns {
    /// `senfenico transfers bulk` through the real binary on the sandbox: 250 rows with bad ones.
    @Suite struct BulkCLITests {
        /// A 250-row file: every 40th row's amount is under 100, every 61st row's phone is short,
        /// rows 100 and 200 reuse an earlier ext_id, and the Moov rows from 180 on ask for more than
        /// the Moov wallet holds once the others are paid (refused by Senfenico, per row).
        static func file() -> (text: String, invalidLines: Set<Int>, bigLines: Set<Int>) {
            var lines = ["amount,recipient_phone,recipient_wallet,ext_id"]
            var invalid: Set<Int> = []
            var big: Set<Int> = []
            let prefixes = ["76", "70", "65", "71", "68", "75"]
            for index in 1...250 {
                let line = index + 1
                var amount = "\(100 + index)"
                var phone = "\(prefixes[index % prefixes.count])\(String(format: "%06d", index))"
                var extID = "row-\(index)"
                if index % 40 == 0 {
                    amount = "50"
                    invalid.insert(line)
                } else if index % 61 == 0 {
                    phone = "12345"
                    invalid.insert(line)
                } else if index == 100 || index == 200 {
                    extID = "row-\(index - 1)"
                    invalid.insert(line)
                } else if index >= 180, prefixes[index % prefixes.count] == "70" {
                    amount = "60000"
                    big.insert(line)
                }
                lines.append("\(amount),\(phone),,\(extID)")
            }
            return (lines.joined(separator: "\n") + "\n", invalid, big)
        }

        @Test func twoHundredFiftyRowsInPacedBatchesWithAResultPerRow() async throws {
            let (text, invalidLines, bigLines) = Self.file()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let input = folder.appendingPathComponent("payroll.csv")
            let results = folder.appendingPathComponent("results.csv")
            try text.write(to: input, atomically: true, encoding: .utf8)

            try await CLISandbox.with { sandbox in
                // Dry run: the preview lists the bad rows with their line numbers; nothing is sent.
                let dry = try await sandbox.run(["transfers", "bulk", input.path, "--dry-run"])
                #expect(dry.status == 2)
                #expect(
                    dry.stdout.contains(
                        "250 row(s) read, \(250 - invalidLines.count) valid, \(invalidLines.count) with errors"))
                #expect(dry.stdout.contains("line 41: amount: A transfer is at least 100 F CFA."))
                #expect(dry.stdout.contains("line 62: recipient_phone: "))
                #expect(dry.stdout.contains(#"line 101: ext_id: "row-99" is already used on line 100."#))
                #expect(dry.stdout.contains("3 batch(es) of at most 100"))

                // Not a terminal and no --yes: refused.
                let unconfirmed = try await sandbox.run(["transfers", "bulk", input.path])
                #expect(unconfirmed.status == 64)

                let run = try await sandbox.run(
                    ["transfers", "bulk", input.path, "--yes", "--json", "--results", results.path])
                #expect(run.status == 9, "\(run.stderr)")
                let summary = try run.object()

                // Batches of at most 100, all answered: no RATE_LIMIT_EXCEEDED.
                let batches = try #require(summary["batches"] as? [[String: Any]])
                #expect(batches.map { $0["rows"] as? Int } == [100, 100, 250 - invalidLines.count - 200])
                for batch in batches {
                    #expect(batch["outcome"] as? String == "answered")
                    let answer = try #require(batch["answer"] as? [String: Any])
                    #expect(answer["status"] as? Bool == true)
                    #expect((answer["message"] as? String)?.hasSuffix("transfers queued for processing") == true)
                    #expect(answer["failed_transfers"] is [Any])
                }
                #expect(!run.stdout.contains("RATE_LIMIT_EXCEEDED"))

                // One result per row of the file, in file order.
                let rows = try #require(summary["results"] as? [[String: Any]])
                #expect(rows.map { $0["line"] as? Int } == Array(2...251))
                var refusedLines: Set<Int> = []
                for row in rows {
                    let line = try #require(row["line"] as? Int)
                    let result = row["result"] as? String
                    if invalidLines.contains(line) {
                        #expect(result == "invalid", "line \(line)")
                    } else if result == "refused" {
                        refusedLines.insert(line)
                        #expect((row["reason"] as? String)?.contains("Insufficient balance for Moov BF") == true)
                    } else {
                        #expect(result == "queued", "line \(line): \(row)")
                    }
                }
                #expect(!refusedLines.isEmpty)
                #expect(refusedLines.isSubset(of: bigLines))
                let counts = try #require(summary["counts"] as? [String: Int])
                #expect(counts["invalid"] == invalidLines.count)
                #expect(counts["refused"] == refusedLines.count)
                #expect(counts["unknown"] == 0)
                #expect(counts["not_sent"] == 0)

                // Exactly the queued rows are transfers now, found by ext_id.
                let queued = Set(
                    rows.filter { $0["result"] as? String == "queued" }.compactMap { $0["ext_id"] as? String })
                let listed = try await sandbox.run(["transfers", "list", "--json"])
                // The whole answer, far past the 4 KB a request log keeps by default.
                #expect(listed.stdout.utf8.count > 16_384)
                let transfers = try listed.list()
                #expect(Set(transfers.compactMap { $0["ext_id"] as? String }) == queued)
                #expect(transfers.count == counts["queued"])

                // The results file: a header and the 250 rows.
                let csv = try String(contentsOf: results, encoding: .utf8)
                let csvLines = csv.split(separator: "\r\n", omittingEmptySubsequences: true)
                #expect(csvLines.first == "line,amount,recipient_phone,recipient_wallet,ext_id,result,reason")
                #expect(csvLines.count == 251)
                #expect(csvLines.contains("3,102,65000002,orange_bf,row-2,queued,"))

                // The results file sent again right away (another process, within the same second):
                // every queued row is refused by its ext_id, nothing is paid twice, and the batches
                // still all go through.
                let rerun = try await sandbox.run(["transfers", "bulk", results.path, "--yes", "--json"])
                let again = try rerun.object()
                let againBatches = try #require(again["batches"] as? [[String: Any]])
                #expect(againBatches.allSatisfy { $0["outcome"] as? String == "answered" })
                #expect((again["counts"] as? [String: Int])?["queued"] == 0)
                let after = try await sandbox.run(["transfers", "list", "--json"])
                #expect(try after.list().count == transfers.count)
            }
        }

        @Test func humanResultsAndAFrenchPreview() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let input = folder.appendingPathComponent("small.csv")
            try "1500,76000000\n200000,70000000\nabc,70000000\n".write(to: input, atomically: true, encoding: .utf8)
            try await CLISandbox.with { sandbox in
                let run = try await sandbox.run(["transfers", "bulk", input.path, "--yes", "--lang", "fr"])
                #expect(run.status == 9)
                #expect(run.stdout.contains("1 500 F CFA"))
                #expect(run.stdout.contains("76 00 00 00"))
                #expect(run.stdout.contains("en file"))
                #expect(run.stdout.contains("refusé"))
                #expect(run.stdout.contains("invalide"))
                #expect(
                    run.stdout.contains(
                        "1 en file (1 500 F CFA), 1 refusé(s), 0 inconnu(s), 0 non envoyé(s), 1 invalide(s)."))
            }
        }
    }
}
