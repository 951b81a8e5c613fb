import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The cashier's charge wizard as a state machine: keys in, effects out, no terminal.
@Suite struct WizardTests {
    /// Types text as key presses, one character each.
    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { reduce(&state, .key(.character($0))) }
    }

    /// A wizard at review for 5 000 F to 76 11 22 33 on Orange (the fixtures' 76 00 00 00
    /// paid 5 000 F a minute ago, which would raise the double-charge warning).
    func atReview() -> AppState {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("c")))
        _ = type("5000", &state)
        _ = reduce(&state, .key(.enter))
        _ = type("+226 76 11.22 33", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.provider == .orange, "proposed from the prefix")
        _ = reduce(&state, .key(.enter))
        return state
    }

    func sent(_ state: inout AppState) -> PaymentAttempt {
        let effects = reduce(&state, .key(.enter))
        guard case .createCharge(let attempt) = effects.first, effects.count == 1 else {
            Issue.record("expected one createCharge, got \(effects)")
            return PaymentAttempt(
                id: "", amount: .zero, phone: PhoneNumber("76000000")!, provider: .orange, startedAt: Fixtures.now)
        }
        return attempt
    }

    @Test func theHappyPathSendsOneChargeAndEndsInSuccess() throws {
        var state = atReview()
        #expect(state.wizard?.step == .review)
        let attempt = sent(&state)
        #expect(
            attempt.amount == Money(francs: 5_000) && attempt.phone.digits == "76112233" && attempt.provider == .orange)
        #expect(state.wizard?.step == .sending)
        // Enter again, Esc, anything: no second charge while the first is out.
        for key in [Key.enter, .enter, .escape, .character("y")] {
            #expect(reduce(&state, .key(key)).isEmpty)
        }
        #expect(state.wizard?.step == .sending)
        let answer = ChargeAttempt(
            reference: "ch_1", status: .sendOTP, displayText: "Composez *144*4*6*5000# pour obtenir un code OTP",
            liveMode: false)
        let recorded = reduce(&state, .wizard(.created(attemptID: attempt.id, answer)))
        #expect(state.wizard?.step == .otp)
        #expect(recorded.contains { if case .record(let record) = $0 { record.stage == .awaitingOTP } else { false } })
        _ = type("012345", &state)
        let submit = reduce(&state, .key(.enter))
        guard case .submitOTP(_, let submission) = submit.first else { throw WizardFailure("no submit: \(submit)") }
        #expect(submission.otp == "012345", "a leading zero is kept")
        #expect(submission.chargeReference == "ch_1")
        #expect(reduce(&state, .key(.enter)).isEmpty, "no second submit while the first is out")
        let paid = Charge(reference: "ch_1", amount: Money(francs: 5_000), status: .success, provider: .orange)
        let done = reduce(&state, .wizard(.otpAnswered(attemptID: attempt.id, paid)))
        #expect(state.wizard?.step == .succeeded(paid))
        #expect(done.contains(.fetchCharges), "the charges pane shows the new charge at once")
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard == ChargeWizard(), "Enter starts the next payment")
    }

    @Test func aWrongCodeKeepsTheSameChargeAndCountsAttempts() throws {
        var state = atReview()
        let attempt = sent(&state)
        _ = reduce(
            &state,
            .wizard(
                .created(
                    attemptID: attempt.id,
                    ChargeAttempt(reference: "ch_2", status: .sendOTP, displayText: nil, liveMode: false))))
        _ = type("111111", &state)
        _ = reduce(&state, .key(.enter))
        let invalid = SenfenicoError.api(APIFailure(httpStatus: 400, message: "Invalid OTP", code: .otpInvalid))
        _ = reduce(&state, .wizard(.otpFailed(attemptID: attempt.id, invalid)))
        #expect(state.wizard?.step == .otp)
        #expect(state.wizard?.attempt?.reference == "ch_2")
        #expect(state.wizard?.fieldError?.french.contains("essai 1") == true)
        _ = type("1 2 3 4 5 6", &state)
        let effects = reduce(&state, .key(.enter))
        guard case .submitOTP(let again, let submission) = effects.first else { throw WizardFailure("\(effects)") }
        #expect(submission.otp == "123456", "pasted spaces are dropped")
        #expect(again.id == attempt.id && again.otpAttempts == 2)
    }

    @Test func anExpiredCodeOffersTheSamePaymentAgain() {
        var state = atReview()
        let attempt = sent(&state)
        _ = reduce(
            &state,
            .wizard(
                .created(
                    attemptID: attempt.id,
                    ChargeAttempt(reference: "ch_3", status: .sendOTP, displayText: nil, liveMode: false))))
        _ = type("123456", &state)
        _ = reduce(&state, .key(.enter))
        let expired = SenfenicoError.api(APIFailure(httpStatus: 400, message: "expired", code: .otpExpired))
        _ = reduce(&state, .wizard(.otpFailed(attemptID: attempt.id, expired)))
        #expect(state.wizard?.step == .otpExpired)
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.step == .review)
        #expect(state.wizard?.amountText == "5000" && state.wizard?.phoneText == "76112233")
        #expect(state.wizard?.similarRecent == nil, "an expired charge took nothing: no duplicate warning")
    }

    @Test func aLostAnswerIsReconciledNeverResent() {
        var state = atReview()
        let attempt = sent(&state)
        let lost = SenfenicoError.outcomeUnknown(
            OutcomeUnknown(operation: .chargeCreate, reference: nil, extID: nil, cause: "connection reset"))
        let effects = reduce(&state, .wizard(.createFailed(attemptID: attempt.id, lost)))
        #expect(state.wizard?.step == .outcomeUnknown)
        #expect(effects.contains(Effect.reconcile(attempt)))
        #expect(!effects.contains { if case .createCharge = $0 { true } else { false } })
        #expect(reduce(&state, .key(.enter)).isEmpty)
        let found = Charge(
            reference: "ch_found", amount: Money(francs: 5_000), status: .sendOTP, provider: .orange, phone: "76112233")
        _ = reduce(&state, .wizard(.reconciled(attemptID: attempt.id, .found(found))))
        #expect(state.wizard?.step == .otp)
        #expect(state.wizard?.attempt?.reference == "ch_found")
    }

    @Test func nothingFoundMeansNothingWasTaken() {
        var state = atReview()
        let attempt = sent(&state)
        let lost = SenfenicoError.outcomeUnknown(
            OutcomeUnknown(operation: .chargeCreate, reference: nil, extID: nil, cause: "timeout"))
        _ = reduce(&state, .wizard(.createFailed(attemptID: attempt.id, lost)))
        _ = reduce(&state, .wizard(.reconciled(attemptID: attempt.id, .nothingTaken)))
        #expect(state.wizard?.step == .failed(reason: Strings.Wizard.nothingFound))
    }

    @Test func everyDocumentedRefusalIsExplainedInBothLanguages() {
        for code in APIErrorCode.knownCases {
            var state = atReview()
            let attempt = sent(&state)
            let refusal = SenfenicoError.api(APIFailure(httpStatus: 400, message: "x", code: code))
            _ = reduce(&state, .wizard(.createFailed(attemptID: attempt.id, refusal)))
            guard case .failed(let reason) = state.wizard?.step else {
                Issue.record("\(code) did not end the payment")
                continue
            }
            #expect(
                reason.french.contains(code.explanation.french) && reason.english.contains(code.explanation.english))
            #expect(!reason.french.isEmpty && !reason.english.isEmpty)
        }
    }

    @Test func payOfflineIsPolledUntilItEnds() {
        var state = atReview()
        let attempt = sent(&state)
        _ = reduce(
            &state,
            .wizard(
                .created(
                    attemptID: attempt.id,
                    ChargeAttempt(
                        reference: "ch_4", status: .payOffline, displayText: "Confirmez sur votre téléphone",
                        liveMode: false))))
        #expect(state.wizard?.step == .waitingOffline)
        #expect(reduce(&state, .tick(Fixtures.now.adding(seconds: 1))).filter(isPoll).isEmpty)
        let polls = reduce(&state, .tick(Fixtures.now.adding(seconds: 3))).filter(isPoll)
        #expect(polls.count == 1)
        #expect(reduce(&state, .tick(Fixtures.now.adding(seconds: 4))).filter(isPoll).isEmpty, "one poll at a time")
        let pending = Charge(reference: "ch_4", amount: Money(francs: 5_000), status: .payOffline)
        _ = reduce(&state, .wizard(.polled(attemptID: attempt.id, pending)))
        #expect(state.wizard?.step == .waitingOffline)
        let paid = Charge(reference: "ch_4", amount: Money(francs: 5_000), status: .success)
        _ = reduce(&state, .wizard(.polled(attemptID: attempt.id, paid)))
        #expect(state.wizard?.step == .succeeded(paid))
    }

    func isPoll(_ effect: Effect) -> Bool {
        if case .pollCharge = effect { return true }
        return false
    }

    @Test func badInputIsRefusedAtTheField() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("c")))
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.fieldError == ValidationIssue.amountEmpty.message)
        _ = type("x", &state)
        #expect(state.wizard?.fieldError == Strings.Wizard.digitsOnly)
        _ = type("0", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.fieldError == ValidationIssue.amountNotPositive.message)
        _ = reduce(&state, .key(.backspace))
        _ = type("99999999999", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.step == .amount, "absurd amounts stay at the field")
        state.wizard?.amountText = "1000"
        _ = reduce(&state, .key(.enter))
        _ = type("70000000", &state)  // a Moov number
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.provider == .moov)
        _ = reduce(&state, .key(.character("o")))
        #expect(state.wizard?.step == .provider, "an Orange charge needs an Orange number")
        #expect(state.wizard?.fieldError != nil)
        _ = reduce(&state, .key(.character("c")))
        #expect(state.wizard?.step == .review, "Coris takes any Burkina Faso mobile")
    }

    @Test func theSamePhoneAndAmountAgainNeedsAnExplicitYes() {
        var state = atReview()
        let first = sent(&state)
        // Left waiting for its code: it may still take the money.
        _ = reduce(
            &state,
            .wizard(
                .created(
                    attemptID: first.id,
                    ChargeAttempt(reference: "ch_waiting", status: .sendOTP, displayText: nil, liveMode: false))))
        _ = reduce(&state, .key(.escape))
        _ = reduce(&state, .key(.character("c")))
        _ = type("5000", &state)
        _ = reduce(&state, .key(.enter))
        _ = type("76112233", &state)
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.similarRecent == first.startedAt)
        #expect(reduce(&state, .key(.enter)).isEmpty, "Enter alone does not charge again")
        #expect(reduce(&state, .key(.character("o"))).count == 1)
    }

    @Test func aChargeThatFailedRaisesNoDuplicateWarning() {
        var state = atReview()
        let first = sent(&state)
        _ = reduce(
            &state,
            .wizard(
                .createFailed(
                    attemptID: first.id, .api(APIFailure(httpStatus: 400, message: "", code: .insufficientFunds)))))
        _ = reduce(&state, .key(.enter))
        _ = type("5000", &state)
        _ = reduce(&state, .key(.enter))
        _ = type("76112233", &state)
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .key(.enter))
        #expect(state.wizard?.step == .review)
        #expect(state.wizard?.similarRecent == nil, "nothing was taken")
    }

    @Test func anAnswerForAnotherAttemptChangesNothing() {
        var state = atReview()
        _ = sent(&state)
        let before = state
        _ = reduce(
            &state,
            .wizard(
                .created(
                    attemptID: "someone-else",
                    ChargeAttempt(reference: "ch_x", status: .sendOTP, displayText: nil, liveMode: false))))
        #expect(state == before)
    }

    @Test func quittingWhileAChargeIsOutAsksFirst() {
        var state = atReview()
        _ = sent(&state)
        #expect(reduce(&state, .key(.function(10))).isEmpty)
        #expect(state.isConfirmingQuit)
    }

    @Test func idsAreUniqueAndShapedLikeUUIDs() {
        var state = Fixtures.loadedState()
        let ids = (0..<100).map { _ in state.newPaymentID() }
        #expect(Set(ids).count == 100)
        #expect(ids.allSatisfy { $0.count == 36 && $0.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12] })
    }

    @Test func ussdCodesAreFoundInTheOperatorsText() {
        let parts = USSDCode.segments("Composez *144*4*6*5000# pour obtenir un code")
        #expect(parts.map(\.0) == ["Composez ", "*144*4*6*5000#", " pour obtenir un code"])
        #expect(parts.map(\.1) == [false, true, false])
        #expect(USSDCode.segments("prix: 5 * 3").allSatisfy { !$0.1 })
    }
}

