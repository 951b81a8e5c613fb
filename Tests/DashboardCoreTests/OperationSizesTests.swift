import BulkTransfers
import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// Every operation screen draws at every size, down to 1x1, without trapping: a resized or tiny
/// terminal never takes the till down in the middle of a payment.
@Suite struct OperationSizesTests {
    static let sizes = [(1, 1), (2, 2), (20, 5), (39, 9), (40, 10), (52, 14), (69, 19), (70, 20), (80, 24), (200, 60)]

    static func states() throws -> [AppState] {
        var states: [AppState] = []
        let base = Fixtures.loadedState(mode: .live)
        for kind in [OperationKind.transfer, .settlement, .checkout] {
            for step in [OperationStep.editing, .review, .sending] {
                var state = base
                var form = OperationForm(kind: kind)
                form.amountText = "123456"
                form.phoneText = "70112233"
                form.emailText = "awa@example.com"
                form.successURLText = "https://shop.example/" + String(repeating: "ok/", count: 40)
                form.cancelURLText = "https://shop.example/ko"
                form.errors[.amount] = Strings.Wizard.digitsOnly
                form.reviewError = Strings.Operations.liveMismatch
                form.step = step
                state.form = form
                states.append(state)
            }
        }
        var checkout = base
        var form = OperationForm(kind: .checkout)
        form.amountText = "2500"
        form.step = .sending
        checkout.form = form
        _ = reduce(
            &checkout,
            .operation(
                .checkoutInitialized(
                    CheckoutSession(
                        reference: "chk_1", authorizationURL: "https://checkout.senfenico.com/pay/chk_1",
                        liveMode: true))))
        states.append(checkout)
        var detail = checkout
        detail.form = nil
        detail.openCheckout = "chk_1"
        states.append(detail)
        var unknown = base
        var lost = OperationForm(kind: .transfer)
        lost.amountText = "1000"
        lost.extID = "4f0c0c1e-9d3b-4a57-8d1e-0a0b0c0d0e0f"
        lost.step = .done
        lost.outcome = .unknown(.outcomeUnknown(OutcomeUnknown(operation: .transferCreate, cause: "lost")))
        unknown.form = lost
        states.append(unknown)
        var bulk = base
        bulk.bulk = BulkScreen(pathText: "/tmp/pay.csv")
        bulk.bulk?.preview = try BulkPreview.parse("1000,70112233\n50,76000000\n300,12\n")
        bulk.bulk?.step = .preview
        states.append(bulk)
        var running = bulk
        running.bulk?.step = .running
        running.bulk?.progress = BulkProgress(
            rowsSent: 1, totalRows: 1, batchesDone: 1, totalBatches: 1, lastBatch: nil)
        states.append(running)
        var settlements = base
        _ = reduce(&settlements, .key(.character("s")))
        _ = reduce(&settlements, .settlementsLoaded(OperationSnapshotTests.settlements, at: Fixtures.now))
        states.append(settlements)
        var cancel = settlements
        cancel.pendingCancel = "stl_8f2c"
        states.append(cancel)
        return states
    }

    @Test func everyOperationScreenDrawsAtEverySize() throws {
        for state in try Self.states() {
            for (width, height) in Self.sizes {
                for language in [Language.french, .english] {
                    let screen = render(
                        state, theme: .fallback, size: Size(width: width, height: height), language: language)
                    #expect(screen.width == width && screen.height == height)
                }
            }
        }
    }
}
