extension Strings {
    /// The sandbox's hosted payment page (a checkout's `authorization_url`): what the customer
    /// reads in the browser while paying. French first: the customers are in Burkina Faso.
    public enum CheckoutPage {
        public static let title = LocalizedText(en: "Senfenico payment", fr: "Paiement Senfenico")
        public static let testBanner = LocalizedText(
            en: "TEST MODE — Senfenico sandbox: no real money is debited.",
            fr: "MODE TEST — bac à sable Senfenico : aucune somme réelle n'est débitée.")
        public static let merchant = LocalizedText(en: "Merchant:", fr: "Marchand :")
        public static let reference = LocalizedText(en: "Reference:", fr: "Référence :")

        public static let stepChoose = LocalizedText(en: "Step 1 of 2", fr: "Étape 1 sur 2")
        public static let stepConfirm = LocalizedText(en: "Step 2 of 2", fr: "Étape 2 sur 2")

        public static let chooseHeading = LocalizedText(
            en: "How do you want to pay?", fr: "Comment voulez-vous payer ?")
        public static let operatorLegend = LocalizedText(en: "Mobile money operator", fr: "Opérateur mobile money")
        public static let operatorMissing = LocalizedText(en: "Choose an operator.", fr: "Choisissez un opérateur.")
        public static let phoneLabel = LocalizedText(en: "Phone number", fr: "Numéro de téléphone")
        public static let phoneHint = LocalizedText(
            en: "The number of the mobile money account that pays (8 digits, e.g. 76 00 00 00).",
            fr: "Le numéro du compte mobile money qui paie (8 chiffres, par exemple 76 00 00 00).")
        public static let payButton = LocalizedText(en: "Pay {amount}", fr: "Payer {amount}")
        public static let cancelButton = LocalizedText(
            en: "Cancel and return to the merchant", fr: "Annuler et revenir chez le marchand")

        public static let confirmHeading = LocalizedText(en: "Confirm the payment", fr: "Confirmez le paiement")
        public static let payingWith = LocalizedText(en: "{operator}, number {phone}", fr: "{operator}, numéro {phone}")
        public static let instructions = LocalizedText(
            en: "Instructions from your operator", fr: "Instructions de votre opérateur")
        public static let otpLabel = LocalizedText(en: "Confirmation code (OTP)", fr: "Code de confirmation (OTP)")
        public static let otpHint = LocalizedText(
            en: "Sandbox: the test code is 123456.", fr: "Bac à sable : le code de test est 123456.")
        public static let confirmButton = LocalizedText(en: "Confirm the payment", fr: "Valider le paiement")

        public static let waitingHeading = LocalizedText(
            en: "Waiting for your confirmation on the phone", fr: "En attente de votre confirmation sur le téléphone")
        public static let waitingText = LocalizedText(
            en: "Follow the instructions on your phone. This page updates by itself every few seconds.",
            fr: "Suivez les instructions sur votre téléphone. Cette page se met à jour toute seule.")
        public static let refreshLink = LocalizedText(en: "Check now", fr: "Vérifier maintenant")

        public static let paidHeading = LocalizedText(en: "Payment received", fr: "Paiement effectué")
        public static let paidText = LocalizedText(
            en: "This payment has already been made. Thank you.", fr: "Ce paiement a déjà été effectué. Merci.")
        public static let cancelledHeading = LocalizedText(en: "Payment cancelled", fr: "Paiement annulé")
        public static let cancelledText = LocalizedText(
            en: "This payment was cancelled: nothing was debited.",
            fr: "Ce paiement a été annulé : aucune somme n'a été débitée.")
        public static let failedHeading = LocalizedText(en: "Payment failed", fr: "Paiement échoué")
        public static let failedText = LocalizedText(
            en: "The payment did not go through: nothing was debited.",
            fr: "Le paiement n'a pas abouti : aucune somme n'a été débitée.")
        public static let expiredHeading = LocalizedText(en: "Payment expired", fr: "Paiement expiré")
        public static let expiredText = LocalizedText(
            en: "The confirmation code expired before the payment was confirmed: nothing was debited.",
            fr: "Le code de confirmation a expiré avant la validation du paiement : aucune somme n'a été débitée.")
        public static let reason = LocalizedText(en: "Reason: {reason}", fr: "Motif : {reason}")
        public static let returnLink = LocalizedText(
            en: "Return to the merchant's site", fr: "Retour au site du marchand")

        public static let notFoundHeading = LocalizedText(en: "Payment not found", fr: "Paiement introuvable")
        public static let notFoundText = LocalizedText(
            en: "This payment link does not exist. Check the link the merchant gave you.",
            fr: "Ce lien de paiement n'existe pas. Vérifiez le lien donné par le marchand.")
    }
}
