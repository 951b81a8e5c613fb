/// A payout of collected money to the merchant's own account (`/v1/payment/settlements/`).
public struct Settlement: Sendable, Hashable, Identifiable {
    public var reference: String
    public var amount: Money
    public var settlementFees: Money?
    public var currency: String
    public var status: SettlementStatus
    public var liveMode: Bool
    public var createdAt: Timestamp?
    public var updatedAt: Timestamp?
    public var accountType: SettlementAccountType?
    public var destination: SettlementDestination

    public var id: String { reference }

    public init(
        reference: String, amount: Money, settlementFees: Money?, currency: String = "XOF",
        status: SettlementStatus, liveMode: Bool = false, createdAt: Timestamp?, updatedAt: Timestamp?,
        accountType: SettlementAccountType?, destination: SettlementDestination
    ) {
        self.reference = reference
        self.amount = amount
        self.settlementFees = settlementFees
        self.currency = currency
        self.status = status
        self.liveMode = liveMode
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.accountType = accountType
        self.destination = destination
    }
}

/// Where a settlement goes; each field is `null` unless that kind of account is configured.
public struct SettlementDestination: Sendable, Hashable {
    public var iban: String?
    public var rib: String?
    public var bankName: String?
    public var bankAddress: String?
    public var accountHolderName: String?
    public var accountHolderAddress: String?
    public var swiftBICCode: String?
    public var provider: String?
    public var phone: String?
    public var usdtWalletAddress: String?

    public init(
        iban: String? = nil, rib: String? = nil, bankName: String? = nil, bankAddress: String? = nil,
        accountHolderName: String? = nil, accountHolderAddress: String? = nil, swiftBICCode: String? = nil,
        provider: String? = nil, phone: String? = nil, usdtWalletAddress: String? = nil
    ) {
        self.iban = iban
        self.rib = rib
        self.bankName = bankName
        self.bankAddress = bankAddress
        self.accountHolderName = accountHolderName
        self.accountHolderAddress = accountHolderAddress
        self.swiftBICCode = swiftBICCode
        self.provider = provider
        self.phone = phone
        self.usdtWalletAddress = usdtWalletAddress
    }
}
