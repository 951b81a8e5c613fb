import SenfenicoAPI

/// Every `message` the sandbox writes, copied from the reference's samples with their
/// spelling ("retreived", lower-case "charge completed successfully", "settlement list
/// retrieved"): clients and people compare these texts, so they are not corrected.
enum Messages {
    static let invalidAPIKey = "Invalid API key"
    static let validationError = "Validation error"

    static let checkoutInitialized = "Checkout initialized"
    static let checkoutRetrieved = "Checkout details retrieved"
    static let checkoutList = "Checkout list retreived"
    static let checkoutNotFound = "Checkout not found"

    static let chargeAttempted = "Charge attempted"
    /// The fetch sample's message is also "Charge attempted" (its caption says "Charge retreived").
    static let chargeFetched = "Charge attempted"
    static let chargeCompleted = "charge completed successfully"
    static let chargeList = "Charge list retreived"
    static let chargeNotFound = "Charge not found"

    static let balanceRetrieved = "Balance retrieved"

    static let transferQueued = "Transfer has been queued"
    static let transferRetrieved = "Transfer details retrieved"
    static let transferList = "Transfer list retrieved"
    static let transferNotFound = "Transfer not found"
    static let batchSizeExceeded = "Maximum of 100 transfers allowed per request"
    static func bulkQueued(_ count: Int) -> String { "\(count) transfers queued for processing" }

    static let settlementCreated = "Settlement created"
    static let settlementRetrieved = "Settlement retrieved"
    static let settlementList = "settlement list retrieved"
    static let settlementCancelled = "Settlement cancelled"
    static let settlementNotFound = "Settlement not found"
    static let settlementNotCancellable =
        "Validation error: [\"Settlement can only be cancelled if it's in 'processing' status.\"]"
    static let settlementInsufficientFunds = "Insufficient collection balance for this settlement."

    /// The OTP_INVALID sample reads "Charge operation failed. The OTP is invalid. Please try
    /// again.": the prefix followed by the code's description in the error table. Every other
    /// charge failure follows the same pattern.
    static func chargeFailed(_ code: APIErrorCode) -> String {
        "Charge operation failed. \(code.explanation.english)"
    }

    static let chargeNotAwaitingOTP = "Charge operation failed. This charge is no longer awaiting an OTP."
    static let chargeTakesNoOTP =
        "Charge operation failed. This charge is paid on the customer's phone and takes no OTP."

    /// "Insufficient balance for Sank BF transfer including fees." for each wallet.
    static func transferInsufficientFunds(_ wallet: TransferWallet) -> String {
        "Insufficient balance for \(walletName(wallet)) transfer including fees."
    }

    static func walletName(_ wallet: TransferWallet) -> String {
        switch wallet {
        case .orange: "Orange BF"
        case .moov: "Moov BF"
        case .sank: "Sank BF"
        case .unknown(let raw): raw
        }
    }

    static let notFound = "Not found."
    static let internalError = "Internal server error"
}

/// Django REST framework's default field messages: the real API is a DRF service (its
/// validation answers are `{"field": ["message"]}` maps), so its messages are these.
enum FieldMessages {
    static let required = "This field is required."
    static let mayNotBeNull = "This field may not be null."
    static let blank = "This field may not be blank."
    static let notAString = "Not a valid string."
    static let validInteger = "A valid integer is required."
    static let maxInteger = "Ensure this value is less than or equal to 2147483647."
    static func minimum(_ value: Int) -> String { "Ensure this value is greater than or equal to \(value)." }
    static func notAChoice(_ value: String) -> String { "\"\(value)\" is not a valid choice." }
    static let validURL = "Enter a valid URL."
    static let validEmail = "Enter a valid email address."
    static func maxLength(_ length: Int) -> String { "Ensure this field has no more than \(length) characters." }
    static let expectedList = "Expected a list of items but got type \"dict\"."
    static let emptyList = "This list may not be empty."
    static let invalidJSON = "JSON parse error - the body is not a JSON object."
    static let extIDTaken = "transfer with this ext id already exists."
}
