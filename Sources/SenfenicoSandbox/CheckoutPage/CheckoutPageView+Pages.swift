import Localization
import SenfenicoAPI

/// How a checkout that can no longer be paid ended, as its page tells it.
enum CheckoutOutcome {
    case paid, cancelled, failed, expired, notFound
}

extension CheckoutPageView {
    typealias S = Strings.CheckoutPage

    /// Step 1: operator and phone, with what the customer typed and each field's error.
    static func chooseOperator(
        _ language: Language, _ checkout: Checkout, provider: String? = nil, phone: String = "",
        operatorError: LocalizedText? = nil, phoneError: LocalizedText? = nil
    ) -> CheckoutPageView {
        var view = CheckoutPageView(language: language, checkout: checkout)
        view.heading = S.chooseHeading.text(in: language)
        view.step = S.stepChoose.text(in: language)
        view.operatorLegend = S.operatorLegend.text(in: language)
        view.operators = Provider.knownCases.map {
            OperatorChoice(value: $0.rawValue, name: $0.displayName, checked: $0.rawValue == provider)
        }
        view.operatorError = operatorError?.text(in: language)
        view.phoneLabel = S.phoneLabel.text(in: language)
        view.phone = phone
        view.phoneError = phoneError?.text(in: language)
        view.phoneHint = S.phoneHint.text(in: language)
        view.payButton = S.payButton.filling(["amount": checkout.amount.formatted(language)]).text(in: language)
        return view
    }

    /// Step 2 by OTP: the operator's instructions and the code field.
    static func enterOTP(_ language: Language, _ payment: CheckoutPayment, otpError: LocalizedText? = nil)
        -> CheckoutPageView
    {
        var view = confirming(language, payment)
        view.heading = S.confirmHeading.text(in: language)
        view.otpLabel = S.otpLabel.text(in: language)
        view.otpError = otpError?.text(in: language)
        view.otpHint = S.otpHint.text(in: language)
        view.confirmButton = S.confirmButton.text(in: language)
        return view
    }

    /// Step 2 on the phone (pay_offline): reloads itself every `refreshSeconds`.
    static func waiting(_ language: Language, _ payment: CheckoutPayment, refreshSeconds: Int) -> CheckoutPageView {
        var view = confirming(language, payment)
        view.heading = S.waitingHeading.text(in: language)
        view.waitingText = S.waitingText.text(in: language)
        view.refreshLink = S.refreshLink.text(in: language)
        view.refresh = view.waitURL.map { Refresh(seconds: refreshSeconds, url: $0) }
        return view
    }

    static func outcome(
        _ language: Language, _ checkout: Checkout?, _ outcome: CheckoutOutcome, reason: LocalizedText? = nil
    ) -> CheckoutPageView {
        var view = CheckoutPageView(language: language, checkout: checkout)
        let heading: LocalizedText
        let message: LocalizedText
        switch outcome {
        case .paid: (heading, message) = (S.paidHeading, S.paidText)
        case .cancelled: (heading, message) = (S.cancelledHeading, S.cancelledText)
        case .failed: (heading, message) = (S.failedHeading, S.failedText)
        case .expired: (heading, message) = (S.expiredHeading, S.expiredText)
        case .notFound: (heading, message) = (S.notFoundHeading, S.notFoundText)
        }
        view.heading = heading.text(in: language)
        view.message = message.text(in: language)
        view.tone = outcome == .paid ? "success" : "failure"
        view.reason = reason.map { S.reason.filling(["reason": $0.text(in: language)]).text(in: language) }
        // Back to the merchant: the success page after paying, the cancel page otherwise.
        let back = outcome == .paid ? checkout?.successURL : checkout?.cancelURL
        view.returnURL = back.flatMap(CheckoutRedirect.safeURL)
        view.returnLink = S.returnLink.text(in: language)
        return view
    }

    private static func confirming(_ language: Language, _ payment: CheckoutPayment) -> CheckoutPageView {
        var view = CheckoutPageView(language: language, checkout: payment.checkout)
        view.step = S.stepConfirm.text(in: language)
        if let charge = payment.charge {
            let phone = charge.phone.map(PhoneNumber.formatted) ?? ""
            view.payingWith = S.payingWith.filling([
                "operator": charge.provider?.displayName ?? "", "phone": phone,
            ]).text(in: language)
        }
        view.instructionsLabel = S.instructions.text(in: language)
        view.displayText = payment.displayText
        return view
    }
}
