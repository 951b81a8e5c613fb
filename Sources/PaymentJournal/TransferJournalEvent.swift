import SenfenicoAPI

/// One change of a transfer, as the append-only `transfer_events` table keeps it: the history
/// of a payout, for the cashier's questions and for disputes, even after the entry moved on.
public struct TransferJournalEvent: Sendable, Hashable {
    /// Increases with every transfer event written to the file; orders events that share a time.
    public let sequence: Int64
    public let extID: String
    public let at: Timestamp
    /// The transfer's progress right after the change.
    public let stage: TransferJournalStage
    public let reference: String?
    public let serverStatus: String?
    public let failure: String?
    public let note: String?

    public init(
        sequence: Int64, extID: String, at: Timestamp, stage: TransferJournalStage, reference: String?,
        serverStatus: String?, failure: String?, note: String?
    ) {
        self.sequence = sequence
        self.extID = extID
        self.at = at
        self.stage = stage
        self.reference = reference
        self.serverStatus = serverStatus
        self.failure = failure
        self.note = note
    }
}
