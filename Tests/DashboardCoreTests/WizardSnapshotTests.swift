import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// Golden screens of the charge wizard, as the cashier sees them.
@Suite struct WizardSnapshotTests {
    func wizard(at step: WizardStep, displayText: String? = nil) -> AppState {
        var state = Fixtures.loadedState()
        var wizard = ChargeWizard()
        wizard.amountText = "1000"
        wizard.phoneText = "76112233"
        wizard.provider = .orange
        var attempt = PaymentAttempt(
            id: "00000000-0000-0000-0000-000000000001", amount: Money(francs: 1_000),
            phone: PhoneNumber("76112233")!, provider: .orange, startedAt: Fixtures.time("12:52:40"))
        attempt.reference = "ch_fd3d8b2e7a1c4c0f9a1b"
        attempt.displayText = displayText
        wizard.attempt = attempt
        wizard.step = step
        state.wizard = wizard
        return state
    }

    @Test func otpStepShowsTheOperatorsTextAndTheUSSDCode() {
        var state = wizard(
            at: .otp,
            displayText:
                "Composez *144*4*6*1000# pour obtenir un code OTP, puis entrez-le sur notre plateforme pour finaliser la transaction."
        )
        state.wizard?.otpText = "0123"
        state.wizard?.fieldError = Strings.Wizard.otpInvalid.filling(["attempts": "1"])
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .french),
            named: "wizard-otp-80x24-fr")
    }

    @Test func otpStepAtTheCounterAsksTheCustomerInFrench() {
        var state = wizard(
            at: .otp,
            displayText:
                "Composez *144*4*6*1500# pour obtenir un code OTP, puis entrez-le sur notre plateforme pour finaliser la transaction."
        )
        state.isCashierMode = true
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .french),
            named: "wizard-otp-counter-80x24-fr")
    }

    @Test func aChargeFoundAgainWithoutTheOperatorsTextStillSaysWhatToAsk() {
        let state = wizard(at: .otp)
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .french),
            named: "wizard-otp-no-text-80x24-fr")
    }

    @Test func successShowsAmountFeesReferenceTimeAndOperator() {
        let paid = Charge(
            reference: "ch_fd3d8b2e7a1c4c0f9a1b", amount: Money(francs: 1_000), fees: FeeRate(hundredthsOfPercent: 350),
            transactionDate: Fixtures.time("12:52:58"), status: .success, provider: .orange, phone: "76112233")
        let state = wizard(at: .succeeded(paid))
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 120, height: 40), language: .english),
            named: "wizard-success-120x40-en")
    }

    @Test func reviewWarnsBeforeChargingTheSamePhoneTheSameAmountAgain() {
        var state = wizard(at: .review)
        state.wizard?.similarRecent = Fixtures.time("12:51:10")
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .french),
            named: "wizard-review-duplicate-80x24-fr")
    }

    @Test func theWizardSurvivesEverySmallSize() {
        let state = wizard(at: .waitingOffline, displayText: "Confirmez le paiement sur votre téléphone.")
        for width in 0...45 {
            for height in 0...14 {
                _ = render(state, theme: .fallback, size: Size(width: width, height: height), language: .french)
            }
        }
    }
}
