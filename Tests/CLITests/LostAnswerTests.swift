import Foundation
import SenfenicoSandbox
import Testing

extension CommandRuns {
    /// A request that moves money, sent and its answer lost: exit status 6, never sent again by
    /// itself, and the ext_id makes the retry safe.
    @Suite struct LostAnswerTests {
        @Test func aLostTransferAnswerThenARetryWithTheSameExtID() async throws {
            try await CLISandbox.with { sandbox in
                await sandbox.server.setFaults([try FaultRule.parse("POST /v1/payment/transfers/$=drop")])
                let lost = try await sandbox.run([
                    "transfers", "create", "--amount", "700", "--phone", "70000000", "--json",
                ])
                #expect(lost.status == 6)
                #expect(lost.stdout.isEmpty)
                let extID = try #require(
                    lost.stderr.split(separator: "\n").first { $0.hasPrefix("ext_id ") }?.split(separator: " ")[1]
                        .dropLast())
                #expect(lost.stderr.contains("Run the same command again with --ext-id \(extID)"))

                await sandbox.server.setFaults([])
                let retry = try await sandbox.run(
                    [
                        "transfers", "create", "--amount", "700", "--phone", "70000000", "--ext-id", String(extID),
                        "--json",
                    ])
                #expect(retry.status == 0, "\(retry.stderr)")
                #expect(retry.stderr.contains("already exists"))
                #expect(try retry.data()["ext_id"] as? String == String(extID))
                let listed = try await sandbox.run(["transfers", "list", "--json"])
                #expect(try listed.list().count == 1)
            }
        }

        @Test func aLostBatchIsUnknownAndTheRestIsNotSent() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let input = folder.appendingPathComponent("lost.csv")
            var text = ""
            for index in 1...150 { text += "100,76\(String(format: "%06d", index))\n" }
            try text.write(to: input, atomically: true, encoding: .utf8)

            try await CLISandbox.with { sandbox in
                await sandbox.server.setFaults([try FaultRule.parse("POST /v1/payment/transfers/bulk=drop")])
                let run = try await sandbox.run(["transfers", "bulk", input.path, "--yes", "--json"])
                #expect(run.status == 6, "\(run.stderr)")
                let summary = try run.object()
                let counts = try #require(summary["counts"] as? [String: Int])
                #expect(counts["unknown"] == 100)
                #expect(counts["not_sent"] == 50)
                let batches = try #require(summary["batches"] as? [[String: Any]])
                #expect(batches.map { $0["outcome"] as? String } == ["failed", "skipped"])
                #expect(run.stderr.contains("Rows marked unknown may have been paid"))
            }
        }
    }
}
