/// A charge as fetched or listed (`GET /v1/payment/charges/:reference`).
///
/// Every field the server may leave out or set to `null` is optional; the fields the
/// submit-OTP sample omits (`phone`, `created_at`, `updated_at`) are optional for that reason.
public struct Charge: Sendable, Hashable, Identifiable {
    public var reference: String
    public var amount: Money
    public var fees: FeeRate?
    public var currency: String
    public var transactionDate: Timestamp?
    public var ipAddress: String?
    public var status: ChargeStatus
    public var liveMode: Bool
    public var paymentMethod: String?
    public var provider: Provider?
    /// As the server sends it; it may be masked (`77xxxxxx`), so it is not a `PhoneNumber`.
    public var phone: String?
    public var cancelledAt: Timestamp?
    public var cancellationReason: String?
    public var createdAt: Timestamp?
    public var updatedAt: Timestamp?
    public var confirmationAttempts: [ConfirmationAttempt]

    public var id: String { reference }

    public init(
        reference: String, amount: Money, fees: FeeRate? = nil, currency: String = "XOF",
        transactionDate: Timestamp? = nil, ipAddress: String? = nil, status: ChargeStatus, liveMode: Bool = false,
        paymentMethod: String? = "mobile_money", provider: Provider? = nil, phone: String? = nil,
        cancelledAt: Timestamp? = nil, cancellationReason: String? = nil, createdAt: Timestamp? = nil,
        updatedAt: Timestamp? = nil, confirmationAttempts: [ConfirmationAttempt] = []
    ) {
        self.reference = reference
        self.amount = amount
        self.fees = fees
        self.currency = currency
        self.transactionDate = transactionDate
        self.ipAddress = ipAddress
        self.status = status
        self.liveMode = liveMode
        self.paymentMethod = paymentMethod
        self.provider = provider
        self.phone = phone
        self.cancelledAt = cancelledAt
        self.cancellationReason = cancellationReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.confirmationAttempts = confirmationAttempts
    }
}

/// One OTP submission recorded on a charge (`confirmation_attempts[]`).
public struct ConfirmationAttempt: Sendable, Hashable {
    public var ipAddress: String?
    public var attemptDate: Timestamp?
    public var confirmationStatus: ConfirmationStatus

    public init(ipAddress: String?, attemptDate: Timestamp?, confirmationStatus: ConfirmationStatus) {
        self.ipAddress = ipAddress
        self.attemptDate = attemptDate
        self.confirmationStatus = confirmationStatus
    }
}

/// The answer to a charge create (`POST /v1/payment/charges/`): what the customer must do next.
public struct ChargeAttempt: Sendable, Hashable {
    public var reference: String
    /// `send_otp` (an OTP is coming or a USSD code gives one) or `pay_offline` (the customer
    /// completes the payment on the phone; no OTP).
    public var status: ChargeStatus
    /// The operator's instruction to show the customer exactly, e.g.
    /// `Composez *144*4*6*500# pour obtenir un code OTP, ...`.
    public var displayText: String?
    public var liveMode: Bool

    public init(reference: String, status: ChargeStatus, displayText: String?, liveMode: Bool) {
        self.reference = reference
        self.status = status
        self.displayText = displayText
        self.liveMode = liveMode
    }
}
