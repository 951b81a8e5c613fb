import Localization
import PaymentJournal
import SenfenicoAPI

/// Where a bulk run records its rows: before a batch leaves, then with each row's result. The
/// runner sends nothing for a batch whose rows could not be recorded.
public protocol BulkRunJournal: Sendable {
    /// Records the batch's rows as about to be sent; throwing stops the run before this batch.
    func willSend(_ batch: BulkBatch) throws
    /// Records what became of each row of a batch that was sent (or whose sending was tried).
    func didSend(_ batch: BulkBatch, results: [BulkResult])
}

/// The local journal as a bulk run's record: the same file and rules as single transfers.
public struct JournaledBulkRun: BulkRunJournal {
    private let journal: PaymentJournal

    public init(_ journal: PaymentJournal) {
        self.journal = journal
    }

    public func willSend(_ batch: BulkBatch) throws {
        try journal.beginTransfers(batch.requests)
    }

    /// Queued rows are sent (Senfenico holds them), refused and never-sent rows refused (nothing
    /// paid), the others outcome unknown, to be checked by `ext_id`. A write that fails here is
    /// not fatal: the row stays at `sending`, which the reconciliation treats as unknown.
    public func didSend(_ batch: BulkBatch, results: [BulkResult]) {
        for (row, result) in zip(batch.rows, results) {
            let stage: TransferJournalStage
            switch result.kind {
            case .queued: stage = .sent
            case .refused, .notSent, .invalid: stage = .refused
            case .unknown: stage = .outcomeUnknown
            }
            _ = try? journal.updateTransfer(
                extID: row.extID, stage: stage, serverStatus: result.kind == .queued ? "queued" : nil,
                failure: result.reason?.text(in: .english))
        }
    }
}

/// The journal could not be opened: every batch is refused before it leaves, with the reason.
public struct UnavailableBulkJournal: BulkRunJournal {
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    private let reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public func willSend(_ batch: BulkBatch) throws { throw Unavailable(description: reason) }
    public func didSend(_ batch: BulkBatch, results: [BulkResult]) {}
}
