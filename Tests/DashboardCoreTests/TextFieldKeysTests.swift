import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The numeric-field rules every amount, phone and OTP field shares (`TextFieldKeys`).
@Suite struct TextFieldKeysTests {
    func typing(_ keys: [Key], into field: NumericField, from start: String = "") -> (String, TextFieldKeys.Outcome?) {
        var text = start
        var last: TextFieldKeys.Outcome?
        for key in keys { last = TextFieldKeys.apply(key, to: &text, field: field) }
        return (text, last)
    }

    @Test func theAZERTYDigitRowCountsAsItsDigits() {
        let keys = "&é\"'(-è_çà".map(Key.character)
        #expect(typing(keys, into: NumericField(maximumDigits: 10)).0 == "1234567890")
        #expect(typing(keys, into: .phone).0.hasPrefix("1234567890"))
        #expect(typing(Array(keys.prefix(6)), into: .otp).0 == "123456")
    }

    @Test func anotherCharacterIsRefusedAtTheField() {
        let (text, outcome) = typing([.character("1"), .character("x")], into: .amount)
        #expect(text == "1")
        #expect(outcome == .refused(Strings.Wizard.digitsOnly))
        #expect(typing([.character("٣")], into: .amount).1 == .refused(Strings.Wizard.digitsOnly), "not ASCII")
    }

    @Test func aPasteWithAnotherCharacterIsRefusedWhole() {
        let (text, outcome) = typing([.character("5"), .paste("١٢٣abc-1.5")], into: .amount)
        #expect(text == "5", "nothing of the paste is kept")
        #expect(outcome == .refused(Strings.Wizard.pasteRefused(Strings.Wizard.digitsOnly)))
        #expect(typing([.paste("1.5")], into: .amount).0 == "")
    }

    @Test func aCleanPasteIsTakenWhole() {
        #expect(typing([.paste("1 500")], into: .amount).0 == "1500")
        #expect(typing([.paste(" 123 456\n")], into: .otp).0 == "123456")
        #expect(typing([.paste("+226 76-11-22-33")], into: .phone).0 == "+226 76 11 22 33", "a pasted number's dashes")
        #expect(typing([.paste("é&")], into: .amount).0 == "21")
    }

    @Test func aFullFieldSaysSo() {
        let (text, outcome) = typing(Array(repeating: Key.character("9"), count: 9), into: .amount)
        #expect(text == "99999999")
        #expect(outcome == .refused(Strings.Wizard.fieldFull(8)))
        let (phone, refusal) = typing([.paste("00226761122334455")], into: .phone)
        #expect(phone == "")
        #expect(refusal == .refused(Strings.Wizard.fieldFull(13)))
        #expect(typing([.paste("123456789")], into: .otp).1 == .refused(Strings.Wizard.fieldFull(8)))
    }

    @Test func ctrlUClearsAndBackspaceDeletes() {
        #expect(typing([.backspace], into: .amount, from: "150") == ("15", .typed))
        #expect(typing([.control("u")], into: .amount, from: "150") == ("", .typed))
        var text = "abc"
        #expect(
            TextFieldKeys.apply(
                .control("u"), to: &text, limit: 10, accepts: { _ in true }, refusal: .init(en: "", fr: ""))
                == .typed && text.isEmpty)
        #expect(typing([.enter], into: .amount).1 == .notTyping)
    }
}

/// The same rules inside the wizard and the operation forms.
@Suite struct CounterFieldTests {
    func type(_ text: String, _ state: inout AppState) {
        for character in text { _ = reduce(&state, .key(.character(character))) }
    }

    @Test func theWizardReadsAZERTYDigitsAndRefusesABadPaste() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("c")))
        type("(àà", &state)
        #expect(state.wizard?.amountText == "500")
        _ = reduce(&state, .key(.paste("١٢٣abc-1.5")))
        #expect(state.wizard?.amountText == "500")
        #expect(state.wizard?.fieldError == Strings.Wizard.pasteRefused(Strings.Wizard.digitsOnly))
        _ = reduce(&state, .key(.control("u")))
        #expect(state.wizard?.amountText == "" && state.wizard?.fieldError == nil)
        type("&(àà", &state)
        _ = reduce(&state, .key(.enter))
        type("è-&&éé''", &state)
        #expect(state.wizard?.phoneText == "76112244")
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.step == .provider)
    }

    @Test func aPasteOutsideAFieldIsItsCharacters() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.paste("c")))
        _ = reduce(&state, .key(.paste("?")))
        #expect(state.wizard != nil && state.isHelpVisible == false, "the wizard takes `?` as a refused character")
    }

    @Test func theOperationFormsShareTheRules() {
        var state = Fixtures.loadedState()
        state.openForm(.transfer)
        type("é(((", &state)
        #expect(state.form?.amountText == "2555")
        _ = reduce(&state, .key(.paste("12abc")))
        #expect(state.form?.amountText == "2555")
        #expect(state.form?.errors[.amount] == Strings.Wizard.pasteRefused(Strings.Wizard.digitsOnly))
    }

    @Test func everyNewPaymentStartsWithEmptyFields() {
        var state = Fixtures.loadedState()
        state.isCashierMode = true
        _ = reduce(&state, .key(.character("c")))
        type("1500", &state)
        _ = reduce(&state, .key(.escape))
        #expect(state.wizard == ChargeWizard(), "counter mode starts over, empty")
    }
}

