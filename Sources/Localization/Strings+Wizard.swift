extension Strings {
    /// The charge wizard a cashier walks through at the counter.
    public enum Wizard {
        public static let title = LocalizedText(en: "Take a payment", fr: "Encaisser un paiement")
        public static let stepAmount = LocalizedText(en: "Amount", fr: "Montant")
        public static let stepPhone = LocalizedText(en: "Phone", fr: "Téléphone")
        public static let stepProvider = LocalizedText(en: "Operator", fr: "Opérateur")
        public static let stepReview = LocalizedText(en: "Review", fr: "Vérifier")

        public static let amountLabel = LocalizedText(en: "Amount", fr: "Montant")
        public static let phoneLabel = LocalizedText(en: "Customer's phone", fr: "Téléphone du client")
        public static let providerLabel = LocalizedText(en: "Operator", fr: "Opérateur")
        public static let otpLabel = LocalizedText(en: "Customer's code (OTP)", fr: "Code du client (OTP)")
        public static let feesLabel = LocalizedText(en: "Fees", fr: "Frais")
        public static let referenceLabel = LocalizedText(en: "Reference", fr: "Référence")
        public static let timeLabel = LocalizedText(en: "Time", fr: "Heure")
        public static let suggested = LocalizedText(en: "(from the number)", fr: "(d'après le numéro)")

        public static let digitsOnly = LocalizedText(en: "Digits only.", fr: "Chiffres uniquement.")
        public static let phoneCharacters = LocalizedText(
            en: "Digits only (+, spaces and dots are accepted).",
            fr: "Chiffres uniquement (+, espaces et points acceptés).")
        /// A pasted value with a character that is not a digit: nothing of it is kept.
        public static func pasteRefused(_ rule: LocalizedText) -> LocalizedText {
            LocalizedText(
                en: "Paste refused: it holds characters that are not digits. \(rule.english)",
                fr: "Collage refusé : il contient autre chose que des chiffres. \(rule.french)")
        }
        /// A digit more than the field holds.
        public static func fieldFull(_ digits: Int) -> LocalizedText {
            LocalizedText(
                en: "This field holds at most \(digits) digits.", fr: "Ce champ prend au plus \(digits) chiffres.")
        }
        public static let similarWarning = LocalizedText(
            en: "This phone already paid this amount at {time}. Charging it again may debit the customer twice.",
            fr: "Ce numéro a déjà payé ce montant à {time}. Encaisser encore peut débiter le client deux fois.")
        public static let sending = LocalizedText(
            en: "Contacting Senfenico — do not close", fr: "Contact de Senfenico — ne fermez pas")
        public static let otpWithoutText = LocalizedText(
            en: "The customer gets the code from their operator (USSD menu or SMS) and reads it to you.",
            fr: "Le client obtient le code auprès de son opérateur (menu USSD ou SMS) et vous le lit.")
        // What the cashier asks the customer at the OTP and pay_offline steps.
        public static let askDialForCode = LocalizedText(
            en: "Ask the customer to dial {code}, then to give you the code they receive.",
            fr: "Demandez au client de composer {code} puis de vous donner le code reçu.")
        public static let askForCode = LocalizedText(
            en: "Ask the customer for the code their operator sends them.",
            fr: "Demandez au client le code que son opérateur lui envoie.")
        public static let askDialToConfirm = LocalizedText(
            en: "Ask the customer to dial {code} and to confirm the payment on their phone.",
            fr: "Demandez au client de composer {code} et de confirmer le paiement sur son téléphone.")
        public static let askToConfirm = LocalizedText(
            en: "Ask the customer to confirm the payment on their phone, as their operator asks.",
            fr: "Demandez au client de confirmer le paiement sur son téléphone, comme son opérateur l'indique.")
        public static let netLabel = LocalizedText(en: "Net received", fr: "Net reçu")
        public static let checkingCode = LocalizedText(en: "Checking the code", fr: "Vérification du code")
        public static let waitingPhone = LocalizedText(
            en: "Waiting for the customer to confirm on the phone", fr: "En attente de la confirmation sur le téléphone"
        )
        public static let waitingTimes = LocalizedText(
            en: "waiting for {elapsed} — next check in {next} s", fr: "attente {elapsed} — vérification dans {next} s")
        public static let outcomeUnknown = LocalizedText(
            en: "The answer was lost: nobody knows yet whether the charge was made. It is NOT sent again; "
                + "the terminal looks for it.",
            fr: "La réponse s'est perdue : on ne sait pas encore si le paiement a été créé. Il n'est PAS renvoyé ; "
                + "le terminal le recherche.")
        public static let searching = LocalizedText(en: "Looking for the charge", fr: "Recherche du paiement")
        public static let searchAgain = LocalizedText(en: "r: look again", fr: "r : chercher encore")
        public static let reconcileFailed = LocalizedText(
            en: "Could not reach Senfenico to look for it; press r to try again.",
            fr: "Senfenico injoignable pour la recherche ; appuyez sur r pour réessayer.")
        public static let oneFound = LocalizedText(en: "Charge found.", fr: "Paiement retrouvé.")
        public static let severalFound = LocalizedText(
            en: "{count} matching charges found; following the newest.",
            fr: "{count} paiements correspondants trouvés ; le plus récent est suivi.")
        public static let nothingFound = LocalizedText(
            en: "No charge was found for this payment: nothing was taken. You may start it again.",
            fr: "Aucun paiement trouvé : rien n'a été débité. Vous pouvez recommencer.")
        public static let otpInvalid = LocalizedText(
            en: "Invalid code (attempt {attempts}). Ask the customer and type it again.",
            fr: "Code incorrect (essai {attempts}). Redemandez-le au client et retapez-le.")
        public static let otpExpired = LocalizedText(
            en: "The code has expired. Enter starts a new charge of the same amount to the same phone.",
            fr: "Le code a expiré. Entrée relance un paiement du même montant au même numéro.")
        public static let notSent = LocalizedText(
            en: "Senfenico could not be reached; the code was not sent. Press Enter to send it again.",
            fr: "Senfenico injoignable ; le code n'a pas été envoyé. Appuyez sur Entrée pour le renvoyer.")
        public static let notRecorded = LocalizedText(
            en: "The payment could not be recorded on this terminal ({reason}); it was not sent.",
            fr: "Le paiement n'a pas pu être noté sur ce terminal ({reason}) ; il n'a pas été envoyé.")
        public static let declined = LocalizedText(
            en: "The operator declined the payment.", fr: "L'opérateur a refusé le paiement.")
        public static let succeeded = LocalizedText(en: "PAYMENT SUCCESSFUL", fr: "PAIEMENT RÉUSSI")
        public static let failed = LocalizedText(en: "PAYMENT FAILED", fr: "PAIEMENT ÉCHOUÉ")

        public static let hintAmount = LocalizedText(
            en: "Type the amount · Enter next · Esc close · F10 quit",
            fr: "Tapez le montant · Entrée suivant · Échap fermer · F10 quitter")
        public static let hintAmountCounter = LocalizedText(
            en: "Type the amount · Enter next · Ctrl-U or Esc clear · F1 help · F10 quit",
            fr: "Tapez le montant · Entrée suivant · Ctrl-U ou Échap effacer · F1 aide · F10 quitter")
        public static let hintPhone = LocalizedText(
            en: "Type the phone · Enter next · Esc back", fr: "Tapez le numéro · Entrée suivant · Échap retour")
        public static let hintProvider = LocalizedText(
            en: "↑↓ or o m c s to choose · Enter confirm · Esc back",
            fr: "↑↓ ou o m c s pour choisir · Entrée valider · Échap retour")
        public static let hintReview = LocalizedText(
            en: "Enter CHARGE · Esc change", fr: "Entrée ENCAISSER · Échap modifier")
        public static let hintReviewSimilar = LocalizedText(
            en: "y charge anyway · Esc change", fr: "o encaisser quand même · Échap modifier")
        public static let hintWait = LocalizedText(
            en: "Please wait for the answer", fr: "Patientez jusqu'à la réponse")
        public static let hintOTP = LocalizedText(
            en: "Type the code · Enter send · Esc later (the payment stays listed)",
            fr: "Tapez le code · Entrée envoyer · Échap plus tard (le paiement reste suivi)")
        public static let hintOTPResumed = LocalizedText(
            en: "Type the code · Enter send · m mark settled · Esc later",
            fr: "Tapez le code · Entrée envoyer · m marquer réglé · Échap plus tard")
        public static let hintWaiting = LocalizedText(
            en: "r check now · Esc stop waiting (the payment stays listed)",
            fr: "r vérifier · Échap arrêter d'attendre (le paiement reste suivi)")
        public static let hintWaitingResumed = LocalizedText(
            en: "r check now · m mark settled · Esc stop waiting",
            fr: "r vérifier · m marquer réglé · Échap arrêter d'attendre")
        public static let hintExpired = LocalizedText(
            en: "Enter new charge · Esc close", fr: "Entrée nouveau paiement · Échap fermer")
        public static let hintDone = LocalizedText(
            en: "Enter next payment · Esc close", fr: "Entrée paiement suivant · Échap fermer")
        public static let hintExpiredCounter = LocalizedText(
            en: "Enter new charge · Esc another payment", fr: "Entrée nouveau paiement · Échap autre paiement")
        public static let hintDoneCounter = LocalizedText(
            en: "Enter or Esc next payment · F10 quit", fr: "Entrée ou Échap paiement suivant · F10 quitter")

        public static let attention = LocalizedText(
            en: "{count} payment(s) need attention (a, F8)", fr: "{count} paiement(s) à vérifier (a, F8)")
        // Reconciling by phone and amount, and marking settled.
        public static let candidateFound = LocalizedText(
            en: "A charge with this phone and amount was found, made at {time}, status {status} ({reference}). "
                + "It may be another till's. Is it this customer's payment?",
            fr: "Un paiement de ce numéro et de ce montant a été trouvé, créé à {time}, statut {status} ({reference}). "
                + "Il peut venir d'une autre caisse. Est-ce le paiement de ce client ?")
        public static let hintCandidate = LocalizedText(
            en: "y yes, it is · n no, next · Esc decide later",
            fr: "o oui, c'est lui · n non, suivant · Échap décider plus tard")
        public static let onlyClaimed = LocalizedText(
            en: "Charges with this phone and amount exist, but each is another payment's in the journal. "
                + "This one was not found: check with the customer, then m to mark it settled.",
            fr: "Des paiements de ce numéro et de ce montant existent, mais chacun appartient à un autre paiement "
                + "du journal. Celui-ci n'a pas été trouvé : vérifiez avec le client, puis m pour le régler.")
        public static let notConfirmed = LocalizedText(
            en: "Not recorded: the payment still needs a person (a or F8).",
            fr: "Rien d'enregistré : le paiement reste à vérifier (a ou F8).")
        public static let settleQuestion = LocalizedText(
            en: "Mark this payment settled by hand? Type a short reason (what you checked), then Enter.",
            fr: "Régler ce paiement à la main ? Tapez une courte raison (ce que vous avez vérifié), puis Entrée.")
        public static let settleReasonLabel = LocalizedText(en: "Reason", fr: "Raison")
        public static let settleReasonNeeded = LocalizedText(
            en: "A reason is needed.", fr: "Une raison est nécessaire.")
        public static let hintSettle = LocalizedText(
            en: "Type the reason · Enter confirm · Esc cancel",
            fr: "Tapez la raison · Entrée confirmer · Échap annuler")
        public static let exported = LocalizedText(en: "Day exported to {path}", fr: "Journée exportée dans {path}")
        public static let exportFailed = LocalizedText(
            en: "Export failed: {reason}", fr: "Échec de l'export : {reason}")
    }
}