extension WizardTests {
    @Test func counterModeReachesTheJournalThroughFunctionKeys() {
        var state = Fixtures.loadedState()
        state.isCashierMode = true
        state.wizard = ChargeWizard()
        #expect(reduce(&state, .key(.function(9))) == [.exportDay])
        var attempt = PaymentAttempt(
            id: "earlier", amount: Money(francs: 700), phone: PhoneNumber("76112233")!, provider: .orange,
            startedAt: Fixtures.time("11:00:00"))
        attempt.reference = "ch_earlier"
        _ = reduce(&state, .attentionLoaded([PaymentRecord(attempt: attempt, stage: .awaitingOTP)]))
        #expect(reduce(&state, .key(.function(8))) == [.reconcile(attempt)])
        #expect(state.wizard?.step == .outcomeUnknown && state.wizard?.isResumed == true)
        #expect(reduce(&state, .key(.character("m"))).isEmpty, "m asks first")
        #expect(state.wizard?.step == .settling)
        #expect(reduce(&state, .key(.enter)).isEmpty, "not without a reason")
        #expect(state.wizard?.fieldError == Strings.Wizard.settleReasonNeeded)
        _ = type("paid cash", &state)
        let effects = reduce(&state, .key(.enter))
        #expect(effects == [.record(PaymentRecord(attempt: attempt, stage: .resolvedByCashier, note: "paid cash"))])
        #expect(state.attention.isEmpty)
        #expect(state.wizard == ChargeWizard(), "counter mode is back on a new payment")
    }

