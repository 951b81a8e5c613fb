import Foundation
import Localization
import SenfenicoAPI

/// Everything a payment page template can show, as Mustache reads it (by reflection). Each
/// page fills the fields its template uses; a `nil` hides its section.
struct CheckoutPageView {
    struct Refresh {
        let seconds: Int
        let url: String
    }

    struct Summary {
        let merchantLabel: String
        let merchant: String?
        let amount: String
        let referenceLabel: String
        let reference: String
    }

    struct OperatorChoice {
        let value: String
        let name: String
        let checked: Bool
    }

    let lang: String
    let title: String
    let banner: String
    var refresh: Refresh?
    var summary: Summary?
    var heading = ""
    var step: String?

    var payAction: String?
    var otpAction: String?
    var cancelAction: String?
    var waitURL: String?
    var cancelButton: String

    var operatorLegend: String?
    var operators: [OperatorChoice] = []
    var operatorError: String?
    var phoneLabel: String?
    var phone: String?
    var phoneError: String?
    var phoneHint: String?
    var payButton: String?

    var payingWith: String?
    var instructionsLabel: String?
    var displayText: String?
    var otpLabel: String?
    var otpError: String?
    var otpHint: String?
    var confirmButton: String?

    var waitingText: String?
    var refreshLink: String?

    var tone: String?
    var message: String?
    var reason: String?
    var returnURL: String?
    var returnLink: String?

    /// The frame shared by every page of this checkout (or of no checkout: the not-found page).
    init(language: Language, checkout: Checkout?) {
        typealias S = Strings.CheckoutPage
        lang = language.rawValue
        title = S.title.text(in: language)
        banner = S.testBanner.text(in: language)
        cancelButton = S.cancelButton.text(in: language)
        guard let checkout else { return }
        summary = Summary(
            merchantLabel: S.merchant.text(in: language), merchant: Self.merchant(of: checkout),
            amount: checkout.amount.formatted(language), referenceLabel: S.reference.text(in: language),
            reference: checkout.reference)
        let base = CheckoutPagePaths.page(checkout.reference)
        payAction = base + "pay"
        otpAction = base + "otp"
        cancelAction = base + "cancel"
        waitURL = base + "wait"
    }

    /// The checkout carries no merchant name; the host of its `success_url` is what the
    /// customer can recognise (`boutique.bf`).
    static func merchant(of checkout: Checkout) -> String? {
        guard let text = checkout.successURL, let host = URL(string: text)?.host, !host.isEmpty else { return nil }
        return host
    }
}

/// Where the page's forms and links point, under the `authorization_url`.
enum CheckoutPagePaths {
    static func page(_ reference: String) -> String {
        "/v1/checkout_payment/payment_page/\(reference)/"
    }
}
