import Localization
import PaymentJournal
import SenfenicoAPI

/// What the server's answers do to the wizard, and the journal writes they call for.
enum WizardResults {
    typealias W = Strings.Wizard
    /// How often a `pay_offline` charge is polled while the customer confirms on the phone.
    static let pollInterval = 3.0

    static func apply(_ event: WizardEvent, _ state: inout AppState) -> [Effect] {
        guard var wizard = state.wizard, var attempt = wizard.attempt, attempt.id == event.attemptID else {
            return []
        }
        var effects: [Effect] = []
        switch event {
        case .created(_, let answer):
            attempt.reference = answer.reference
            attempt.displayText = answer.displayText
            wizard.attempt = attempt
            effects = follow(status: answer.status, &wizard, attempt, state.now)
        case .createFailed(_, let error), .otpFailed(_, let error):
            effects = failed(error, &wizard, attempt, state.now)
        case .notRecorded(_, let reason):
            wizard.step = .failed(reason: W.notRecorded.filling(["reason": reason]))
        case .otpAnswered(_, let charge), .polled(_, let charge):
            wizard.isPolling = false
            effects = follow(charge: charge, &wizard, attempt, state.now)
        case .pollFailed:
            // A read: the next poll tries again; the charge is not in doubt.
            wizard.isPolling = false
            wizard.nextPoll = state.now.adding(seconds: pollInterval)
        case .reconciled(_, let found):
            wizard.isReconciling = false
            effects = adopt(found, &wizard, attempt, state.now)
        case .reconcileFailed:
            wizard.isReconciling = false
            wizard.reconciledCount = nil
            wizard.info = W.reconcileFailed
        }
        state.wizard = wizard
        state.noteRecords(effects)
        // The charges pane shows the new charge at once, and the balances their new figures.
        if case .succeeded = wizard.step { effects += state.startDueFetches(force: true) }
        return effects
    }

    /// Each second: a due poll of a `pay_offline` charge.
    static func tick(_ state: inout AppState) -> [Effect] {
        guard var wizard = state.wizard, wizard.step == .waitingOffline, !wizard.isPolling,
            let attempt = wizard.attempt, attempt.reference != nil
        else { return [] }
        guard (wizard.nextPoll.map { $0 <= state.now }) ?? true else { return [] }
        wizard.isPolling = true
        state.wizard = wizard
        return [.pollCharge(attempt)]
    }

    /// After the create answer: the OTP field, the wait for the phone, or the end.
    private static func follow(
        status: ChargeStatus, _ wizard: inout ChargeWizard, _ attempt: PaymentAttempt, _ now: Timestamp
    ) -> [Effect] {
        let record = Effect.record(PaymentRecord(attempt: attempt, JournalPolicy.change(for: status)))
        switch status {
        case .sendOTP:
            wizard.step = .otp
            wizard.otpText = ""
        case .success, .failed, .canceled:
            // A create answer that is already final carries no fees or time: fetch the charge.
            wizard.step = .waitingOffline
            wizard.nextPoll = now
        case .payOffline, .pending, .unknown:
            wizard.step = .waitingOffline
            wizard.nextPoll = now.adding(seconds: pollInterval)
        }
        return [record]
    }

    /// After a fetched or OTP-answered charge.
    private static func follow(
        charge: Charge, _ wizard: inout ChargeWizard, _ attempt: PaymentAttempt, _ now: Timestamp
    ) -> [Effect] {
        let fees = charge.fees.map { $0.description }
        let record = Effect.record(
            PaymentRecord(attempt: attempt, JournalPolicy.change(for: charge.status, fees: fees)))
        switch charge.status {
        case .success:
            wizard.step = .succeeded(charge)
        case .failed, .canceled:
            wizard.step = .failed(reason: charge.cancellationReason.map { LocalizedText(en: $0, fr: $0) } ?? W.declined)
        case .sendOTP:
            // A wrong code leaves the charge waiting for another one.
            wizard.step = .otp
            wizard.otpText = ""
        case .payOffline, .pending, .unknown:
            if wizard.step != .waitingOffline {
                wizard.step = .waitingOffline
            }
            wizard.nextPoll = now.adding(seconds: pollInterval)
        }
        return [record]
    }

