import Localization

/// A status as people read it, in both languages, from the one table (`Strings.Status`): the
/// dashboard, the CLI and exports all say the same word for the same status, whichever object
/// it is of. An unknown status is shown as the API wrote it.
public protocol StatusWording: OpenEnum {}

extension StatusWording {
    public var words: LocalizedText {
        switch rawValue {
        case "success": Strings.Status.success
        case "failed": Strings.Status.failed
        case "send_otp": Strings.Status.sendOTP
        case "pay_offline": Strings.Status.payOffline
        case "pending": Strings.Status.pending
        // Charges write `canceled`, settlements `cancelled`: one word for both.
        case "canceled", "cancelled": Strings.Status.canceled
        case "processing": Strings.Status.processing
        case "in_transit": Strings.Status.inTransit
        default: LocalizedText(en: rawValue, fr: rawValue)
        }
    }
}

extension ChargeStatus: StatusWording {}
extension TransferStatus: StatusWording {}
extension SettlementStatus: StatusWording {}
extension CheckoutStatus: StatusWording {}