    @Test func aPastedCodeEndingInANewlineIsSentOnce() throws {
        var state = atReview()
        let attempt = sent(&state)
        _ = reduce(
            &state,
            .wizard(
                .created(
                    attemptID: attempt.id,
                    ChargeAttempt(reference: "ch_5", status: .sendOTP, displayText: nil, liveMode: false))))
        // The terminal turns the pasted newline into Enter.
        let effects = type(" 123 456", &state) + reduce(&state, .key(.enter)) + reduce(&state, .key(.enter))
        #expect(effects.count == 1)
        guard case .submitOTP(_, let submission) = effects.first else { throw WizardFailure("\(effects)") }
        #expect(submission.otp == "123456")
    }
}

struct WizardFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension WizardTests {
    @Test func escLeavesTheSettleQuestionWithoutWritingAnything() {
        var state = Fixtures.loadedState()
        var attempt = PaymentAttempt(
            id: "earlier", amount: Money(francs: 700), phone: PhoneNumber("76112233")!, provider: .orange,
            startedAt: Fixtures.time("11:00:00"))
        attempt.reference = "ch_earlier"
        _ = reduce(&state, .attentionLoaded([PaymentRecord(attempt: attempt, stage: .awaitingOTP)]))
        _ = reduce(&state, .key(.function(8)))
        _ = reduce(&state, .key(.character("m")))
        #expect(reduce(&state, .key(.escape)).isEmpty)
        #expect(state.wizard?.step == .outcomeUnknown)
        #expect(state.attention.count == 1)
    }

