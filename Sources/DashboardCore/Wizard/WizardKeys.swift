import Foundation
import Localization
import SenfenicoAPI

/// Keys inside the charge wizard. Digits are data here (amount, phone, OTP), never actions;
/// actions stay on Enter, Esc, arrows and letters, as everywhere on AZERTY counters.
enum WizardKeys {
    typealias W = Strings.Wizard

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var wizard = state.wizard else { return [] }
        var closes = false
        let effects = route(key, &wizard, &state, closes: &closes)
        // This session's payments follow what is written of them (`m` settles one by hand).
        state.noteRecords(effects)
        // Leaving in counter mode starts over: there is nothing else to show there.
        state.wizard = closes ? (state.isCashierMode ? ChargeWizard() : nil) : wizard
        return effects
    }

    private static func route(
        _ key: Key, _ wizard: inout ChargeWizard, _ state: inout AppState, closes: inout Bool
    ) -> [Effect] {
        if key == .character("m"), wizard.isResumed, wizard.attempt != nil,
            wizard.step != .sending, wizard.step != .submittingOTP, wizard.step != .settling
        {
            // The cashier settled it by other means (a receipt, a call): asked to confirm, with
            // a reason the journal keeps.
            wizard.stepBeforeSettle = wizard.step
            wizard.settleReason = ""
            wizard.fieldError = nil
            wizard.step = .settling
            return []
        }
        switch wizard.step {
        case .settling:
            return settle(key, &wizard, &state, closes: &closes)
        case .confirmCandidate:
            return confirmCandidate(key, &wizard, &state, closes: &closes)
        case .amount:
            return editAmount(key, &wizard, closes: &closes)
        case .phone:
            return editPhone(key, &wizard)
        case .provider:
            return pickProvider(key, &wizard, &state)
        case .review:
            return review(key, &wizard, &state)
        case .sending, .submittingOTP:
            // The request is out. Esc, Enter and everything else wait for its answer.
            return []
        case .otp:
            return editOTP(key, &wizard, closes: &closes)
        case .waitingOffline, .outcomeUnknown:
            return waiting(key, &wizard, closes: &closes)
        case .otpExpired:
            if key == .enter {
                wizard = wizard.restarted()
                wizard.similarRecent = state.similarRecentPayment(
                    phone: wizard.phoneText, amount: wizard.amount ?? .zero)
            } else if key == .escape {
                closes = true
            }
            return []
        case .succeeded, .failed:
            if key == .enter {
                wizard = ChargeWizard()
            } else if key == .escape {
                closes = true
            } else if key == .character("q") || key == .function(10) {
                return [.quit]
            }
            return []
        }
    }

    /// `m`'s question: a reason, then Enter marks the payment settled; Esc goes back.
    private static func settle(
        _ key: Key, _ wizard: inout ChargeWizard, _ state: inout AppState, closes: inout Bool
    ) -> [Effect] {
        if edit(
            \.settleReason, with: key, &wizard, limit: 120, accepts: { !$0.isNewline }, refusal: W.settleReasonNeeded)
        {
            return []
        }
        switch key {
        case .enter:
            let reason = wizard.settleReason.trimmingCharacters(in: .whitespaces)
            guard let attempt = wizard.attempt, !reason.isEmpty else {
                wizard.fieldError = W.settleReasonNeeded
                return []
            }
            closes = true
            state.attention.removeAll { $0.attempt.id == attempt.id }
            return [.record(PaymentRecord(attempt: attempt, stage: .resolvedByCashier, note: reason))]
        case .escape:
            wizard.step = wizard.stepBeforeSettle ?? .outcomeUnknown
            wizard.stepBeforeSettle = nil
            wizard.fieldError = nil
        default:
            break
        }
        return []
    }

    /// A charge found by phone and amount only: `y`/`o` records it as this payment's; `n`
    /// shows the next candidate, or leaves the payment needing a person; Esc decides later.
    private static func confirmCandidate(
        _ key: Key, _ wizard: inout ChargeWizard, _ state: inout AppState, closes: inout Bool
    ) -> [Effect] {
        switch key {
        case .character("y"), .character("Y"), .character("o"), .character("O"):
            guard let attempt = wizard.attempt, let charge = wizard.candidates.first else { return [] }
            wizard.info = W.oneFound
            let effects = WizardResults.follow(found: charge, &wizard, attempt, state.now)
            state.noteRecords(effects)
            return effects
        case .character("n"), .character("N"):
            wizard.candidates.removeFirst(min(1, wizard.candidates.count))
            if wizard.candidates.isEmpty {
                wizard.step = .outcomeUnknown
                wizard.isResumed = true
                wizard.info = W.notConfirmed
            }
        case .escape:
            closes = true
        default:
            break
        }
        return []
    }

    private static func editAmount(_ key: Key, _ wizard: inout ChargeWizard, closes: inout Bool) -> [Effect] {
        if edit(\.amountText, with: key, &wizard, as: .amount) { return [] }
        switch key {
        case .enter:
            switch Validator.amount(wizard.amountText) {
            case .success:
                wizard.fieldError = nil
                wizard.step = .phone
            case .failure(let issue):
                wizard.fieldError = issue.message
            }
        case .escape:
            closes = true
        default:
            break
        }
        return []
    }

    private static func editPhone(_ key: Key, _ wizard: inout ChargeWizard) -> [Effect] {
        if edit(\.phoneText, with: key, &wizard, as: .phone) { return [] }
        switch key {
        case .enter:
            switch PhoneNumber.parse(wizard.phoneText) {
            case .success(let phone):
                wizard.phoneText = phone.digits
                wizard.fieldError = nil
                wizard.provider = phone.mobileOperator?.suggestedProvider ?? wizard.provider
                wizard.step = .provider
            case .failure(let issue):
                wizard.fieldError = issue.message
            }
        case .escape:
            wizard.fieldError = nil
            wizard.step = .amount
        default:
            break
        }
        return []
    }

    private static func pickProvider(_ key: Key, _ wizard: inout ChargeWizard, _ state: inout AppState) -> [Effect] {
        let choices = ChargeWizard.providers.map(\.provider)
        let index = choices.firstIndex(of: wizard.provider) ?? 0
        switch key {
        case .up, .left:
            wizard.provider = choices[(index + choices.count - 1) % choices.count]
            wizard.fieldError = nil
        case .down, .right, .tab:
            wizard.provider = choices[(index + 1) % choices.count]
            wizard.fieldError = nil
        case .character(let letter):
            guard let pick = ChargeWizard.providers.first(where: { $0.letter == Character(letter.lowercased()) })
            else { return [] }
            wizard.provider = pick.provider
            confirmProvider(&wizard, &state)
        case .enter:
            confirmProvider(&wizard, &state)
        case .escape:
            wizard.fieldError = nil
            wizard.step = .phone
        default:
            break
        }
        return []
    }

    /// Orange and Moov numbers must carry their operator's prefixes; the rule is shown at the field.
    private static func confirmProvider(_ wizard: inout ChargeWizard, _ state: inout AppState) {
        switch Validator.phone(wizard.phoneText, for: wizard.provider) {
        case .success:
            wizard.fieldError = nil
            wizard.similarRecent = state.similarRecentPayment(
                phone: wizard.phoneText, amount: wizard.amount ?? .zero)
            wizard.step = .review
        case .failure(let issue):
            wizard.fieldError = issue.message
        }
    }

    private static func review(_ key: Key, _ wizard: inout ChargeWizard, _ state: inout AppState) -> [Effect] {
        switch key {
        case .enter where wizard.similarRecent == nil:
            return send(&wizard, &state)
        case .character("y"), .character("Y"), .character("o"), .character("O"):
            // The explicit "yes, charge again" after the duplicate warning.
            guard wizard.similarRecent != nil else { return [] }
            return send(&wizard, &state)
        case .escape:
            wizard.step = .provider
        default:
            break
        }
        return []
    }

    /// The only place a charge is created. The step changes before the effect leaves, so a
    /// second Enter finds `.sending` and does nothing.
    private static func send(_ wizard: inout ChargeWizard, _ state: inout AppState) -> [Effect] {
        guard let amount = wizard.amount, let phone = try? Validator.phone(wizard.phoneText, for: wizard.provider).get()
        else { return [] }
        let attempt = PaymentAttempt(
            id: state.newPaymentID(), amount: amount, phone: phone, provider: wizard.provider, startedAt: state.now)
        wizard.attempt = attempt
        wizard.step = .sending
        wizard.fieldError = nil
        wizard.info = nil
        state.recentPayments.append(PaymentRecord(attempt: attempt, stage: .sending))
        return [.createCharge(attempt)]
    }

    private static func editOTP(_ key: Key, _ wizard: inout ChargeWizard, closes: inout Bool) -> [Effect] {
        // A pasted code may carry spaces or a newline; they are not part of it.
        if case .character(let character) = key, character.isWhitespace { return [] }
        if edit(\.otpText, with: key, &wizard, as: .otp) { return [] }
        switch key {
        case .enter:
            guard var attempt = wizard.attempt, let reference = attempt.reference else { return [] }
            switch Validator.otp(wizard.otpText) {
            case .success(let otp):
                attempt.otpAttempts += 1
                wizard.attempt = attempt
                wizard.step = .submittingOTP
                wizard.fieldError = nil
                return [.submitOTP(attempt, OTPSubmission(chargeReference: reference, otp: otp))]
            case .failure(let issue):
                wizard.fieldError = issue.message
            }
        case .escape:
            // The charge is not forgotten: the journal keeps it as needing attention.
            closes = true
        default:
            break
        }
        return []
    }

    /// Typing in a text field (`TextFieldKeys`); a refused character puts `refusal` at the
    /// field. True when the key was typing, so the caller is done with it.
    private static func edit(
        _ field: WritableKeyPath<ChargeWizard, String>, with key: Key, _ wizard: inout ChargeWizard, limit: Int,
        accepts: (Character) -> Bool, refusal: LocalizedText
    ) -> Bool {
        note(
            TextFieldKeys.apply(key, to: &wizard[keyPath: field], limit: limit, accepts: accepts, refusal: refusal),
            &wizard)
    }

    /// Typing in a numeric field (`NumericField`: AZERTY digits, whole pastes, a full field).
    private static func edit(
        _ field: WritableKeyPath<ChargeWizard, String>, with key: Key, _ wizard: inout ChargeWizard,
        as rules: NumericField
    ) -> Bool {
        note(TextFieldKeys.apply(key, to: &wizard[keyPath: field], field: rules), &wizard)
    }

    /// Puts a refusal at the field; true when the key was typing.
    private static func note(_ outcome: TextFieldKeys.Outcome, _ wizard: inout ChargeWizard) -> Bool {
        switch outcome {
        case .typed: wizard.fieldError = nil
        case .refused(let message): wizard.fieldError = message
        case .notTyping: return false
        }
        return true
    }

    private static func waiting(_ key: Key, _ wizard: inout ChargeWizard, closes: inout Bool) -> [Effect] {
        switch key {
        case .escape:
            // Stops waiting here; the journal still lists the charge until it is settled.
            closes = true
        case .character("r"), .function(5):
            guard let attempt = wizard.attempt else { return [] }
            if wizard.step == .outcomeUnknown, !wizard.isReconciling {
                wizard.isReconciling = true
                return [.reconcile(attempt)]
            }
            if wizard.step == .waitingOffline, !wizard.isPolling, attempt.reference != nil {
                wizard.isPolling = true
                return [.pollCharge(attempt)]
            }
        default:
            break
        }
        return []
    }
}
