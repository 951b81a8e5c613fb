import Localization

/// A status as people read it, in both languages, from the one table (`Strings.Status`): the
/// dashboard, the CLI and exports all say the same word for the same status. An unknown status
/// is shown as the API wrote it.
public protocol StatusWording: OpenEnum {
    var words: LocalizedText { get }
}

extension ChargeStatus: StatusWording {
    public var words: LocalizedText {
        switch self {
        case .success: Strings.Status.success
        case .failed: Strings.Status.failed
        case .sendOTP: Strings.Status.sendOTP
        case .payOffline: Strings.Status.payOffline
        case .pending: Strings.Status.pending
        case .canceled: Strings.Status.canceled
        case .unknown(let raw): LocalizedText(en: raw, fr: raw)
        }
    }
}

extension TransferStatus: StatusWording {
    public var words: LocalizedText {
        switch self {
        case .success: Strings.Status.success
        case .failed: Strings.Status.failed
        case .pending: Strings.Status.pending
        case .unknown(let raw): LocalizedText(en: raw, fr: raw)
        }
    }
}

extension SettlementStatus: StatusWording {
    public var words: LocalizedText {
        switch self {
        case .processing: Strings.Status.processing
        case .inTransit: Strings.Status.inTransit
        case .success: Strings.Status.success
        case .cancelled: Strings.Status.canceled
        case .unknown(let raw): LocalizedText(en: raw, fr: raw)
        }
    }
}

extension CheckoutStatus: StatusWording {
    public var words: LocalizedText {
        switch self {
        case .pending: Strings.Status.pending
        case .success: Strings.Status.success
        case .failed: Strings.Status.failed
        case .unknown(let raw): LocalizedText(en: raw, fr: raw)
        }
    }
}
