import SenfenicoAPI

/// `display_text` of a new charge: what the customer must do next.
enum OperatorTexts {
    /// Orange Money's sample: the customer dials a USSD code to get the OTP.
    static func orange(amount: Money) -> String {
        "Composez *144*4*6*\(amount.jsonText)# pour obtenir un code OTP, puis entrez-le sur notre plateforme pour finaliser la transaction."
    }

    /// Moov Money's sample; Coris Money also sends its OTP by SMS.
    static let otpBySMS = "Veuillez entrer le code OTP reçu sur votre téléphone pour finaliser la transaction."

    /// Sank Money pays offline. The reference shows no sample, so this USSD code is
    /// invented for the sandbox: the customer "dials" it and the charge completes by itself.
    static func sank(amount: Money) -> String {
        "Composez *525*2*\(amount.jsonText)# sur votre téléphone Sank Money, puis suivez les instructions pour valider le paiement."
    }

    static func displayText(provider: Provider, amount: Money) -> String {
        switch provider {
        case .orange: orange(amount: amount)
        case .sank: sank(amount: amount)
        default: otpBySMS
        }
    }

    /// Whether the provider's charges complete on the phone (`pay_offline`) rather than by OTP.
    static func paysOffline(_ provider: Provider) -> Bool {
        provider == .sank
    }
}
