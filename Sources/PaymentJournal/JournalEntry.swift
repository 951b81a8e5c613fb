import SenfenicoAPI

/// One charge this terminal started: what was asked, then how far it got.
///
/// What was asked (`id` to `terminal`) is fixed when the entry is begun, so an update cannot
/// change the amount or the phone of a charge already on its way; the rest is progress.
public struct JournalEntry: Sendable, Hashable, Identifiable {
    /// A local UUID, made before anything is sent: the charge has it even when the server never
    /// answered with a reference.
    public let id: String
    public let startedAt: Timestamp
    public let amount: Money
    /// The eight national digits the charge was sent to.
    public let phone: String
    public let provider: Provider
    /// The host name of the machine, so a merged export still says which till took the charge.
    public let terminal: String?
    /// The account it was taken with (mode and key fingerprint).
    public let account: JournalAccount

    /// Set by the journal to the time of the last change.
    public internal(set) var updatedAt: Timestamp
    /// The server's `ch_…`, once an answer carried it.
    public var reference: String?
    public var stage: JournalStage
    /// The raw status last seen from the server (`send_otp`, `pay_offline`, `success`, ...).
    public var serverStatus: String?
    /// The operator's instruction to the customer, kept so an OTP step can be resumed after a restart.
    public var displayText: String?
    /// The fee as the server wrote it (`"3.50"`), not reinterpreted.
    public var fees: String?
    public var otpAttempts: Int
    /// The documented error code of a failure (`INVALID_OTP`, ...).
    public var failureCode: String?
    /// Why the cashier marked it resolved.
    public var note: String?

    public init(
        id: String, startedAt: Timestamp, updatedAt: Timestamp, amount: Money, phone: String, provider: Provider,
        reference: String? = nil, stage: JournalStage, serverStatus: String? = nil, displayText: String? = nil,
        fees: String? = nil, otpAttempts: Int = 0, failureCode: String? = nil, note: String? = nil,
        terminal: String? = nil, account: JournalAccount = .unknown
    ) {
        self.account = account
        self.id = id
        self.startedAt = startedAt
        self.amount = amount
        self.phone = phone
        self.provider = provider
        self.terminal = terminal
        self.updatedAt = updatedAt
        self.reference = reference
        self.stage = stage
        self.serverStatus = serverStatus
        self.displayText = displayText
        self.fees = fees
        self.otpAttempts = otpAttempts
        self.failureCode = failureCode
        self.note = note
    }
}
