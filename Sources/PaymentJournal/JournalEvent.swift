import SenfenicoAPI

/// One change of an entry, as the append-only `journal_events` table keeps it: the history of a
/// payment, for the cashier's questions and for disputes, even after the entry moved on.
public struct JournalEvent: Sendable, Hashable {
    /// Increases with every event written to the file; orders events that share a time.
    public let sequence: Int64
    public let entryID: String
    public let at: Timestamp
    /// The entry's progress right after the change.
    public let stage: JournalStage
    public let serverStatus: String?
    public let reference: String?
    public let otpAttempts: Int
    public let failureCode: String?
    public let note: String?

    public init(
        sequence: Int64, entryID: String, at: Timestamp, stage: JournalStage, serverStatus: String?,
        reference: String?, otpAttempts: Int, failureCode: String?, note: String?
    ) {
        self.sequence = sequence
        self.entryID = entryID
        self.at = at
        self.stage = stage
        self.serverStatus = serverStatus
        self.reference = reference
        self.otpAttempts = otpAttempts
        self.failureCode = failureCode
        self.note = note
    }
}
