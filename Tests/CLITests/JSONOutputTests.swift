import Foundation
import PaymentJournal
import SenfenicoAPI
import Testing

extension CommandRuns {
    /// `--json` on every command that prints data, errors from Senfenico included.
    @Suite struct JSONOutputTests {
        @Test func overviewIsOneObjectOfTheThreeAnswers() async throws {
            try await CLISandbox.with { sandbox in
                _ = try await sandbox.run(["charges", "create", "--amount", "1000", "--phone", "76000000", "--json"])
                let result = try await sandbox.run(["overview", "--json"])
                #expect(result.status == 0, "\(result.stderr)")
                let object = try result.object()
                #expect(Set(object.keys) == ["balances", "charges", "transfers"])
                for key in ["balances", "charges", "transfers"] {
                    let envelope = try #require(object[key] as? [String: Any], "\(key)")
                    #expect(envelope["status"] as? Bool == true)
                }
                let charges = try #require((object["charges"] as? [String: Any])?["data"] as? [[String: Any]])
                #expect(charges.count == 1)
                #expect((object["balances"] as? [String: Any])?["data"] is [String: Any])
            }
        }

        @Test func journalListAndTransfersAreArraysOfEntries() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("journal.sqlite").path
            let journal = try PaymentJournal(path: path, terminal: "till-1")
            let charge = try journal.begin(
                amount: Money(francs: 2_500), phone: PhoneNumber("76000000")!, provider: .orange)
            try journal.update(charge.id) {
                $0.stage = .succeeded
                $0.reference = "ch_json"
            }
            try journal.beginTransfer(
                extID: "ext-json-1", amount: Money(francs: 1_500), phone: PhoneNumber("70112233")!, wallet: .moov)

            let list = try await CLI.run(["journal", "list", "--journal", path, "--json", "--lang", "fr"])
            #expect(list.status == 0, "\(list.stderr)")
            let charges = try #require(
                try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]], "\(list.stdout)")
            #expect(charges.count == 1)
            #expect(charges.first?["id"] as? String == charge.id)
            #expect(charges.first?["reference"] as? String == "ch_json")
            #expect(charges.first?["operator"] as? String == "orange_bf")
            #expect(charges.first?["stage"] as? String == "succeeded")
            #expect(charges.first?["amount"] as? Int == 2_500)
            #expect(charges.first?["terminal"] as? String == "till-1")
            #expect(charges.first?["note"] is NSNull)

            let transfers = try await CLI.run(["journal", "transfers", "--journal", path, "--json"])
            #expect(transfers.status == 0, "\(transfers.stderr)")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(transfers.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 1)
            #expect(rows.first?["ext_id"] as? String == "ext-json-1")
            #expect(rows.first?["wallet"] as? String == "moov_bf")
            #expect(rows.first?["phone"] as? String == "70112233")
            #expect(rows.first?["amount"] as? Int == 1_500)
            #expect(rows.first?["stage"] as? String == "sending")

            let none = try await CLI.run(["journal", "transfers", "--journal", path, "--json", "--date", "2001-01-01"])
            #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
            let unfinished = try await CLI.run(["journal", "list", "--journal", path, "--json", "--unfinished"])
            #expect(unfinished.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        }

        @Test func aRefusalPrintsSenfenicosAnswerAndItsStatus() async throws {
            try await CLISandbox.with { sandbox in
                let missing = try await sandbox.run(["charges", "get", "ch_doesnotexist", "--json"])
                #expect(missing.status == 4)
                let body = try missing.object()
                #expect(body["status"] as? Bool == false)
                #expect(body["message"] as? String == "Charge not found")
                #expect(missing.stderr.contains("error: Charge not found (HTTP 404)"))

                let liveKey = "sk_live_" + String(repeating: "0", count: 16)
                let refused = try await sandbox.run(
                    ["overview", "--json"], environment: ["SENFENICO_API_KEY": liveKey])
                #expect(refused.status == 3)
                #expect(try refused.object()["status"] as? Bool == false)

                // Refused before sending: nothing from Senfenico to print.
                let small = try await sandbox.run([
                    "transfers", "create", "--amount", "50", "--phone", "70000000", "--json",
                ])
                #expect(small.status == 2)
                #expect(small.stdout.isEmpty)
            }
        }
    }
}
