import SenfenicoAPI

/// One transfer this terminal started: what was asked, then how far it got.
///
/// What was asked (`extID` to `terminal`) is fixed when the entry is begun, so an update cannot
/// change the amount or the recipient of a transfer already on its way; the rest is progress.
public struct TransferJournalEntry: Sendable, Hashable, Identifiable {
    /// The `ext_id` the transfer is sent with, made before anything is sent: every retry of the
    /// same transfer sends it again, so the server can refuse a second payment.
    public let extID: String
    public let startedAt: Timestamp
    public let amount: Money
    /// The recipient's number.
    public let phone: PhoneNumber
    /// The wallet asked for; nil lets Senfenico pick it from the number's prefix.
    public let wallet: TransferWallet?
    /// The host name of the machine, so a merged export still says which till sent the money.
    public let terminal: String?
    /// The account it was sent with (mode and key fingerprint).
    public let account: JournalAccount

    /// Set by the journal to the time of the last change.
    public internal(set) var updatedAt: Timestamp
    public var stage: TransferJournalStage
    /// The server's reference for the transfer, once an answer carried it.
    public var reference: String?
    /// The raw status last seen from the server (`pending`, `success`, `failed`, ...).
    public var serverStatus: String?
    /// The fee as the server wrote it (`"3.50"`), not reinterpreted.
    public var fees: String?
    /// What the transfer took from the wallet's balance, as the caller wrote it (`"5175"`).
    public var debit: String?
    /// Why the transfer was refused or its answer lost (an error code, a message).
    public var failure: String?
    /// Why the cashier marked it resolved.
    public var note: String?

    public var id: String { extID }

    public init(
        extID: String, startedAt: Timestamp, updatedAt: Timestamp, amount: Money, phone: PhoneNumber,
        wallet: TransferWallet?, stage: TransferJournalStage, reference: String? = nil, serverStatus: String? = nil,
        fees: String? = nil, debit: String? = nil, failure: String? = nil, note: String? = nil,
        terminal: String? = nil, account: JournalAccount = .unknown
    ) {
        self.account = account
        self.extID = extID
        self.startedAt = startedAt
        self.amount = amount
        self.phone = phone
        self.wallet = wallet
        self.terminal = terminal
        self.updatedAt = updatedAt
        self.stage = stage
        self.reference = reference
        self.serverStatus = serverStatus
        self.fees = fees
        self.debit = debit
        self.failure = failure
        self.note = note
    }
}