    /// A refused or lost request: `JournalPolicy` says where the charge stands, the screen
    /// follows. A lost one is never sent again: it is looked for.
    private static func failed(
        _ error: SenfenicoError, _ wizard: inout ChargeWizard, _ attempt: PaymentAttempt, _ now: Timestamp
    ) -> [Effect] {
        let request: JournalPolicy.Request = wizard.step == .submittingOTP ? .submitOTP : .create
        let change = JournalPolicy.change(after: error, during: request)
        let record = Effect.record(PaymentRecord(attempt: attempt, change))
        switch change.stage {
        case .outcomeUnknown:
            wizard.step = .outcomeUnknown
            wizard.isReconciling = true
            return [record, .reconcile(attempt)]
        case .awaitingOTP:
            wizard.step = .otp
            switch error {
            case .api where error.errorCode == .otpInvalid:
                wizard.otpText = ""
                wizard.fieldError = W.otpInvalid.filling(["attempts": String(attempt.otpAttempts)])
            case .validation(let issue):
                wizard.fieldError = issue.message
            case .transport:
                wizard.fieldError = W.notSent
            default:
                wizard.fieldError = reason(for: error)
            }
            return [record]
        default:
            if request == .submitOTP, error.errorCode == .otpExpired {
                wizard.step = .otpExpired
            } else {
                wizard.step = .failed(reason: reason(for: error))
            }
            return [record]
        }
    }

    /// What reconciliation found. The charge read by its reference continues where it is; a
    /// 404 or no charge at all means nothing was taken; charges matched by phone and amount
    /// only wait for the cashier's confirmation; nothing is ever adopted from another entry.
    private static func adopt(
        _ found: JournalPolicy.Reconciliation, _ wizard: inout ChargeWizard, _ attempt: PaymentAttempt,
        _ now: Timestamp
    ) -> [Effect] {
        switch found {
        case .found(let charge):
            wizard.reconciledCount = 1
            wizard.info = W.oneFound
            return follow(found: charge, &wizard, attempt, now)
        case .nothingTaken:
            wizard.reconciledCount = 0
            wizard.step = .failed(reason: W.nothingFound)
            return [.record(PaymentRecord(attempt: attempt, stage: .failed, failureCode: JournalPolicy.notFoundCode))]
        case .candidates(let charges):
            wizard.reconciledCount = charges.count
            wizard.candidates = charges
            wizard.step = .confirmCandidate
            return [.record(PaymentRecord(attempt: attempt, stage: .outcomeUnknown))]
        case .onlyClaimed:
            wizard.reconciledCount = 0
            wizard.info = W.onlyClaimed
            wizard.isResumed = true
            return [.record(PaymentRecord(attempt: attempt, stage: .outcomeUnknown))]
        }
    }

    /// Follows the charge the payment turned out to be (found by reference, or confirmed by
    /// the cashier).
    static func follow(
        found charge: Charge, _ wizard: inout ChargeWizard, _ attempt: PaymentAttempt, _ now: Timestamp
    ) -> [Effect] {
        var adopted = attempt
        adopted.reference = charge.reference
        wizard.attempt = adopted
        wizard.candidates = []
        return follow(charge: charge, &wizard, adopted, now)
    }

    /// The reason in the cashier's language: every documented code has a text, followed by
    /// the code itself for support.
    static func reason(for error: SenfenicoError) -> LocalizedText {
        LocalizedText(en: error.message(in: .english), fr: error.message(in: .french))
    }
}

extension WizardEvent {
    var attemptID: String {
        switch self {
        case .created(let id, _), .createFailed(let id, _), .notRecorded(let id, _), .otpAnswered(let id, _),
            .otpFailed(let id, _), .polled(let id, _), .pollFailed(let id, _), .reconciled(let id, _),
            .reconcileFailed(let id, _):
            id
        }
    }
}
