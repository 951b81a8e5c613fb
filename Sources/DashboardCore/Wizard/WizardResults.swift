import Localization
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
        case .reconciled(_, let charges):
            wizard.isReconciling = false
            wizard.reconciledCount = charges.count
            effects = adopt(charges, &wizard, attempt, state.now)
        case .reconcileFailed:
            wizard.isReconciling = false
            wizard.reconciledCount = nil
            wizard.info = W.reconcileFailed
        }
        state.wizard = wizard
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
        switch status {
        case .sendOTP:
            wizard.step = .otp
            wizard.otpText = ""
            return [.record(PaymentRecord(attempt: attempt, stage: .awaitingOTP, serverStatus: status.rawValue))]
        case .success, .failed, .canceled:
            // A create answer that is already final carries no fees or time: fetch the charge.
            wizard.step = .waitingOffline
            wizard.nextPoll = now
            return [.record(PaymentRecord(attempt: attempt, stage: .awaitingOffline, serverStatus: status.rawValue))]
        case .payOffline, .pending, .unknown:
            wizard.step = .waitingOffline
            wizard.nextPoll = now.adding(seconds: pollInterval)
            return [.record(PaymentRecord(attempt: attempt, stage: .awaitingOffline, serverStatus: status.rawValue))]
        }
    }

    /// After a fetched or OTP-answered charge.
    private static func follow(
        charge: Charge, _ wizard: inout ChargeWizard, _ attempt: PaymentAttempt, _ now: Timestamp
    ) -> [Effect] {
        let fees = charge.fees.map { $0.description }
        switch charge.status {
        case .success:
            wizard.step = .succeeded(charge)
            return [.record(PaymentRecord(attempt: attempt, stage: .succeeded, serverStatus: "success", fees: fees))]
        case .failed, .canceled:
            wizard.step = .failed(reason: charge.cancellationReason.map { LocalizedText(en: $0, fr: $0) } ?? W.declined)
            return [
                .record(
                    PaymentRecord(attempt: attempt, stage: .failed, serverStatus: charge.status.rawValue, fees: fees))
            ]
        case .sendOTP:
            // A wrong code leaves the charge waiting for another one.
            wizard.step = .otp
            wizard.otpText = ""
            return [.record(PaymentRecord(attempt: attempt, stage: .awaitingOTP, serverStatus: "send_otp"))]
        case .payOffline, .pending, .unknown:
            if wizard.step != .waitingOffline {
                wizard.step = .waitingOffline
            }
            wizard.nextPoll = now.adding(seconds: pollInterval)
            return []
        }
    }

    /// A refused or lost request. A lost one is never sent again: it is looked for.
    private static func failed(
        _ error: SenfenicoError, _ wizard: inout ChargeWizard, _ attempt: PaymentAttempt, _ now: Timestamp
    ) -> [Effect] {
        let code = error.errorCode
        switch (wizard.step, error) {
        case (_, .outcomeUnknown):
            wizard.step = .outcomeUnknown
            wizard.isReconciling = true
            return [.record(PaymentRecord(attempt: attempt, stage: .outcomeUnknown)), .reconcile(attempt)]
        case (.submittingOTP, .api) where code == .otpInvalid:
            wizard.step = .otp
            wizard.otpText = ""
            wizard.fieldError = W.otpInvalid.filling(["attempts": String(attempt.otpAttempts)])
            return [.record(PaymentRecord(attempt: attempt, stage: .awaitingOTP, failureCode: code?.rawValue))]
        case (.submittingOTP, .api) where code == .otpExpired:
            wizard.step = .otpExpired
            return [.record(PaymentRecord(attempt: attempt, stage: .failed, failureCode: code?.rawValue))]
        case (.submittingOTP, .validation(let issue)):
            wizard.step = .otp
            wizard.fieldError = issue.message
            return []
        case (.submittingOTP, .transport(let failure)) where failure.neverSent:
            wizard.step = .otp
            wizard.fieldError = W.notSent
            return [.record(PaymentRecord(attempt: attempt, stage: .awaitingOTP))]
        default:
            wizard.step = .failed(reason: reason(for: error))
            return [.record(PaymentRecord(attempt: attempt, stage: .failed, failureCode: code?.rawValue))]
        }
    }

    /// What reconciliation found: one charge continues where it is; none means nothing was
    /// taken; several are shown and the newest is followed.
    private static func adopt(
        _ charges: [Charge], _ wizard: inout ChargeWizard, _ attempt: PaymentAttempt, _ now: Timestamp
    ) -> [Effect] {
        guard
            let found = charges.max(by: {
                ($0.createdAt?.microsecondsSinceEpoch ?? 0) < ($1.createdAt?.microsecondsSinceEpoch ?? 0)
            })
        else {
            wizard.step = .failed(reason: W.nothingFound)
            return [.record(PaymentRecord(attempt: attempt, stage: .failed, failureCode: "NOT_FOUND"))]
        }
        var adopted = attempt
        adopted.reference = found.reference
        wizard.attempt = adopted
        wizard.info = charges.count > 1 ? W.severalFound.filling(["count": String(charges.count)]) : W.oneFound
        if found.status == .sendOTP {
            wizard.step = .otp
            wizard.otpText = ""
            return [.record(PaymentRecord(attempt: adopted, stage: .awaitingOTP, serverStatus: "send_otp"))]
        }
        return follow(charge: found, &wizard, adopted, now)
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
