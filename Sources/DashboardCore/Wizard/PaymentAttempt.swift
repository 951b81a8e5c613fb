import PaymentJournal
import SenfenicoAPI

/// One charge the wizard is taking: what the cashier typed and what the server said so far.
/// Its `id` is the local journal's, made before anything is sent, so a payment whose answer
/// is lost can still be found again.
public struct PaymentAttempt: Sendable, Hashable {
    public var id: String
    public var amount: Money
    public var phone: PhoneNumber
    public var provider: Provider
    public var startedAt: Timestamp
    /// The server's `ch_…`, once an answer gave it.
    public var reference: String?
    public var displayText: String?
    /// OTP submissions made for this charge, shown to the cashier after a wrong code.
    public var otpAttempts = 0

    public init(id: String, amount: Money, phone: PhoneNumber, provider: Provider, startedAt: Timestamp) {
        self.id = id
        self.amount = amount
        self.phone = phone
        self.provider = provider
        self.startedAt = startedAt
    }
}

/// Where a payment stands: the journal's own stages (`JournalPolicy` decides them).
public typealias PaymentStage = JournalStage

/// A journal write the reducer asks for: the attempt as it now is, and the stage it reached.
public struct PaymentRecord: Sendable, Hashable {
    public var attempt: PaymentAttempt
    public var stage: PaymentStage
    public var serverStatus: String?
    public var failureCode: String?
    public var fees: String?

    /// Set by `m`: why the cashier marked it settled, kept in the journal's events.
    public var note: String?

    public init(
        attempt: PaymentAttempt, stage: PaymentStage, serverStatus: String? = nil, failureCode: String? = nil,
        fees: String? = nil, note: String? = nil
    ) {
        self.attempt = attempt
        self.stage = stage
        self.serverStatus = serverStatus
        self.failureCode = failureCode
        self.fees = fees
        self.note = note
    }

    /// A journal write of what `change` says (`JournalPolicy`).
    public init(attempt: PaymentAttempt, _ change: JournalPolicy.ChargeChange) {
        self.init(
            attempt: attempt, stage: change.stage, serverStatus: change.serverStatus, failureCode: change.failureCode,
            fees: change.fees)
    }

    /// The change this record writes.
    public var change: JournalPolicy.ChargeChange {
        JournalPolicy.ChargeChange(stage: stage, serverStatus: serverStatus, failureCode: failureCode, fees: fees)
    }
}
