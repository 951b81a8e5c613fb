internal import GRDB
import SenfenicoAPI

/// Bulk transfers move money like a single transfer and are journaled the same way, under each
/// row's `ext_id`: every row of a call is written at `sending` before the call leaves, then
/// moved to what the answer says (`JournalPolicy.transferStage`), so a lost answer leaves rows
/// that the start-up reconciliation checks against the transfers list like any other.
extension PaymentJournal {
    /// Records the rows of one bulk call at `sending`, in one transaction (one disk sync for up
    /// to 100 rows). A row whose `ext_id` the journal already holds (a re-run of the same file)
    /// is kept as it is, so its history stays whole. Rows without an `ext_id` are not journaled:
    /// bulk rows always get one (`BulkRow`), and without one nothing could find them again.
    public func beginTransfers(_ requests: [TransferRequest], at time: Timestamp = .now()) throws {
        try database.write { db in
            for request in requests {
                guard let extID = request.extID, try TransferRows.entry(extID, db) == nil else { continue }
                let entry = TransferJournalEntry(
                    extID: extID, startedAt: time, updatedAt: time, amount: request.amount,
                    phone: request.recipientPhone, wallet: request.recipientWallet, stage: .sending,
                    terminal: terminal, account: account)
                try TransferRows.insert(entry, db)
                try TransferRows.appendEvent(for: entry, at: time, db)
            }
        }
    }
}
