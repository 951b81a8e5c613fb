/// The network a Burkina Faso mobile number belongs to, from its two-digit prefix.
///
/// Orange and Moov prefixes are those of the reference's "Note on Provider Constraints";
/// Telecel's numbers are the ones Sank Money serves. Coris Money is a bank wallet reachable
/// from any operator, so it owns no prefix.
public enum MobileOperator: String, Sendable, CaseIterable {
    case orange
    case moov
    case telecel

    public static let orangePrefixes: Set<String> = [
        "04", "05", "06", "07", "54", "55", "56", "57", "64", "65", "66", "67", "74", "75", "76", "77",
    ]
    public static let moovPrefixes: Set<String> = [
        "01", "02", "03", "50", "51", "52", "53", "60", "61", "62", "63", "70", "71", "72", "73",
    ]
    public static let telecelPrefixes: Set<String> = ["58", "68", "69", "78", "79"]

    public var prefixes: Set<String> {
        switch self {
        case .orange: MobileOperator.orangePrefixes
        case .moov: MobileOperator.moovPrefixes
        case .telecel: MobileOperator.telecelPrefixes
        }
    }

    static func guess(fromNationalDigits digits: String) -> MobileOperator? {
        let prefix = String(digits.prefix(2))
        return allCases.first { $0.prefixes.contains(prefix) }
    }

    /// The provider a cashier most likely wants for this network.
    public var suggestedProvider: Provider {
        switch self {
        case .orange: .orange
        case .moov: .moov
        case .telecel: .sank
        }
    }

    /// The transfer wallet Senfenico picks for this network when none is given.
    public var suggestedWallet: TransferWallet {
        switch self {
        case .orange: .orange
        case .moov: .moov
        case .telecel: .sank
        }
    }
}
