import Foundation
internal import GRDB
import SenfenicoAPI

/// Transfers: recorded, like charges, before their request leaves, under the `ext_id` they are
/// sent with. After a lost answer the dashboard sends the same `ext_id` again; Senfenico refuses
/// a reused one, and `SenfenicoClient.createTransferOnce` then returns the earlier transfer, so
/// nothing is paid twice. Every method blocks on the disk: call it off the UI thread.
extension PaymentJournal {
    // MARK: - Writing

    /// Records a transfer about to be sent, at stage `sending`. The row is committed when this
    /// returns: only then may the create request leave, with `extID` as its `ext_id`.
    ///
    /// - Parameter extID: the `ext_id` to send; a new UUID by default. One already in the
    ///   journal is refused (the insert fails), never overwritten.
    @discardableResult
    public func beginTransfer(
        extID: String = UUID().uuidString.lowercased(), amount: Money, phone: PhoneNumber, wallet: TransferWallet?,
        at time: Timestamp = .now()
    ) throws -> TransferJournalEntry {
        let entry = TransferJournalEntry(
            extID: extID, startedAt: time, updatedAt: time, amount: amount, phone: phone, wallet: wallet,
            stage: .sending, terminal: terminal, account: account)
        try database.write { db in
            try TransferRows.insert(entry, db)
            try TransferRows.appendEvent(for: entry, at: time, db)
        }
        return entry
    }

    /// Moves the transfer to `stage` and commits it, with an event, in one transaction; returns
    /// the entry as saved. A field given as nil keeps its value (a reference, once known, stays).
    /// An update that changes nothing writes nothing, so polling the same status leaves no trace.
    /// Throws `JournalError.notFound` for an `ext_id` the journal does not hold.
    @discardableResult
    public func updateTransfer(
        extID: String, stage: TransferJournalStage, reference: String? = nil, serverStatus: String? = nil,
        fees: String? = nil, debit: String? = nil, failure: String? = nil, note: String? = nil,
        at time: Timestamp = .now()
    ) throws -> TransferJournalEntry {
        try changeTransfer(extID, at: time) { entry in
            entry.stage = stage
            entry.reference = reference ?? entry.reference
            entry.serverStatus = serverStatus ?? entry.serverStatus
            entry.fees = fees ?? entry.fees
            entry.debit = debit ?? entry.debit
            entry.failure = failure ?? entry.failure
            entry.note = note ?? entry.note
        }
    }

    /// The cashier settled an unfinished transfer by hand; `note` says how. Throws
    /// `JournalError.alreadyFinished` for a transfer already sent (named as a charge that
    /// succeeded), refused (as one that failed) or resolved.
    @discardableResult
    public func markTransferResolved(extID: String, note: String, at time: Timestamp = .now()) throws
        -> TransferJournalEntry
    {
        try changeTransfer(extID, at: time) { entry in
            guard !entry.stage.isFinished else {
                throw JournalError.alreadyFinished(id: extID, stage: entry.stage.asChargeStage)
            }
            entry.stage = .resolved
            entry.note = note
        }
    }

    /// Applies `change` and commits it with an event, in one transaction, unless it changes nothing.
    private func changeTransfer(
        _ extID: String, at time: Timestamp, _ change: (inout TransferJournalEntry) throws -> Void
    ) throws -> TransferJournalEntry {
        try readingPhones {
            try database.write { db in
                guard var entry = try TransferRows.entry(extID, db) else { throw JournalError.notFound(id: extID) }
                let before = entry
                try change(&entry)
                guard entry != before else { return entry }
                entry.updatedAt = time
                try TransferRows.saveProgress(entry, db)
                try TransferRows.appendEvent(for: entry, at: time, db)
                return entry
            }
        }
    }

    // MARK: - Reading

    public func transferEntry(extID: String) throws -> TransferJournalEntry? {
        try readingPhones { try database.read { db in try TransferRows.entry(extID, db) } }
    }

    /// The transfers whose outcome is not known (sending, outcome unknown), oldest first: the
    /// ones to send again with their `ext_id`, or to check by hand.
    public func unfinishedTransfers() throws -> [TransferJournalEntry] {
        let finished = TransferJournalStage.allCases.filter(\.isFinished).map(\.rawValue)
        let filter = self.scope.condition
        return try readingPhones {
            try database.read { db in
                try TransferRows.entries(
                    db,
                    where: "stage NOT IN (\(finished.map { _ in "?" }.joined(separator: ", "))) AND \(filter.sql)",
                    StatementArguments(finished + filter.arguments))
            }
        }
    }

    /// The transfers started from `from` (included) to `to` (excluded), oldest first.
    public func transferEntries(from: Timestamp, to: Timestamp) throws -> [TransferJournalEntry] {
        let filter = self.scope.condition
        return try readingPhones {
            try database.read { db in
                try TransferRows.entries(
                    db, where: "started_at_us >= ? AND started_at_us < ? AND \(filter.sql)",
                    [from.microsecondsSinceEpoch, to.microsecondsSinceEpoch] + StatementArguments(filter.arguments))
            }
        }
    }

    /// The transfers started on `day` at the terminal's clock, oldest first.
    public func transferEntries(on day: JournalDay, in timeZone: TimeZone = .current) throws
        -> [TransferJournalEntry]
    {
        let range = day.range(in: timeZone)
        return try transferEntries(from: range.from, to: range.to)
    }

    /// Every change of one transfer, in the order written.
    public func transferEvents(extID: String) throws -> [TransferJournalEvent] {
        try database.read { db in try TransferRows.events(of: extID, db) }
    }

    /// A stored number this version cannot read is a journal it cannot read: said, never skipped.
    private func readingPhones<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as TransferRows.UnreadablePhone {
            throw JournalError.cannotOpen(
                path: path,
                detail: "transfer \(error.extID): phone number \(error.digits) unknown to this version of senfenico")
        }
    }
}
