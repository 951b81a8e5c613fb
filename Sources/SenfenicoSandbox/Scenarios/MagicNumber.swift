import SenfenicoAPI

/// Phone numbers that make the sandbox misbehave on purpose, like a card processor's test
/// cards: a valid prefix for the provider, then `0000`, then a two-digit scenario
/// (`76000001`, `70000001`, `72000001`, `68000001`, ...).
///
/// | suffix | charge (at create / OTP submit / pay_offline completion)             |
/// |--------|----------------------------------------------------------------------|
/// | `00`   | succeeds (the reference's test numbers: OTP `123456`)                 |
/// | `01`   | `INSUFFICIENT_FUNDS` at the correct OTP; pay_offline ends `failed`    |
/// | `02`   | `INVALID_ACCOUNT` at create; no charge is made                        |
/// | `03`   | `UNAUTHORIZED_CHARGE_PROVIDER` at create; no charge is made           |
/// | `04`   | operator declines: `EXTERNAL_API_ERROR` at the correct OTP, the charge |
/// |        | ends `failed`; pay_offline ends `failed`                              |
/// | `05`   | `OTP_EXPIRED` at any OTP submit; the charge ends `failed`              |
/// | `06`   | `OTP_STILL_VALID` at create; no charge is made                        |
///
/// For transfers, a recipient ending in `0000` + `01` ends `failed` and the money returns to
/// the wallet. Every other valid number behaves as a test number: OTP `123456` succeeds.
enum MagicNumber: String, Sendable, CaseIterable {
    case success = "00"
    case insufficientFunds = "01"
    case invalidAccount = "02"
    case unauthorizedProvider = "03"
    case operatorDeclines = "04"
    case otpExpired = "05"
    case otpStillValid = "06"

    /// The scenario of an eight-digit national number, if it is a magic one.
    init?(digits: String) {
        let characters = Array(digits)
        guard characters.count == 8, characters[2..<6].allSatisfy({ $0 == "0" }) else { return nil }
        self.init(rawValue: String(characters[6..<8]))
    }

    /// The error refusing the charge at create, if this scenario does.
    var createError: APIErrorCode? {
        switch self {
        case .invalidAccount: .invalidAccount
        case .unauthorizedProvider: .unauthorizedChargeProvider
        case .otpStillValid: .otpStillValid
        default: nil
        }
    }

    /// The error once a correct OTP is submitted, if this scenario fails there.
    var errorAfterCorrectOTP: APIErrorCode? {
        switch self {
        case .insufficientFunds: .insufficientFunds
        case .operatorDeclines: .externalAPIError
        default: nil
        }
    }

    /// Whether a pay_offline charge (Sank Money) with this number ends `failed`.
    var failsOffline: Bool {
        self == .insufficientFunds || self == .operatorDeclines
    }

    /// Whether a transfer to this recipient ends `failed`.
    var failsTransfer: Bool { self == .insufficientFunds }
}

/// The OTP every test number accepts, as in the reference's test table.
enum TestOTP {
    static let value = "123456"
}
