/// The mobile-money operator a charge is collected from (`provider` in the API).
public enum Provider: OpenEnum {
    case orange
    case moov
    case coris
    case sank
    case unknown(String)

    public static let knownCases: [Provider] = [.orange, .moov, .coris, .sank]

    public var rawValue: String {
        switch self {
        case .orange: "orange_bf"
        case .moov: "moov_bf"
        case .coris: "coris_bf"
        case .sank: "sank_bf"
        case .unknown(let raw): raw
        }
    }

    /// The operator's commercial name, the same in French and English.
    public var displayName: String {
        switch self {
        case .orange: "Orange Money"
        case .moov: "Moov Money"
        case .coris: "Coris Money"
        case .sank: "Sank Money"
        case .unknown(let raw): raw
        }
    }
}

/// The wallet a transfer is paid into (`recipient_wallet`); each has its own transfer balance.
public enum TransferWallet: OpenEnum {
    case orange
    case moov
    case sank
    case unknown(String)

    public static let knownCases: [TransferWallet] = [.orange, .moov, .sank]

    public var rawValue: String {
        switch self {
        case .orange: "orange_bf"
        case .moov: "moov_bf"
        case .sank: "sank_bf"
        case .unknown(let raw): raw
        }
    }

    /// The key of this wallet inside `transfer_balances` (`orange_money_bf`, ...).
    public var balanceKey: String {
        switch self {
        case .orange: "orange_money_bf"
        case .moov: "moov_money_bf"
        case .sank: "sank_money_bf"
        case .unknown(let raw): raw
        }
    }

    public var displayName: String {
        switch self {
        case .orange: "Orange Money"
        case .moov: "Moov Money"
        case .sank: "Sank Money"
        case .unknown(let raw): raw
        }
    }
}
