/// A hosted payment page (`/v1/payment/checkouts/`), as fetched or listed.
public struct Checkout: Sendable, Hashable, Identifiable {
    public var email: String?
    public var reference: String
    public var chargeReference: String?
    public var amount: Money
    public var successURL: String?
    public var cancelURL: String?
    /// Empty (`""`) until the customer pays, then possibly masked (`77xxxxxx`).
    public var phone: String?
    /// Empty (`""`) until the customer pays; kept raw for that reason.
    public var provider: String?
    public var liveMode: Bool
    public var createdAt: Timestamp?
    public var updatedAt: Timestamp?
    public var status: CheckoutStatus

    public var id: String { reference }

    public init(
        email: String?, reference: String, chargeReference: String?, amount: Money, successURL: String?,
        cancelURL: String?, phone: String?, provider: String?, liveMode: Bool, createdAt: Timestamp?,
        updatedAt: Timestamp?, status: CheckoutStatus
    ) {
        self.email = email
        self.reference = reference
        self.chargeReference = chargeReference
        self.amount = amount
        self.successURL = successURL
        self.cancelURL = cancelURL
        self.phone = phone
        self.provider = provider
        self.liveMode = liveMode
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.status = status
    }
}

/// The answer to a checkout initialize: where to send the customer.
public struct CheckoutSession: Sendable, Hashable {
    public var reference: String
    public var authorizationURL: String
    public var liveMode: Bool

    public init(reference: String, authorizationURL: String, liveMode: Bool) {
        self.reference = reference
        self.authorizationURL = authorizationURL
        self.liveMode = liveMode
    }
}
