extension Strings {
    /// The local journal of the charges started at this terminal: `senfenico journal`, the
    /// end-of-day export and the journal's errors.
    public enum Journal {
        /// Where a charge stands, as the cashier reads it.
        public enum Stage {
            public static let sending = LocalizedText(en: "sending", fr: "envoi en cours")
            public static let awaitingOTP = LocalizedText(en: "awaiting OTP", fr: "attente du code OTP")
            public static let submittingOTP = LocalizedText(en: "submitting OTP", fr: "envoi du code OTP")
            public static let awaitingOffline = LocalizedText(
                en: "awaiting payment on phone", fr: "attente du paiement sur mobile")
            public static let succeeded = LocalizedText(en: "succeeded", fr: "réussi")
            public static let failed = LocalizedText(en: "failed", fr: "échoué")
            public static let outcomeUnknown = LocalizedText(en: "outcome unknown", fr: "résultat inconnu")
            public static let resolvedByCashier = LocalizedText(en: "resolved at the till", fr: "résolu à la caisse")
        }

        public static let columnStage = LocalizedText(en: "Stage", fr: "Étape")
        public static let columnID = LocalizedText(en: "ID", fr: "ID")
        public static let columnAccount = LocalizedText(en: "Account", fr: "Compte")

        public static let emptyDay = LocalizedText(
            en: "No charge started at this terminal on {date}.",
            fr: "Aucun paiement lancé depuis ce terminal le {date}.")
        public static let noneUnfinished = LocalizedText(
            en: "No payment needs attention.", fr: "Aucun paiement à vérifier.")

        /// Each count has a singular and a plural form; French takes the singular for 0 too.
        public static let attentionOne = LocalizedText(
            en: "{count} payment needs attention", fr: "{count} paiement à vérifier")
        public static let attentionMany = LocalizedText(
            en: "{count} payments need attention", fr: "{count} paiements à vérifier")

        /// The end-of-day line: "12 charges, 45 000 F CFA collected".
        public static let chargeCountOne = LocalizedText(en: "{count} charge", fr: "{count} paiement")
        public static let chargeCountMany = LocalizedText(en: "{count} charges", fr: "{count} paiements")
        public static let summary = LocalizedText(
            en: "{charges}, {collected} collected", fr: "{charges}, {collected} encaissés")
        public static let summaryWithAttention = LocalizedText(
            en: "{charges}, {collected} collected; {attention}",
            fr: "{charges}, {collected} encaissés ; {attention}")

        public static let resolved = LocalizedText(
            en: "Payment {id} marked resolved.", fr: "Paiement {id} marqué comme résolu.")

        public static let cannotOpen = LocalizedText(
            en: "Cannot open the payment journal {file} ({detail}).",
            fr: "Impossible d'ouvrir le journal des paiements {file} ({detail}).")
        public static let newerVersion = LocalizedText(
            en: "The payment journal {file} was written by a newer version of senfenico; update senfenico to use it.",
            fr:
                "Le journal des paiements {file} a été écrit par une version plus récente de senfenico ; mettez senfenico à jour pour l'utiliser."
        )
        public static let notFound = LocalizedText(
            en: "No payment {id} in the journal.", fr: "Aucun paiement {id} dans le journal.")
        public static let alreadyFinished = LocalizedText(
            en: "Payment {id} is already settled ({stage}): there is nothing to resolve.",
            fr: "Le paiement {id} est déjà réglé ({stage}) : il n'y a rien à résoudre.")
        public static let cannotWrite = LocalizedText(
            en: "Cannot write {file} ({detail}).", fr: "Impossible d'écrire {file} ({detail}).")
        public static let invalidDate = LocalizedText(
            en: "--date must be a day written YYYY-MM-DD (found: {found}).",
            fr: "--date doit être un jour au format AAAA-MM-JJ (trouvé : {found}).")
        public static let emptyNote = LocalizedText(
            en: "--note must say why the payment is resolved.",
            fr: "--note doit dire pourquoi le paiement est résolu.")
    }
}
