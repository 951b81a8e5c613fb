import Foundation
internal import GRDB
import SenfenicoAPI

extension PaymentJournal {
    public func entry(id: String) throws -> JournalEntry? {
        try database.read { db in try JournalRows.entry(id, db) }
    }

    /// The charges that need attention (`JournalPolicy.needsAttention`), oldest first, of the
    /// journal's scope: the list to reconcile on start and at every refresh.
    public func unfinished() throws -> [JournalEntry] {
        let finished = JournalStage.allCases.filter { !JournalPolicy.needsAttention($0) }.map(\.rawValue)
        let filter = scope.condition
        return try database.read { db in
            try JournalRows.entries(
                db, where: "stage NOT IN (\(finished.map { _ in "?" }.joined(separator: ", "))) AND \(filter.sql)",
                StatementArguments(finished + filter.arguments))
        }
    }

    /// How many charges need attention, cheaply (one indexed count), for a status bar that
    /// follows the file while another process writes to it.
    public func unfinishedCount() throws -> Int {
        let finished = JournalStage.allCases.filter { !JournalPolicy.needsAttention($0) }.map(\.rawValue)
        let filter = scope.condition
        return try database.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM journal_entries
                    WHERE stage NOT IN (\(finished.map { _ in "?" }.joined(separator: ", "))) AND \(filter.sql)
                    """,
                arguments: StatementArguments(finished + filter.arguments)) ?? 0
        }
    }

    /// The charges started from `from` (included) to `to` (excluded), oldest first, of the
    /// journal's scope.
    public func entries(from: Timestamp, to: Timestamp) throws -> [JournalEntry] {
        let filter = scope.condition
        return try database.read { db in
            try JournalRows.entries(
                db, where: "started_at_us >= ? AND started_at_us < ? AND \(filter.sql)",
                [from.microsecondsSinceEpoch, to.microsecondsSinceEpoch] + StatementArguments(filter.arguments))
        }
    }

    /// The charges started on `day` at the terminal's clock, oldest first: the till's day.
    public func entries(on day: JournalDay, in timeZone: TimeZone = .current) throws -> [JournalEntry] {
        let range = day.range(in: timeZone)
        return try entries(from: range.from, to: range.to)
    }

    /// Charges of the journal's account to the same phone for the same amount started since
    /// `since`, oldest first, that may have taken or may still take money
    /// (`JournalPolicy.mayTakeMoney`), for the "already charged a moment ago?" warning.
    public func recentSimilar(phone: PhoneNumber, amount: Money, since: Timestamp) throws -> [JournalEntry] {
        let filter = JournalScope.account(account).condition
        return try database.read { db in
            try JournalRows.entries(
                db, where: "phone = ? AND amount_hundredths = ? AND started_at_us >= ? AND \(filter.sql)",
                [phone.digits, amount.hundredths, since.microsecondsSinceEpoch] + StatementArguments(filter.arguments))
        }.filter { JournalPolicy.mayTakeMoney($0.stage) }
    }

    /// The entry of this account that holds `reference`, if any: a charge another entry already
    /// claims is never adopted by a reconciliation.
    public func entry(reference: String) throws -> JournalEntry? {
        let filter = JournalScope.account(account).condition
        return try database.read { db in
            try JournalRows.entries(
                db, where: "reference = ? AND \(filter.sql)", [reference] + StatementArguments(filter.arguments)
            )
            .first
        }
    }

    /// The references this account's entries hold, but the entry `id`'s: charges already
    /// claimed, which a reconciliation by phone and amount never adopts.
    public func claimedReferences(except id: String? = nil) throws -> [String] {
        let filter = JournalScope.account(account).condition
        return try database.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT reference FROM journal_entries WHERE reference IS NOT NULL AND id <> ? AND \(filter.sql)",
                arguments: [id ?? ""] + StatementArguments(filter.arguments))
        }
    }

    /// Every change of one charge, in the order written.
    public func events(of id: String) throws -> [JournalEvent] {
        try database.read { db in try JournalRows.events(of: id, db) }
    }
}
