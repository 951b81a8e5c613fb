/// `status` of a charge: `[success, failed, send_otp, pay_offline, pending, canceled]`.
public enum ChargeStatus: OpenEnum {
    case success, failed, sendOTP, payOffline, pending, canceled
    case unknown(String)

    public static let knownCases: [ChargeStatus] = [.success, .failed, .sendOTP, .payOffline, .pending, .canceled]

    public var rawValue: String {
        switch self {
        case .success: "success"
        case .failed: "failed"
        case .sendOTP: "send_otp"
        case .payOffline: "pay_offline"
        case .pending: "pending"
        // The reference spells it with one "l" for charges, and "cancelled" for settlements.
        case .canceled: "canceled"
        case .unknown(let raw): raw
        }
    }

    /// Whether the charge can still change: a cashier must not forget such a charge.
    public var isOpen: Bool {
        switch self {
        case .sendOTP, .payOffline, .pending, .unknown: true
        case .success, .failed, .canceled: false
        }
    }
}

/// `status` of a transfer: `[success, failed, pending]`.
public enum TransferStatus: OpenEnum {
    case success, failed, pending
    case unknown(String)

    public static let knownCases: [TransferStatus] = [.success, .failed, .pending]

    public var rawValue: String {
        switch self {
        case .success: "success"
        case .failed: "failed"
        case .pending: "pending"
        case .unknown(let raw): raw
        }
    }
}

/// `status` of a settlement: `processing`, `in_transit`, `success`, `cancelled`.
public enum SettlementStatus: OpenEnum {
    case processing, inTransit, success, cancelled
    case unknown(String)

    public static let knownCases: [SettlementStatus] = [.processing, .inTransit, .success, .cancelled]

    public var rawValue: String {
        switch self {
        case .processing: "processing"
        case .inTransit: "in_transit"
        case .success: "success"
        case .cancelled: "cancelled"
        case .unknown(let raw): raw
        }
    }
}

/// `status` of a checkout: `pending`, `success`, `failed`.
public enum CheckoutStatus: OpenEnum {
    case pending, success, failed
    case unknown(String)

    public static let knownCases: [CheckoutStatus] = [.pending, .success, .failed]

    public var rawValue: String {
        switch self {
        case .pending: "pending"
        case .success: "success"
        case .failed: "failed"
        case .unknown(let raw): raw
        }
    }
}

/// `confirmation_status` of one OTP attempt.
public enum ConfirmationStatus: OpenEnum {
    case success, failed
    case unknown(String)

    public static let knownCases: [ConfirmationStatus] = [.success, .failed]

    public var rawValue: String {
        switch self {
        case .success: "success"
        case .failed: "failed"
        case .unknown(let raw): raw
        }
    }
}

/// `account_type` of a settlement's destination: `bank`, `mobile`, `usdt`.
public enum SettlementAccountType: OpenEnum {
    case bank, mobile, usdt
    case unknown(String)

    public static let knownCases: [SettlementAccountType] = [.bank, .mobile, .usdt]

    public var rawValue: String {
        switch self {
        case .bank: "bank"
        case .mobile: "mobile"
        case .usdt: "usdt"
        case .unknown(let raw): raw
        }
    }
}
