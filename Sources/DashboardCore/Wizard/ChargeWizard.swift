import Localization
import SenfenicoAPI

/// The steps of taking one payment at the counter.
public enum WizardStep: Sendable, Hashable {
    case amount
    case phone
    case provider
    case review
    /// The create request is out: nothing the cashier presses can send a second one.
    case sending
    /// `send_otp`: the operator's text is shown and the cashier types the customer's code.
    case otp
    case submittingOTP
    /// `pay_offline`: the customer confirms on the phone; the charge is polled until it ends.
    case waitingOffline
    /// The answer to a payment request was lost: the charge is looked for before anything else.
    case outcomeUnknown
    case otpExpired
    /// A lost create matched by phone and amount only: the cashier confirms the first of
    /// `ChargeWizard.candidates` is this customer's before it is recorded.
    case confirmCandidate
    /// `m`: the cashier types why the payment is settled by hand, then confirms.
    case settling
    case succeeded(Charge)
    case failed(reason: LocalizedText)

    /// Steps where money may be moving: quitting asks first, Esc never sends anything again.
    public var isMoneyMoving: Bool {
        switch self {
        case .sending, .submittingOTP, .waitingOffline, .outcomeUnknown, .otp, .confirmCandidate, .settling: true
        default: false
        }
    }
}

/// The charge wizard: fields as typed, the step, and the payment it is taking.
public struct ChargeWizard: Sendable, Hashable {
    public var step: WizardStep = .amount
    public var amountText = ""
    public var phoneText = ""
    public var provider: Provider = .orange
    public var otpText = ""
    /// What is wrong with the field on screen, in both languages.
    public var fieldError: LocalizedText?
    /// A line of information under the field (a wrong code and its attempt count).
    public var info: LocalizedText?
    public var attempt: PaymentAttempt?
    /// Set at review when the same phone paid the same amount a few minutes ago; a second,
    /// explicit confirmation is then needed.
    public var similarRecent: Timestamp?
    public var nextPoll: Timestamp?
    public var isPolling = false
    public var isReconciling = false
    /// Charges found by the last reconciliation, for the screen.
    public var reconciledCount: Int?
    /// Opened from the journal's "needs attention" list: `m` may mark it resolved.
    public var isResumed = false
    /// Charges found by phone and amount for a lost create, newest first, not yet confirmed.
    public var candidates: [Charge] = []
    /// `m`'s reason, as typed.
    public var settleReason = ""
    /// Where Esc returns from `settling`.
    public var stepBeforeSettle: WizardStep?

    public init() {}

    /// The providers in the order the picker lists them, with the letter that picks each.
    public static let providers: [(provider: Provider, letter: Character)] = [
        (.orange, "o"), (.moov, "m"), (.coris, "c"), (.sank, "s"),
    ]

    /// The amount as typed, if it is one.
    var amount: Money? { try? Validator.amount(amountText).get() }

    /// A fresh wizard for the same customer: amount and phone kept (after an expired OTP, or
    /// "charge again").
    func restarted() -> ChargeWizard {
        var next = ChargeWizard()
        next.amountText = amountText
        next.phoneText = phoneText
        next.provider = provider
        next.step = .review
        return next
    }
}
