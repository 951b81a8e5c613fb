import Foundation
internal import GRDB
import SenfenicoAPI

extension PaymentJournal {
    public func entry(id: String) throws -> JournalEntry? {
        try database.read { db in try JournalRows.entry(id, db) }
    }

    /// The charges that need attention (any stage but succeeded, failed, resolved), oldest first:
    /// the list to reconcile on start.
    public func unfinished() throws -> [JournalEntry] {
        let finished = JournalStage.allCases.filter(\.isFinished).map(\.rawValue)
        return try database.read { db in
            try JournalRows.entries(
                db, where: "stage NOT IN (\(finished.map { _ in "?" }.joined(separator: ", ")))",
                StatementArguments(finished))
        }
    }

    /// The charges started from `from` (included) to `to` (excluded), oldest first.
    public func entries(from: Timestamp, to: Timestamp) throws -> [JournalEntry] {
        try database.read { db in
            try JournalRows.entries(
                db, where: "started_at_us >= ? AND started_at_us < ?",
                [from.microsecondsSinceEpoch, to.microsecondsSinceEpoch])
        }
    }

    /// The charges started on `day` at the terminal's clock, oldest first: the till's day.
    public func entries(on day: JournalDay, in timeZone: TimeZone = .current) throws -> [JournalEntry] {
        let range = day.range(in: timeZone)
        return try entries(from: range.from, to: range.to)
    }

    /// Charges to the same phone for the same amount started since `since`, oldest first, for
    /// the "already charged a moment ago?" warning. Failed ones are left out: retrying a charge
    /// that failed is the normal thing to do, not a double payment.
    public func recentSimilar(phone: PhoneNumber, amount: Money, since: Timestamp) throws -> [JournalEntry] {
        try database.read { db in
            try JournalRows.entries(
                db, where: "phone = ? AND amount_hundredths = ? AND started_at_us >= ? AND stage <> ?",
                [phone.digits, amount.hundredths, since.microsecondsSinceEpoch, JournalStage.failed.rawValue])
        }
    }

    /// Every change of one charge, in the order written.
    public func events(of id: String) throws -> [JournalEvent] {
        try database.read { db in try JournalRows.events(of: id, db) }
    }
}
