/// `GET /v1/payment/balances`: money collected, and the per-wallet money available to pay out.
public struct Balances: Sendable, Hashable {
    public var collection: CollectionBalance
    public var transfer: TransferBalances

    public init(collection: CollectionBalance, transfer: TransferBalances) {
        self.collection = collection
        self.transfer = transfer
    }
}

public struct CollectionBalance: Sendable, Hashable {
    public var available: Money
    public var pending: Money
    public var currency: String

    public init(available: Money, pending: Money, currency: String = "XOF") {
        self.available = available
        self.pending = pending
        self.currency = currency
    }
}

public struct WalletBalance: Sendable, Hashable {
    public var available: Money
    public var pending: Money

    public init(available: Money, pending: Money) {
        self.available = available
        self.pending = pending
    }

    public static let zero = WalletBalance(available: .zero, pending: .zero)
}

public struct TransferBalances: Sendable, Hashable {
    public var totalAvailable: Money
    public var totalPending: Money
    public var orange: WalletBalance
    public var moov: WalletBalance
    public var sank: WalletBalance

    public init(
        totalAvailable: Money, totalPending: Money, orange: WalletBalance, moov: WalletBalance, sank: WalletBalance
    ) {
        self.totalAvailable = totalAvailable
        self.totalPending = totalPending
        self.orange = orange
        self.moov = moov
        self.sank = sank
    }

    public subscript(wallet: TransferWallet) -> WalletBalance {
        switch wallet {
        case .orange: orange
        case .moov: moov
        case .sank: sank
        case .unknown: .zero
        }
    }
}
