import Localization

/// `error_code`: the reference's sixteen documented codes, plus any code it does not list.
public enum APIErrorCode: OpenEnum {
    case batchSizeLimitExceeded
    case rateLimitExceeded
    case unsupportedProvider
    case otpInvalid
    case otpExpired
    case otpStillValid
    case insufficientFunds
    case invalidAccount
    case networkError
    case chargeNotFound
    case internalError
    case unknownError
    case transactionNotFound
    case unauthorizedChargeProvider
    case externalAPIError
    case invalidData
    case unknown(String)

    public static let knownCases: [APIErrorCode] = [
        .batchSizeLimitExceeded, .rateLimitExceeded, .unsupportedProvider, .otpInvalid, .otpExpired,
        .otpStillValid, .insufficientFunds, .invalidAccount, .networkError, .chargeNotFound, .internalError,
        .unknownError, .transactionNotFound, .unauthorizedChargeProvider, .externalAPIError, .invalidData,
    ]

    public var rawValue: String {
        switch self {
        case .batchSizeLimitExceeded: "BATCH_SIZE_LIMIT_EXCEEDED"
        case .rateLimitExceeded: "RATE_LIMIT_EXCEEDED"
        case .unsupportedProvider: "UNSUPPORTED_PROVIDER"
        case .otpInvalid: "OTP_INVALID"
        case .otpExpired: "OTP_EXPIRED"
        case .otpStillValid: "OTP_STILL_VALID"
        case .insufficientFunds: "INSUFFICIENT_FUNDS"
        case .invalidAccount: "INVALID_ACCOUNT"
        case .networkError: "NETWORK_ERROR"
        case .chargeNotFound: "CHARGE_NOT_FOUND"
        case .internalError: "INTERNAL_ERROR"
        case .unknownError: "UNKNOWN_ERROR"
        case .transactionNotFound: "TRANSACTION_NOT_FOUND"
        case .unauthorizedChargeProvider: "UNAUTHORIZED_CHARGE_PROVIDER"
        case .externalAPIError: "EXTERNAL_API_ERROR"
        case .invalidData: "INVALID_DATA"
        case .unknown(let raw): raw
        }
    }

    /// The reference's description of the code, in English and French.
    public var explanation: LocalizedText {
        typealias E = Strings.ErrorCodes
        switch self {
        case .batchSizeLimitExceeded: return E.batchSizeLimitExceeded
        case .rateLimitExceeded: return E.rateLimitExceeded
        case .unsupportedProvider: return E.unsupportedProvider
        case .otpInvalid: return E.otpInvalid
        case .otpExpired: return E.otpExpired
        case .otpStillValid: return E.otpStillValid
        case .insufficientFunds: return E.insufficientFunds
        case .invalidAccount: return E.invalidAccount
        case .networkError: return E.networkError
        case .chargeNotFound: return E.chargeNotFound
        case .internalError: return E.internalError
        case .unknownError: return E.unknownError
        case .transactionNotFound: return E.transactionNotFound
        case .unauthorizedChargeProvider: return E.unauthorizedChargeProvider
        case .externalAPIError: return E.externalAPIError
        case .invalidData: return E.invalidData
        case .unknown(let raw): return E.unrecognised.filling(["code": raw])
        }
    }

    /// The explanation in the words of the operation it answers: INSUFFICIENT_FUNDS is the
    /// customer's account on a charge, the merchant's balance on a transfer or a settlement.
    public func explanation(for operation: Operation?) -> LocalizedText {
        typealias E = Strings.ErrorCodes
        switch (self, operation) {
        case (.insufficientFunds, .transferCreate?), (.insufficientFunds, .transferBulk?),
            (.insufficientFunds, .settlementCreate?):
            return E.insufficientMerchantFunds
        case (.insufficientFunds, .chargeCreate?), (.insufficientFunds, .chargeSubmitOTP?),
            (.insufficientFunds, .checkoutInitialize?):
            return E.insufficientCustomerFunds
        default:
            return explanation
        }
    }

    /// Codes after which the same request may succeed if sent again later.
    public var isTransient: Bool {
        switch self {
        case .rateLimitExceeded, .networkError, .internalError, .externalAPIError: true
        default: false
        }
    }
}
