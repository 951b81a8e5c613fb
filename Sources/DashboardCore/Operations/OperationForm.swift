import Localization
import SenfenicoAPI

/// The money-moving operations beyond charges, each with its own form.
public enum OperationKind: Sendable, Hashable {
    case transfer
    case settlement
    case checkout

    /// The fields asked, in order.
    public var fields: [FormField] {
        switch self {
        case .transfer: [.amount, .phone, .wallet]
        case .settlement: [.amount]
        case .checkout: [.amount, .email, .successURL, .cancelURL]
        }
    }

    /// Money leaves the account: with a live key the amount must be typed again to confirm.
    public var movesMoney: Bool { self != .checkout }
}

public enum FormField: Sendable, Hashable {
    case amount, phone, wallet, email, successURL, cancelURL
}

/// Where a form stands. A request is sent only from `review`, and `sending` ignores keys, so
/// a double Enter never sends twice.
public enum OperationStep: Sendable, Hashable {
    case editing
    case review
    case sending
    case done
}

/// What came of a sent request.
public enum OperationOutcome: Sendable, Equatable {
    case transferSent(Transfer, earlier: Bool)
    case settlementCreated(Settlement)
    case checkoutCreated(CheckoutSession)
    /// Senfenico answered no: nothing moved.
    case refused(SenfenicoError)
    /// The request never left (or the journal refused it first): nothing moved.
    case notSent(LocalizedText)
    /// Sent, answer lost. A transfer can be sent again with the same `ext_id`; the others are
    /// looked for in their list.
    case unknown(SenfenicoError)
}

/// One open form: the texts typed, the step, and for a transfer its `ext_id`, made once when
/// the review is confirmed and kept for every later try of the same transfer.
public struct OperationForm: Sendable, Equatable {
    public var kind: OperationKind
    public var step: OperationStep = .editing
    public var focus: FormField = .amount
    public var amountText = ""
    public var phoneText = ""
    /// The chosen wallet; `nil` until chosen or guessed from the number.
    public var wallet: TransferWallet?
    public var walletChosen = false
    public var emailText = ""
    public var successURLText = ""
    public var cancelURLText = ""
    /// The message shown under a field whose text was refused.
    public var errors: [FormField: LocalizedText] = [:]
    /// A message on the review step (insufficient balance, live confirmation mismatch).
    public var reviewError: LocalizedText?
    /// With a live key: the amount as typed again by the user.
    public var confirmText = ""
    public var extID: String?
    public var outcome: OperationOutcome?

    public init(kind: OperationKind) {
        self.kind = kind
    }

    public func text(of field: FormField) -> String {
        switch field {
        case .amount: amountText
        case .phone: phoneText
        case .wallet: effectiveWallet?.displayName ?? ""
        case .email: emailText
        case .successURL: successURLText
        case .cancelURL: cancelURLText
        }
    }

    mutating func setText(_ text: String, of field: FormField) {
        switch field {
        case .amount: amountText = text
        case .phone: phoneText = text
        case .wallet: break
        case .email: emailText = text
        case .successURL: successURLText = text
        case .cancelURL: cancelURLText = text
        }
    }

    /// The wallet Senfenico would pick for the number typed so far.
    public var guessedWallet: TransferWallet? {
        PhoneNumber(phoneText)?.mobileOperator?.suggestedWallet
    }

    /// The wallet to send from: chosen, else guessed.
    public var effectiveWallet: TransferWallet? { walletChosen ? wallet : (wallet ?? guessedWallet) }

    /// The amount typed, when it is a valid amount.
    public var amount: Money? {
        if case .success(let money) = Validator.amount(amountText) { return money }
        return nil
    }
}