    @Test func aChargeMatchedByPhoneAndAmountOnlyWaitsForTheCashier() throws {
        var state = atReview()
        let attempt = sent(&state)
        let lost = SenfenicoError.outcomeUnknown(
            OutcomeUnknown(operation: .chargeCreate, reference: nil, extID: nil, cause: "timeout"))
        _ = reduce(&state, .wizard(.createFailed(attemptID: attempt.id, lost)))
        let candidate = Charge(
            reference: "ch_other_till", amount: Money(francs: 5_000), status: .sendOTP, provider: .orange,
            phone: "76112233", createdAt: Fixtures.now)
        let effects = reduce(&state, .wizard(.reconciled(attemptID: attempt.id, .candidates([candidate]))))
        #expect(state.wizard?.step == .confirmCandidate)
        #expect(effects == [.record(PaymentRecord(attempt: attempt, stage: .outcomeUnknown))], "not adopted by itself")
        let screen = snapshotText(
            render(state, theme: .fallback, size: Size(width: 100, height: 30), language: .english))
        #expect(screen.contains("ch_other_till") && screen.contains("awaiting OTP"), "time and status shown")
        let confirmed = reduce(&state, .key(.character("y")))
        #expect(state.wizard?.step == .otp)
        #expect(state.wizard?.attempt?.reference == "ch_other_till")
        guard case .record(let record) = confirmed.first else { throw WizardFailure("\(confirmed)") }
        #expect(record.attempt.reference == "ch_other_till" && record.stage == .awaitingOTP)
    }

