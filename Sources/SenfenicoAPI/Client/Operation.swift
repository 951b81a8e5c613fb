/// Every documented endpoint, with its method, path and whether repeating it is harmless.
public enum Operation: String, Sendable, CaseIterable {
    case checkoutInitialize = "checkout initialize"
    case checkoutFetch = "checkout fetch"
    case checkoutList = "checkout list"
    case chargeCreate = "charge create"
    case chargeSubmitOTP = "OTP submit"
    case chargeFetch = "charge fetch"
    case chargeList = "charge list"
    case balances = "balances"
    case transferCreate = "transfer create"
    case transferBulk = "bulk transfer"
    case transferList = "transfer list"
    case transferFetch = "transfer fetch"
    case settlementCreate = "settlement create"
    case settlementFetch = "settlement fetch"
    case settlementList = "settlement list"
    case settlementCancel = "settlement cancel"

    public enum Method: String, Sendable {
        case get = "GET"
        case post = "POST"
    }

    /// The HTTP method. Bulk transfer is POST: the reference prints GET above its examples, but
    /// every example (curl `--data`, axios `method: 'post'`) and the official SDKs send POST.
    /// Settlement cancel is documented, and sent, as GET.
    public var method: Method {
        switch self {
        case .checkoutInitialize, .chargeCreate, .chargeSubmitOTP, .transferCreate, .transferBulk, .settlementCreate:
            .post
        default: .get
        }
    }

    /// Only reads may be repeated after a failure. A settlement cancel is a GET but changes
    /// state, so it is never repeated automatically either.
    public var isSafeToRetry: Bool {
        switch self {
        case .checkoutFetch, .checkoutList, .chargeFetch, .chargeList, .balances, .transferList, .transferFetch,
            .settlementFetch, .settlementList:
            true
        default: false
        }
    }

    /// The path, exactly as documented, trailing slashes included. `reference` fills
    /// `:reference` in the paths that have one (already checked by `Validator.reference`).
    public func path(reference: String? = nil) -> String {
        let reference = reference ?? ""
        switch self {
        case .checkoutInitialize: return "/v1/payment/checkouts/initialize/"
        case .checkoutFetch: return "/v1/payment/checkouts/\(reference)"
        case .checkoutList: return "/v1/payment/checkouts"
        case .chargeCreate: return "/v1/payment/charges/"
        case .chargeSubmitOTP: return "/v1/payment/charges/submit"
        case .chargeFetch: return "/v1/payment/charges/\(reference)"
        case .chargeList: return "/v1/payment/charges"
        case .balances: return "/v1/payment/balances"
        case .transferCreate: return "/v1/payment/transfers/"
        case .transferBulk: return "/v1/payment/transfers/bulk/"
        // The heading prints `/v1/payment/transfers`, but every example (curl, axios) and the
        // official Python SDK call `/v1/payment/transfers/`; a Django server would redirect
        // the other form, and redirects are not followed, so the working form is used.
        case .transferList: return "/v1/payment/transfers/"
        case .transferFetch: return "/v1/payment/transfers/\(reference)"
        case .settlementCreate: return "/v1/payment/settlements/"
        case .settlementFetch: return "/v1/payment/settlements/\(reference)"
        case .settlementList: return "/v1/payment/settlements"
        case .settlementCancel: return "/v1/payment/settlements/\(reference)/cancel/"
        }
    }
}
