import Localization
import SenfenicoAPI

/// Keys of an open transfer, settlement or checkout form. Letters and arrows only for actions;
/// digits are typed into fields, never bound to an action (AZERTY).
enum OperationKeys {
    private typealias O = Strings.Operations

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        var closes = false
        let effects: [Effect]
        switch form.step {
        case .editing: effects = edit(key, &form, closes: &closes)
        case .review: effects = review(key, &form, &state)
        case .sending: effects = []
        case .done: effects = finished(key, &form, closes: &closes)
        }
        state.form = closes ? nil : form
        if closes, form.step == .done { return effects + state.refreshAfterOperation(form.kind) }
        return effects
    }

    // MARK: Editing

    private static func edit(_ key: Key, _ form: inout OperationForm, closes: inout Bool) -> [Effect] {
        let fields = form.kind.fields
        let index = fields.firstIndex(of: form.focus) ?? 0
        if form.focus == .wallet {
            if pickWallet(key, &form) { return [] }
        } else if type(key, into: form.focus, &form) {
            return []
        }
        switch key {
        case .up, .backTab:
            if index > 0 { form.focus = fields[index - 1] }
        case .down, .tab:
            if check(form.focus, &form), index + 1 < fields.count { form.focus = fields[index + 1] }
        case .enter:
            guard check(form.focus, &form) else { return [] }
            if index + 1 < fields.count {
                form.focus = fields[index + 1]
            } else if let invalid = fields.first(where: { !check($0, &form) }) {
                form.focus = invalid
            } else {
                form.reviewError = nil
                form.confirmText = ""
                form.step = .review
            }
        case .escape:
            closes = true
        default:
            break
        }
        return []
    }

    /// Typing in a text field. True when the key was typing (a character or Backspace).
    private static func type(_ key: Key, into field: FormField, _ form: inout OperationForm) -> Bool {
        var text = form.text(of: field)
        let outcome =
            switch field {
            case .amount: TextFieldKeys.apply(key, to: &text, field: .amount)
            case .phone: TextFieldKeys.apply(key, to: &text, field: .phone)
            case .email, .successURL, .cancelURL, .wallet:
                TextFieldKeys.apply(
                    key, to: &text, limit: field == .email ? 254 : 2_000,
                    accepts: { !$0.isWhitespace && !$0.isNewline },
                    refusal: O.noSpaces)
            }
        switch outcome {
        case .typed: form.errors[field] = nil
        case .refused(let message):
            form.errors[field] = message
            return true
        case .notTyping: return false
        }
        form.setText(text, of: field)
        if field == .phone, !form.walletChosen { form.wallet = nil }
        return true
    }

    private static func pickWallet(_ key: Key, _ form: inout OperationForm) -> Bool {
        let choices = TransferWallet.knownCases
        let current = form.effectiveWallet.flatMap { choices.firstIndex(of: $0) } ?? 0
        switch key {
        case .left:
            form.wallet = choices[(current + choices.count - 1) % choices.count]
        case .right:
            form.wallet = choices[(current + 1) % choices.count]
        case .character("o"), .character("O"):
            form.wallet = .orange
        case .character("m"), .character("M"):
            form.wallet = .moov
        case .character("s"), .character("S"):
            form.wallet = .sank
        default:
            return false
        }
        form.walletChosen = true
        form.errors[.wallet] = nil
        return true
    }

    /// Checks one field, putting the refusal under it. True when the field is acceptable.
    @discardableResult
    static func check(_ field: FormField, _ form: inout OperationForm) -> Bool {
        let issue: ValidationIssue?
        switch field {
        case .amount:
            switch Validator.amount(form.amountText) {
            case .success(let amount):
                if form.kind == .transfer, case .failure(let small) = Validator.transferAmount(amount) {
                    issue = small
                } else {
                    issue = nil
                }
            case .failure(let refusal): issue = refusal
            }
        case .phone:
            switch Validator.recipient(form.phoneText) {
            case .success(let phone):
                form.phoneText = phone.digits
                issue = nil
            case .failure(let refusal): issue = refusal
            }
        case .wallet:
            issue = nil
            if form.effectiveWallet == nil { form.wallet = .orange }
        case .email:
            let text = form.emailText
            issue = text.isEmpty ? nil : Validator.email(text).failure
        case .successURL:
            issue = Validator.webURL(form.successURLText, field: "success_url").failure
        case .cancelURL:
            issue = Validator.webURL(form.cancelURLText, field: "cancel_url").failure
        }
        form.errors[field] = issue?.message
        return issue == nil
    }

    // MARK: Review

    private static func review(_ key: Key, _ form: inout OperationForm, _ state: inout AppState) -> [Effect] {
        let live = state.mode == .live && form.kind.movesMoney
        switch key {
        case .escape:
            form.step = .editing
            form.reviewError = nil
        case .enter:
            if form.kind == .transfer, let shortfall = state.transferShortfall(form) {
                form.reviewError = shortfall
                return []
            }
            if live, form.confirmText != form.amount.map({ String($0.francs) }) {
                form.reviewError = O.liveMismatch
                return []
            }
            return send(&form, &state)
        case .character, .backspace, .paste, .control("u"):
            guard live else { return [] }
            switch TextFieldKeys.apply(key, to: &form.confirmText, field: .confirmation(12)) {
            case .typed where key != .backspace: form.reviewError = nil
            case .refused(let message): form.reviewError = message
            default: break
            }
        default:
            break
        }
        return []
    }

    /// Builds the request from the checked fields and leaves `review` before the effect goes.
    private static func send(_ form: inout OperationForm, _ state: inout AppState) -> [Effect] {
        guard let amount = form.amount else { return [] }
        form.reviewError = nil
        switch form.kind {
        case .transfer:
            guard let phone = PhoneNumber(form.phoneText) else { return [] }
            // Made once: a later "send again" after a lost answer reuses it.
            let extID = form.extID ?? state.newPaymentID()
            form.extID = extID
            form.step = .sending
            let request = TransferRequest(
                amount: amount, recipientPhone: phone, recipientWallet: form.effectiveWallet, extID: extID)
            return [.sendTransfer(request)]
        case .settlement:
            form.step = .sending
            return [.createSettlement(SettlementRequest(amount: amount))]
        case .checkout:
            form.step = .sending
            state.lastCheckoutURLs = CheckoutURLs(success: form.successURLText, cancel: form.cancelURLText)
            return [
                .initializeCheckout(
                    CheckoutRequest(
                        amount: amount, email: form.emailText.isEmpty ? nil : form.emailText,
                        successURL: form.successURLText, cancelURL: form.cancelURLText))
            ]
        }
    }

    // MARK: Done

    private static func finished(_ key: Key, _ form: inout OperationForm, closes: inout Bool) -> [Effect] {
        switch key {
        case .enter, .escape:
            closes = true
        case .character("r"), .character("R"):
            // Only a transfer can be sent again safely: same ext_id, refused if it went through.
            guard form.kind == .transfer, case .unknown = form.outcome, let extID = form.extID,
                let amount = form.amount, let phone = PhoneNumber(form.phoneText)
            else { return [] }
            form.outcome = nil
            form.step = .sending
            return [
                .sendTransfer(
                    TransferRequest(
                        amount: amount, recipientPhone: phone, recipientWallet: form.effectiveWallet, extID: extID))
            ]
        default:
            break
        }
        return []
    }

}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
