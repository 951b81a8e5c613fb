import Foundation
import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The transfer, settlement and checkout forms and pages as a state machine: keys in, effects
/// out. Every money-moving request leaves once, from the review, and never twice.
@Suite struct OperationTests {
    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { reduce(&state, .key(.character($0))) }
    }

    /// A transfer form at review: `amount` F to 70 11 22 33 (Moov, guessed from the prefix).
    func transferAtReview(amount: String = "5000", mode: DashboardMode = .sandbox) -> AppState {
        var state = Fixtures.loadedState(mode: mode)
        _ = reduce(&state, .key(.character("t")))
        _ = type(amount, &state)
        _ = reduce(&state, .key(.enter))
        _ = type("+226 70 11 22 33", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.form?.effectiveWallet == .moov, "guessed from the prefix")
        _ = reduce(&state, .key(.enter))
        return state
    }

    func sentTransfer(_ effects: [Effect]) -> TransferRequest? {
        guard effects.count == 1, case .sendTransfer(let request) = effects[0] else { return nil }
        return request
    }

    static let sentMoov = Transfer(
        reference: "tr_new", amount: Money(francs: 5_000), recipientPhone: "70112233", status: .pending,
        recipientWallet: .moov, extID: "x", createdAt: Fixtures.now)

    @Test func aTransferIsSentOnceWithAnExtIDAndEndsOnItsResult() throws {
        var state = transferAtReview()
        #expect(state.form?.step == .review)
        let request = try #require(sentTransfer(reduce(&state, .key(.enter))))
        #expect(request.amount == Money(francs: 5_000) && request.recipientPhone.digits == "70112233")
        #expect(request.recipientWallet == .moov)
        let extID = try #require(request.extID)
        #expect(UUID(uuidString: extID) != nil && Array(extID)[14] == "4", "a version-4 UUID: \(extID)")
        for key in [Key.enter, .enter, .escape, .character("r")] {
            #expect(reduce(&state, .key(key)).isEmpty, "nothing is sent twice while the first is out")
        }
        _ = reduce(&state, .operation(.transferSent(.created(Self.sentMoov))))
        #expect(state.form?.step == .done)
        let closing = reduce(&state, .key(.enter))
        #expect(state.form == nil)
        #expect(closing.contains(.fetchTransfers) && closing.contains(.fetchBalances), "lists refreshed at once")
    }

    @Test func aLostAnswerIsSentAgainOnlyOnRequestWithTheSameExtID() throws {
        var state = transferAtReview()
        let first = try #require(sentTransfer(reduce(&state, .key(.enter))))
        let lost = SenfenicoError.outcomeUnknown(
            OutcomeUnknown(operation: .transferCreate, extID: first.extID, cause: "connection lost"))
        #expect(reduce(&state, .operation(.failed(lost))).isEmpty, "never resent by itself")
        #expect(state.form?.outcome == .unknown(lost))
        let again = try #require(sentTransfer(reduce(&state, .key(.character("r")))))
        #expect(again.extID == first.extID && again.amount == first.amount)
        #expect(reduce(&state, .key(.character("r"))).isEmpty, "one retry at a time")
        _ = reduce(&state, .operation(.transferSent(.alreadyCreated(Self.sentMoov))))
        #expect(state.form?.outcome == .transferSent(Self.sentMoov, earlier: true))
    }

    @Test func aTransferBeyondTheWalletIsRefusedBeforeSending() {
        // The Moov wallet holds 100 000 F; 99 000 F plus 1.5 % (1 485 F) does not fit.
        var state = transferAtReview(amount: "99000")
        #expect(reduce(&state, .key(.enter)).isEmpty)
        #expect(state.form?.step == .review)
        #expect(state.form?.reviewError?.english.contains("100,000") == true || state.form?.reviewError != nil)
        // 98 000 F + 1 470 F fits.
        state = transferAtReview(amount: "98000")
        #expect(sentTransfer(reduce(&state, .key(.enter))) != nil)
    }

    @Test func badInputIsRefusedAtTheField() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("t")))
        _ = type("50", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.form?.focus == .amount, "under 100 F stays on the amount")
        #expect(state.form?.errors[.amount] != nil)
        _ = type("x", &state)
        #expect(state.form?.amountText == "50", "a letter is not typed into the amount")
        _ = reduce(&state, .key(.backspace))
        _ = reduce(&state, .key(.backspace))
        _ = type("250", &state)
        _ = reduce(&state, .key(.enter))
        _ = type("12", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.form?.focus == .phone && state.form?.errors[.phone] != nil)
    }

    @Test func theWalletIsChosenWithLettersOrArrows() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("t")))
        _ = type("1000", &state)
        _ = reduce(&state, .key(.enter))
        _ = type("76000000", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.form?.focus == .wallet && state.form?.effectiveWallet == .orange)
        _ = reduce(&state, .key(.character("s")))
        #expect(state.form?.effectiveWallet == .sank)
        _ = reduce(&state, .key(.right))
        #expect(state.form?.effectiveWallet == .orange)
    }

    @Test func liveModeAsksForTheAmountTypedAgain() throws {
        var state = transferAtReview(mode: .live)
        #expect(reduce(&state, .key(.enter)).isEmpty, "Enter alone does not send real money")
        #expect(state.form?.reviewError == Strings.Operations.liveMismatch)
        _ = type("500", &state)
        #expect(reduce(&state, .key(.enter)).isEmpty, "a wrong amount does not send")
        _ = reduce(&state, .key(.backspace))
        _ = reduce(&state, .key(.backspace))
        _ = reduce(&state, .key(.backspace))
        _ = type("5000", &state)
        #expect(sentTransfer(reduce(&state, .key(.enter))) != nil)
    }

    @Test func aSettlementIsCreatedFromItsPageAndCancelledOnlyWhileProcessing() throws {
        var state = Fixtures.loadedState()
        let opened = reduce(&state, .key(.character("s")))
        #expect(state.page == .settlements && opened.contains(.fetchSettlements))
        let processing = Settlement(
            reference: "stl_1", amount: Money(francs: 2_000), settlementFees: Money(francs: 2), status: .processing,
            createdAt: Fixtures.time("12:50:00"), updatedAt: nil, accountType: .bank,
            destination: SettlementDestination(bankName: "Coris Bank"))
        var done = processing
        done.reference = "stl_0"
        done.status = .success
        done.createdAt = Fixtures.time("10:00:00")
        _ = reduce(&state, .settlementsLoaded([done, processing], at: Fixtures.now))
        #expect(state.settlements.map(\.reference) == ["stl_1", "stl_0"], "newest first")
        // The finished one: refused at once with the reason, nothing sent.
        _ = reduce(&state, .key(.down))
        #expect(reduce(&state, .key(.character("x"))).isEmpty)
        #expect(state.pendingCancel == nil && state.visibleNotice != nil)
        _ = reduce(&state, .key(.up))
        #expect(reduce(&state, .key(.character("x"))).isEmpty)
        #expect(state.pendingCancel == "stl_1")
        #expect(reduce(&state, .key(.character("o"))) == [.cancelSettlement(reference: "stl_1")])
        #expect(reduce(&state, .key(.character("x"))).isEmpty, "no second cancel while one is out")
        var cancelled = processing
        cancelled.status = .cancelled
        _ = reduce(&state, .operation(.settlementCancelled(cancelled)))
        #expect(state.settlements.first?.status == .cancelled)
        // A new one: n, amount, review, send once.
        _ = reduce(&state, .key(.character("n")))
        _ = type("3000", &state)
        _ = reduce(&state, .key(.enter))
        #expect(reduce(&state, .key(.enter)) == [.createSettlement(SettlementRequest(amount: Money(francs: 3_000)))])
        #expect(reduce(&state, .key(.enter)).isEmpty)
        let refusal = SenfenicoError.api(
            APIFailure(httpStatus: 400, message: "Insufficient balance", code: .insufficientFunds))
        _ = reduce(&state, .operation(.failed(refusal)))
        #expect(state.form?.outcome == .refused(refusal))
        _ = reduce(&state, .key(.escape))
        _ = reduce(&state, .key(.escape))
        #expect(state.page == .overview)
    }

    @Test func aCheckoutGivesItsLinkAndAQRCode() throws {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("p")))
        #expect(state.page == .checkouts)
        _ = reduce(&state, .key(.character("n")))
        _ = type("2500", &state)
        _ = reduce(&state, .key(.enter))
        _ = type("awa@example.com", &state)
        _ = reduce(&state, .key(.enter))
        _ = type("https://shop.example/ok", &state)
        _ = reduce(&state, .key(.enter))
        _ = type("https://shop.example/ko", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.form?.step == .review)
        let effects = reduce(&state, .key(.enter))
        #expect(
            effects == [
                .initializeCheckout(
                    CheckoutRequest(
                        amount: Money(francs: 2_500), email: "awa@example.com", successURL: "https://shop.example/ok",
                        cancelURL: "https://shop.example/ko"))
            ])
        let session = CheckoutSession(
            reference: "chk_1", authorizationURL: "https://checkout.senfenico.com/pay/chk_1", liveMode: false)
        _ = reduce(&state, .operation(.checkoutInitialized(session)))
        #expect(state.checkoutLinks["chk_1"] == session.authorizationURL)
        #expect(state.checkoutCodes["chk_1"] != nil)
        _ = reduce(&state, .key(.enter))
        // The next form offers the same return pages.
        _ = reduce(&state, .key(.function(3)))
        #expect(state.form?.successURLText == "https://shop.example/ok")
    }

    @Test func counterModeOpensAPaymentLinkOverTheWizardWithF3Only() {
        var state = Fixtures.loadedState()
        state.isCashierMode = true
        state.wizard = ChargeWizard()
        _ = reduce(&state, .key(.character("t")))
        _ = reduce(&state, .key(.character("b")))
        #expect(state.form == nil && state.bulk == nil, "letters belong to the wizard's fields")
        _ = reduce(&state, .key(.function(4)))
        #expect(state.form == nil, "no transfers at the counter")
        _ = reduce(&state, .key(.function(3)))
        #expect(state.form?.kind == .checkout)
        _ = reduce(&state, .key(.escape))
        #expect(state.form == nil && state.wizard != nil, "back to the wizard")
    }

    @Test func quittingAsksWhileAnOperationIsOut() {
        var state = transferAtReview()
        _ = reduce(&state, .key(.enter))
        #expect(reduce(&state, .key(.function(10))).isEmpty)
        #expect(state.isConfirmingQuit)
    }
}

/// Transfers an earlier run left with a lost answer: reopened on request, sent again only by `r`.
@Suite struct UnfinishedTransferTests {
    @Test func aOpensTheUnfinishedTransferAndROnlyResendsItsExtID() throws {
        var state = Fixtures.loadedState()
        let request = TransferRequest(
            amount: Money(francs: 2_000), recipientPhone: PhoneNumber("65000000")!, recipientWallet: .orange,
            extID: "4f0c0c1e-9d3b-4a57-8d1e-0a0b0c0d0e0f")
        _ = reduce(&state, .operation(.transfersToCheck([request])))
        #expect(state.transferAttention == [request])
        #expect(reduce(&state, .key(.character("a"))).isEmpty, "opening sends nothing")
        #expect(state.transferAttention.isEmpty)
        #expect(state.form?.step == .done && state.form?.extID == request.extID)
        guard case .unknown = state.form?.outcome else { throw OperationFailure("not at the lost-answer step") }
        let effects = reduce(&state, .key(.character("r")))
        #expect(effects == [.sendTransfer(request)])
    }
}

struct OperationFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
