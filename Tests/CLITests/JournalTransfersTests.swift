import Foundation
import PaymentJournal
import SenfenicoAPI
import Testing

extension CommandRuns {
    /// `senfenico journal transfers`: what the dashboard journaled before sending each transfer.
    @Suite struct JournalTransfersTests {
        @Test func listsTheDaysTransfersAndThoseLeftUnfinished() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("journal.sqlite").path
            let journal = try PaymentJournal(path: path, terminal: "test")
            try journal.beginTransfer(
                extID: "5b0e8f3a-1c2d-4e5f-8a9b-000000000001", amount: Money(francs: 2_000),
                phone: PhoneNumber("70112233")!, wallet: .moov)
            try journal.updateTransfer(
                extID: "5b0e8f3a-1c2d-4e5f-8a9b-000000000001", stage: .sent, reference: "tr_sent",
                serverStatus: "pending")
            try journal.beginTransfer(
                extID: "5b0e8f3a-1c2d-4e5f-8a9b-000000000002", amount: Money(francs: 1_500),
                phone: PhoneNumber("76000000")!, wallet: .orange)
            try journal.updateTransfer(
                extID: "5b0e8f3a-1c2d-4e5f-8a9b-000000000002", stage: .outcomeUnknown, failure: "connection lost")

            let today = try await CLI.run(["journal", "transfers", "--journal", path, "--lang", "fr"])
            #expect(today.status == 0, "\(today.stderr)")
            #expect(today.stdout.contains("2 000 F CFA") && today.stdout.contains("1 500 F CFA"))
            #expect(today.stdout.contains("envoyé") && today.stdout.contains("résultat inconnu"))
            #expect(today.stdout.contains("tr_sent") && today.stdout.contains("70 11 22 33"))

            let open = try await CLI.run(["journal", "transfers", "--journal", path, "--unfinished", "--lang", "en"])
            #expect(open.status == 0)
            #expect(open.stdout.contains("5b0e8f3a-1c2d-4e5f-8a9b-000000000002"))
            #expect(!open.stdout.contains("5b0e8f3a-1c2d-4e5f-8a9b-000000000001"))
            #expect(open.stdout.contains("outcome unknown"))

            let none = try await CLI.run(["journal", "transfers", "--journal", path, "--date", "2001-01-01"])
            #expect(none.stdout.contains("No transfer sent from this terminal on 2001-01-01."))
        }
    }
}