/// Counter mode, the customer's instructions, the success figures and quitting.
@Suite struct CounterModeTests {
    func otpAnswered(displayText: String?) -> AppState {
        var state = WizardTests().atReview()
        let attempt = WizardTests().sent(&state)
        let answer = ChargeAttempt(reference: "ch_9", status: .sendOTP, displayText: displayText, liveMode: false)
        _ = reduce(&state, .wizard(.created(attemptID: attempt.id, answer)))
        return state
    }

    /// The screen's words in reading order, box lines and line breaks dropped, so a wrapped
    /// sentence reads whole.
    func screenText(_ state: AppState, _ language: Language = .french) -> String {
        let lines = render(state, theme: .fallback, size: Size(width: 100, height: 30), language: language).lines
        let text = lines.joined(separator: " ").unicodeScalars.map {
            (0x2500...0x257F).contains($0.value) ? " " : Character($0)
        }
        return String(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theOTPStepSaysWhatToAskWithTheUSSDCodeThenTheOperatorsText() {
        let text = "Composez *144*4*6*5000# pour obtenir un code OTP, puis entrez-le."
        let state = otpAnswered(displayText: text)
        let squeezed = screenText(state)
        let ask = "Demandez au client de composer *144*4*6*5000# puis de vous donner le code reçu."
        #expect(squeezed.contains(ask))
        #expect(squeezed.contains("Composez *144*4*6*5000# pour obtenir un code OTP"))
        #expect(squeezed.range(of: ask)!.lowerBound < squeezed.range(of: "Composez")!.lowerBound, "the ask first")
        let english = screenText(state, .english)
        #expect(english.contains("Ask the customer to dial *144*4*6*5000#"))
    }

    @Test func payOfflineWithoutACodeGetsTheGeneralSentence() {
        var state = otpAnswered(displayText: "Confirmez sur votre téléphone.")
        state.wizard?.step = .waitingOffline
        let squeezed = screenText(state)
        #expect(squeezed.contains("Demandez au client de confirmer le paiement sur son téléphone"))
        #expect(squeezed.contains("Confirmez sur votre téléphone."))
    }

    @Test func theSuccessScreenShowsTheFeeAndTheNet() {
        var state = otpAnswered(displayText: nil)
        let paid = Charge(
            reference: "ch_9", amount: Money(francs: 5_000), fees: FeeRate("3.50"), status: .success, provider: .orange)
        state.wizard?.step = .succeeded(paid)
        let squeezed = screenText(state, .english)
        #expect(squeezed.contains("Fees 175 F CFA (3.5 %)"), "\(squeezed)")
        #expect(squeezed.contains("Net received 4 825 F CFA"))
    }

    @Test func counterModeShowsOnlyItsKeysAndF1OpensHelpFromTheWizard() {
        var state = Fixtures.loadedState()
        state.isCashierMode = true
        state.wizard = ChargeWizard()
        let screen = screenText(state)
        #expect(screen.contains("F1 aide") && screen.contains("F10 quitter"))
        #expect(!screen.contains("t transfert") && !screen.contains("s reversements"))
        #expect(screen.contains("Échap effacer"))
        _ = reduce(&state, .key(.function(1)))
        #expect(state.isHelpVisible)
        _ = reduce(&state, .key(.escape))
        #expect(!state.isHelpVisible && state.wizard != nil)
        _ = reduce(&state, .key(.character("5")))
        _ = reduce(&state, .key(.escape))
        #expect(state.wizard == ChargeWizard(), "Esc clears, as the footer says")
    }

    @Test func quittingAfterEscLeftTheOTPStepAsksFirst() {
        var state = otpAnswered(displayText: nil)
        _ = reduce(&state, .key(.escape))
        #expect(state.wizard == nil)
        #expect(reduce(&state, .key(.character("q"))).isEmpty)
        #expect(state.isConfirmingQuit)
        _ = reduce(&state, .key(.character("n")))
        #expect(!state.isConfirmingQuit)
    }

    @Test func aPaymentFinishedByAnotherDashboardNoLongerHoldsTheQuit() {
        var state = otpAnswered(displayText: nil)
        _ = reduce(&state, .key(.escape))
        guard let record = state.recentPayments.last else { return }
        var listed = record
        listed.stage = .awaitingOTP
        _ = reduce(&state, .attentionLoaded([listed]))
        #expect(state.isPaymentInFlight, "still listed: still waiting")
        _ = reduce(&state, .attentionLoaded([]))
        #expect(!state.isPaymentInFlight, "no longer listed: finished elsewhere")
        #expect(reduce(&state, .key(.character("q"))) == [.quit])
    }

    @Test func aPaymentSettledByHandNoLongerHoldsTheQuit() {
        var state = otpAnswered(displayText: nil)
        state.wizard?.isResumed = true
        _ = reduce(&state, .key(.character("m")))
        for character in "cash" { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
        #expect(state.recentPayments.last?.stage == .resolvedByCashier)
        #expect(reduce(&state, .key(.character("q"))) == [.quit])
    }

    @Test func quittingAfterAPaymentEndedDoesNotAsk() {
        var state = otpAnswered(displayText: nil)
        guard let attempt = state.wizard?.attempt else { return }
        let paid = Charge(reference: "ch_9", amount: Money(francs: 5_000), status: .success, provider: .orange)
        _ = reduce(&state, .wizard(.otpAnswered(attemptID: attempt.id, paid)))
        _ = reduce(&state, .key(.escape))
        #expect(reduce(&state, .key(.character("q"))) == [.quit])
    }
}
