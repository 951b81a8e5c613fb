import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// Golden screens of the operation forms and pages.
@Suite struct OperationSnapshotTests {
    static let settlements = [
        Settlement(
            reference: "stl_8f2c", amount: Money(francs: 150_000), settlementFees: Money(francs: 2),
            status: .processing, createdAt: Fixtures.time("12:50:00"), updatedAt: nil, accountType: .bank,
            destination: SettlementDestination(bankName: "Coris Bank International", accountHolderName: "Boutique Awa")),
        Settlement(
            reference: "stl_7a10", amount: Money(francs: 42_500), settlementFees: Money(francs: 2), status: .inTransit,
            createdAt: Fixtures.time("11:20:00"), updatedAt: nil, accountType: .mobile,
            destination: SettlementDestination(provider: "orange_bf", phone: "76000000")),
        Settlement(
            reference: "stl_6b00", amount: Money(francs: 9_000), settlementFees: Money(francs: 2), status: .cancelled,
            createdAt: Fixtures.time("09:00:00"), updatedAt: nil, accountType: .usdt,
            destination: SettlementDestination(usdtWalletAddress: "TQ7x…9k")),
    ]

    @Test func transferReviewShowsFeesTotalAndTheWalletsBalance() {
        var state = Fixtures.loadedState()
        var form = OperationForm(kind: .transfer)
        form.amountText = "25000"
        form.phoneText = "70112233"
        form.step = .review
        state.form = form
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .french),
            named: "transfer-review-80x24-fr")
    }

    @Test func liveTransferReviewAsksForTheAmount() {
        var state = Fixtures.loadedState(mode: .live)
        var form = OperationForm(kind: .transfer)
        form.amountText = "120000"
        form.phoneText = "76000000"
        form.step = .review
        form.confirmText = "1200"
        form.reviewError = state.transferShortfall(form)
        state.form = form
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .english),
            named: "transfer-review-live-80x24-en")
    }

    @Test func checkoutResultShowsTheLinkAndItsQRCode() {
        var state = Fixtures.loadedState()
        var form = OperationForm(kind: .checkout)
        form.amountText = "2500"
        form.step = .sending
        state.form = form
        _ = reduce(
            &state,
            .operation(
                .checkoutInitialized(
                    CheckoutSession(
                        reference: "chk_3c5d", authorizationURL: "https://checkout.senfenico.com/pay/chk_3c5d",
                        liveMode: false))))
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .english),
            named: "checkout-qr-80x24-en")
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 120, height: 40), language: .french),
            named: "checkout-qr-120x40-fr")
    }

    @Test func settlementsPageListsStatusesAndAsksBeforeCancelling() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("s")))
        _ = reduce(&state, .settlementsLoaded(Self.settlements, at: Fixtures.now))
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 120, height: 40), language: .french),
            named: "settlements-120x40-fr")
        _ = reduce(&state, .key(.character("x")))
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .english),
            named: "settlements-cancel-80x24-en")
    }
}
