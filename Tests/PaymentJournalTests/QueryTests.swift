import Foundation
import SenfenicoAPI
import Testing

@testable import PaymentJournal

@Suite struct QueryTests {
    @Test func similarChargesWithinTheWindow() throws {
        let journal = try TemporaryJournal().open()
        let amount = Money(francs: 10_000)
        func begin(_ time: String, phone: PhoneNumber = Fixture.phone, amount: Money = Money(francs: 10_000))
            throws -> JournalEntry
        {
            try journal.begin(amount: amount, phone: phone, provider: .orange, at: Fixture.time(time))
        }
        _ = try begin("2025-03-14T08:50:00Z")  // before the window
        let atStart = try begin("2025-03-14T08:55:00Z")
        let failed = try begin("2025-03-14T08:56:00Z")
        try journal.update(failed.id) { $0.stage = .failed }
        let paid = try begin("2025-03-14T08:57:00Z")
        try journal.update(paid.id) { $0.stage = .succeeded }
        _ = try begin("2025-03-14T08:58:00Z", phone: Fixture.otherPhone)
        _ = try begin("2025-03-14T08:59:00Z", amount: Money(francs: 10_001))

        let similar = try journal.recentSimilar(
            phone: Fixture.phone, amount: amount, since: Fixture.time("2025-03-14T08:55:00Z"))
        #expect(similar.map(\.id) == [atStart.id, paid.id])
    }

    @Test func entriesFromIncludedToExcluded() throws {
        let journal = try TemporaryJournal().open()
        func begin(_ time: String) throws -> JournalEntry {
            try journal.begin(amount: Money(francs: 100), phone: Fixture.phone, provider: .moov, at: Fixture.time(time))
        }
        let before = try begin("2025-03-13T23:59:59.999999Z")
        let first = try begin("2025-03-14T00:00:00Z")
        let last = try begin("2025-03-14T23:59:59.999999Z")
        let after = try begin("2025-03-15T00:00:00Z")
        let from = Fixture.time("2025-03-14T00:00:00Z")
        let to = Fixture.time("2025-03-15T00:00:00Z")
        #expect(try journal.entries(from: from, to: to).map(\.id) == [first.id, last.id])
        #expect(try journal.entries(on: JournalDay("2025-03-14")!, in: TimeZone(identifier: "UTC")!) == [first, last])
        // Paris is one hour ahead of UTC in March: its 14th ends at 23:00 UTC.
        let paris = try journal.entries(on: JournalDay("2025-03-15")!, in: TimeZone(identifier: "Europe/Paris")!)
        #expect(paris.map(\.id) == [last.id, after.id])
        _ = before
    }

    @Test func daysAreReadStrictly() {
        #expect(JournalDay("2024-02-29")?.description == "2024-02-29")
        #expect(JournalDay("2025-02-29") == nil)
        #expect(JournalDay("2025-3-14") == nil)
        #expect(JournalDay("2025-03-14T00:00") == nil)
        #expect(JournalDay("14/03/2025") == nil)
        #expect(JournalDay("2025-13-01") == nil)
        let utc = TimeZone(identifier: "UTC")!
        #expect(JournalDay(containing: Fixture.time("2025-03-14T23:30:00Z"), in: utc) == JournalDay("2025-03-14"))
        let range = JournalDay("2025-03-14")!.range(in: utc)
        #expect(range.from == Fixture.time("2025-03-14T00:00:00Z"))
        #expect(range.to == Fixture.time("2025-03-15T00:00:00Z"))
    }
}
