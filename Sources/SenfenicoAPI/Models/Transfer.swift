/// A payout to a mobile-money wallet (`/v1/payment/transfers/`).
public struct Transfer: Sendable, Hashable, Identifiable {
    public var reference: String
    public var amount: Money
    public var fees: FeeRate?
    public var recipientPhone: String?
    public var currency: String
    public var ipAddress: String?
    public var status: TransferStatus
    public var liveMode: Bool
    public var recipientWallet: TransferWallet?
    public var extID: String?
    public var createdAt: Timestamp?

    public var id: String { reference }

    public init(
        reference: String, amount: Money, fees: FeeRate? = nil, recipientPhone: String?, currency: String = "XOF",
        ipAddress: String? = nil, status: TransferStatus, liveMode: Bool = false, recipientWallet: TransferWallet?,
        extID: String?, createdAt: Timestamp?
    ) {
        self.reference = reference
        self.amount = amount
        self.fees = fees
        self.recipientPhone = recipientPhone
        self.currency = currency
        self.ipAddress = ipAddress
        self.status = status
        self.liveMode = liveMode
        self.recipientWallet = recipientWallet
        self.extID = extID
        self.createdAt = createdAt
    }
}

/// The answer to a bulk transfer: how many were queued, and each one refused with its reasons.
public struct BulkTransferOutcome: Sendable, Hashable {
    public var message: String
    public var failedTransfers: [FailedTransfer]

    public init(message: String, failedTransfers: [FailedTransfer]) {
        self.message = message
        self.failedTransfers = failedTransfers
    }

    /// The count at the head of `"2 transfers queued for processing"`, when the message has one.
    public var queuedCount: Int? {
        Int(message.prefix { $0.isNumber })
    }
}

/// One refused item of a bulk transfer, echoed back with the server's field errors.
public struct FailedTransfer: Sendable, Hashable {
    public var amount: Money?
    public var recipientPhone: String?
    public var recipientWallet: TransferWallet?
    public var extID: String?
    /// Field name (or `non_field_errors`) to messages.
    public var errors: [String: [String]]

    public init(
        amount: Money?, recipientPhone: String?, recipientWallet: TransferWallet?, extID: String?,
        errors: [String: [String]]
    ) {
        self.amount = amount
        self.recipientPhone = recipientPhone
        self.recipientWallet = recipientWallet
        self.extID = extID
        self.errors = errors
    }
}