    @Test func aRefusedCandidateLeavesThePaymentForAPerson() {
        var state = atReview()
        let attempt = sent(&state)
        let lost = SenfenicoError.outcomeUnknown(
            OutcomeUnknown(operation: .chargeCreate, reference: nil, extID: nil, cause: "timeout"))
        _ = reduce(&state, .wizard(.createFailed(attemptID: attempt.id, lost)))
        let candidate = Charge(
            reference: "ch_other_till", amount: Money(francs: 5_000), status: .success, provider: .orange,
            phone: "76112233", createdAt: Fixtures.now)
        _ = reduce(&state, .wizard(.reconciled(attemptID: attempt.id, .candidates([candidate]))))
        #expect(reduce(&state, .key(.character("n"))).isEmpty)
        #expect(state.wizard?.step == .outcomeUnknown)
        #expect(state.wizard?.attempt?.reference == nil)
        #expect(state.wizard?.info == Strings.Wizard.notConfirmed)
    }

    @Test func aWrongCodeThenTheRightOneRecordsTheAPIStatuses() {
        var state = atReview()
        let attempt = sent(&state)
        _ = reduce(
            &state,
            .wizard(
                .created(
                    attemptID: attempt.id,
                    ChargeAttempt(reference: "ch_7", status: .sendOTP, displayText: nil, liveMode: false))))
        _ = type("000000", &state)
        _ = reduce(&state, .key(.enter))
        let wrong = SenfenicoError.api(APIFailure(httpStatus: 400, message: "invalid", code: .otpInvalid))
        let effects = reduce(&state, .wizard(.otpFailed(attemptID: attempt.id, wrong)))
        guard case .record(let record) = effects.first else {
            Issue.record("\(effects)")
            return
        }
        #expect(
            record.stage == .awaitingOTP && record.serverStatus == "send_otp" && record.failureCode == "OTP_INVALID")
    }

    @Test func anExpiredCodeIsFailedAsTheAPISays() {
        var state = atReview()
        let attempt = sent(&state)
        _ = reduce(
            &state,
            .wizard(
                .created(
                    attemptID: attempt.id,
                    ChargeAttempt(reference: "ch_8", status: .sendOTP, displayText: nil, liveMode: false))))
        _ = type("123456", &state)
        _ = reduce(&state, .key(.enter))
        let expired = SenfenicoError.api(APIFailure(httpStatus: 400, message: "expired", code: .otpExpired))
        let effects = reduce(&state, .wizard(.otpFailed(attemptID: attempt.id, expired)))
        guard case .record(let record) = effects.first else {
            Issue.record("\(effects)")
            return
        }
        #expect(record.stage == .failed && record.serverStatus == "failed" && record.failureCode == "OTP_EXPIRED")
    }
}
