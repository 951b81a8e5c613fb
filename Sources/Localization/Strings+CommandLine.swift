extension Strings {
    /// The scriptable commands (`senfenico balance`, `charges`, `transfers`, `settlements`,
    /// `checkouts`): notes on standard error, labels of their tables.
    public enum CommandLine {
        public static let notJournaled = LocalizedText(
            en: "Not sent: the local journal cannot record it ({reason}).",
            fr: "Non envoyé : le journal local ne peut pas l'enregistrer ({reason}).")
        public static let errorLine = LocalizedText(en: "error: {message}", fr: "erreur : {message}")
        public static let keyFormat = LocalizedText(
            en:
                "Invalid API key: a Senfenico key starts with sk_test_ or sk_live_. Check SENFENICO_API_KEY, the key file or the config file.",
            fr:
                "Clé API invalide : une clé Senfenico commence par sk_test_ ou sk_live_. Vérifiez SENFENICO_API_KEY, le fichier de clé ou le fichier de configuration."
        )
        public static let embeddedSandbox = LocalizedText(
            en:
                "No API key: using a fresh embedded sandbox at {address}, forgotten when this command ends (run `senfenico sandbox` and set SENFENICO_BASE_URL to keep state).",
            fr:
                "Pas de clé API : bac à sable intégré tout neuf sur {address}, oublié à la fin de cette commande (lancez `senfenico sandbox` et définissez SENFENICO_BASE_URL pour garder l'état)."
        )
        public static let noRawAnswer = LocalizedText(
            en: "No answer to {operation} was recorded to print as JSON.",
            fr: "Aucune réponse à {operation} n'a été enregistrée pour l'afficher en JSON.")
        public static let noneYet = LocalizedText(en: "None yet.", fr: "Aucun pour l'instant.")
        public static let shownOf = LocalizedText(
            en: "{shown} of {total} shown (--limit 0 shows all).",
            fr: "{shown} sur {total} affichés (--limit 0 pour tout afficher).")

        public static let extIDGenerated = LocalizedText(
            en: "ext_id {extID}: to retry safely after a lost answer, run again with --ext-id {extID}",
            fr: "ext_id {extID} : pour réessayer sans risque après une réponse perdue, relancez avec --ext-id {extID}")
        public static let chargeOutcomeUnknown = LocalizedText(
            en:
                "This charge may have been created: it was not sent again, and the journal keeps it as needing attention (senfenico journal list). Do not charge the customer again before it is checked.",
            fr:
                "Ce paiement a peut-être été créé : il n'a pas été renvoyé, et le journal le garde comme à vérifier (senfenico journal list). Ne refaites pas payer le client avant de l'avoir vérifié."
        )
        public static let chargeLookupFailed = LocalizedText(
            en: "The account's charges could not be read to look for it; the dashboard will do it (a, F8).",
            fr: "Les paiements du compte n'ont pas pu être lus pour le chercher ; le tableau de bord le fera (a, F8)."
        )
        public static let chargeLookupNone = LocalizedText(
            en: "No charge of this amount for this number yet: nothing seems taken so far, but it can still appear.",
            fr:
                "Aucun paiement de ce montant pour ce numéro pour l'instant : rien ne semble pris, mais il peut encore apparaître."
        )
        public static let chargeLookupClaimed = LocalizedText(
            en: "The charges of this amount for this number all belong to other payments of the journal.",
            fr: "Les paiements de ce montant pour ce numéro appartiennent tous à d'autres paiements du journal."
        )
        public static let chargeLookupCandidate = LocalizedText(
            en:
                "Possibly this one: {reference}, created {time}, {status}. Check it is the customer's before recording it (dashboard, a).",
            fr:
                "Peut-être celui-ci : {reference}, créé le {time}, {status}. Vérifiez que c'est celui du client avant de l'enregistrer (tableau de bord, a)."
        )
        public static let transferOutcomeUnknown = LocalizedText(
            en:
                "The transfer may have been made. Run the same command again with --ext-id {extID}: Senfenico refuses a second transfer with that ext_id, and the first one is then shown.",
            fr:
                "Le transfert a peut-être été fait. Relancez la même commande avec --ext-id {extID} : Senfenico refuse un second transfert avec cet ext_id, et le premier est alors affiché."
        )
        public static let transferAlreadyCreated = LocalizedText(
            en: "A transfer with ext_id {extID} already exists ({reference}): nothing new was sent; here it is.",
            fr:
                "Un transfert avec l'ext_id {extID} existe déjà ({reference}) : rien de nouveau n'a été envoyé ; le voici."
        )
        public static let nextSubmitOTP = LocalizedText(
            en: "When the customer has the code: senfenico charges submit-otp {reference} --otp CODE",
            fr: "Quand le client a le code : senfenico charges submit-otp {reference} --otp CODE")
        public static let nextPayOffline = LocalizedText(
            en: "The customer completes the payment on the phone; follow it with: senfenico charges get {reference}",
            fr: "Le client termine le paiement sur son téléphone ; suivez-le avec : senfenico charges get {reference}")
        public static let nextCheckout = LocalizedText(
            en: "Send the customer to the authorization URL to pay.",
            fr: "Envoyez le client sur l'URL d'autorisation pour payer.")

        public static let columnAccount = LocalizedText(en: "Balance", fr: "Solde")
        public static let columnAvailable = LocalizedText(en: "Available", fr: "Disponible")
        public static let columnPending = LocalizedText(en: "Pending", fr: "En attente")
        public static let fieldCreated = LocalizedText(en: "Created", fr: "Créé le")
        public static let fieldUpdated = LocalizedText(en: "Updated", fr: "Mis à jour le")
        public static let fieldTransactionDate = LocalizedText(en: "Transaction date", fr: "Date de transaction")
        public static let fieldCancelled = LocalizedText(en: "Cancelled", fr: "Annulé le")
        public static let fieldCancellationReason = LocalizedText(en: "Cancellation reason", fr: "Motif d'annulation")
        public static let fieldMode = LocalizedText(en: "Mode", fr: "Mode")
        public static let attempts = LocalizedText(en: "OTP attempts:", fr: "Tentatives OTP :")
        public static let fieldSettlementFees = LocalizedText(en: "Settlement fees", fr: "Frais de règlement")
        public static let fieldAccountType = LocalizedText(en: "Account type", fr: "Type de compte")
        public static let fieldBank = LocalizedText(en: "Bank", fr: "Banque")
        public static let fieldRIB = LocalizedText(en: "RIB", fr: "RIB")
        public static let fieldIBAN = LocalizedText(en: "IBAN", fr: "IBAN")
        public static let fieldEmail = LocalizedText(en: "Email", fr: "E-mail")
        public static let fieldChargeReference = LocalizedText(en: "Charge", fr: "Paiement")
        public static let fieldSuccessURL = LocalizedText(en: "Success URL", fr: "URL de succès")
        public static let fieldCancelURL = LocalizedText(en: "Cancel URL", fr: "URL d'annulation")
        public static let fieldAuthorizationURL = LocalizedText(en: "Authorization URL", fr: "URL d'autorisation")
    }
}
