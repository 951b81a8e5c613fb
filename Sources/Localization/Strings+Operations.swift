extension Strings {
    /// The money-moving forms beyond charges (transfer, settlement, checkout) and the pages that
    /// list settlements and checkouts.
    public enum Operations {
        public static let transferTitle = LocalizedText(
            en: "Send money (transfer)", fr: "Envoyer de l'argent (transfert)")
        public static let settlementTitle = LocalizedText(
            en: "Settle to my account (settlement)", fr: "Reverser vers mon compte (reversement)")
        public static let checkoutTitle = LocalizedText(
            en: "Payment link (checkout)", fr: "Lien de paiement (checkout)")

        public static let amountLabel = LocalizedText(en: "Amount", fr: "Montant")
        public static let recipientLabel = LocalizedText(en: "Recipient's phone", fr: "Tél. du bénéficiaire")
        public static let walletLabel = LocalizedText(en: "Wallet", fr: "Portefeuille")
        public static let emailLabel = LocalizedText(en: "Customer's e-mail", fr: "E-mail du client")
        public static let successURLLabel = LocalizedText(en: "Success URL", fr: "URL de succès")
        public static let cancelURLLabel = LocalizedText(en: "Cancel URL", fr: "URL d'annulation")
        public static let optional = LocalizedText(en: "(optional)", fr: "(facultatif)")
        public static let walletKeys = LocalizedText(
            en: "o Orange · m Moov · s Sank (or ← →)", fr: "o Orange · m Moov · s Sank (ou ← →)")
        public static let noSpaces = LocalizedText(en: "No spaces.", fr: "Sans espaces.")
        public static let minimumTransfer = LocalizedText(en: "at least 100 F CFA", fr: "au moins 100 F CFA")
        public static let editHint = LocalizedText(
            en: "Enter: next · ↑ ↓: field · Esc: close", fr: "Entrée : suivant · ↑ ↓ : champ · Échap : fermer")

        public static let reviewTitle = LocalizedText(en: "Check before sending", fr: "Vérifiez avant d'envoyer")
        public static let availableIn = LocalizedText(
            en: "Available in {wallet}: {amount}", fr: "Disponible sur {wallet} : {amount}")
        public static let estimatedFees = LocalizedText(
            en: "Fees (about {rate}): {fee}", fr: "Frais (environ {rate}) : {fee}")
        public static let totalDebit = LocalizedText(
            en: "Taken from the wallet: {total}", fr: "Débité du portefeuille : {total}")
        public static let insufficient = LocalizedText(
            en: "Not enough in {wallet}: {total} needed, {available} available. Nothing is sent.",
            fr: "Solde {wallet} insuffisant : {total} nécessaires, {available} disponibles. Rien n'est envoyé.")
        public static let balanceUnknown = LocalizedText(
            en: "The wallet's balance is not loaded yet: Senfenico will check it.",
            fr: "Le solde du portefeuille n'est pas encore chargé : Senfenico le vérifiera.")
        public static let collectionAvailable = LocalizedText(
            en: "Collected and available: {amount}", fr: "Encaissé et disponible : {amount}")
        public static let settlementFeesNote = LocalizedText(
            en: "Senfenico pays it to the account set up in your dashboard.",
            fr: "Senfenico le verse sur le compte configuré dans votre tableau de bord.")
        public static let reviewHint = LocalizedText(
            en: "Enter: send · Esc: change", fr: "Entrée : envoyer · Échap : modifier")
        public static let liveConfirm = LocalizedText(
            en: "LIVE — real money. Type the amount ({amount}) to confirm:",
            fr: "LIVE — argent réel. Tapez le montant ({amount}) pour confirmer :")
        public static let liveMismatch = LocalizedText(
            en: "The amount typed does not match: nothing is sent.",
            fr: "Le montant tapé ne correspond pas : rien n'est envoyé.")

        public static let transferSent = LocalizedText(en: "Transfer sent", fr: "Transfert envoyé")
        public static let transferEarlier = LocalizedText(
            en: "The earlier attempt had gone through: this is that transfer, nothing was paid twice.",
            fr: "L'essai précédent était passé : voici ce transfert, rien n'a été payé deux fois.")
        public static let settlementCreated = LocalizedText(en: "Settlement requested", fr: "Reversement demandé")
        public static let checkoutCreated = LocalizedText(en: "Payment link ready", fr: "Lien de paiement prêt")
        public static let scanHint = LocalizedText(
            en: "Customer: scan the code with your phone, or open the link.",
            fr: "Client : scannez le code avec votre téléphone, ou ouvrez le lien.")
        public static let qrTooSmall = LocalizedText(
            en: "Enlarge the terminal to {width}x{height} to show the QR code.",
            fr: "Agrandissez le terminal à {width}x{height} pour afficher le QR code.")
        public static let refused = LocalizedText(
            en: "Refused by Senfenico — nothing moved:", fr: "Refusé par Senfenico — rien n'a bougé :")
        public static let notSent = LocalizedText(en: "Not sent — nothing moved:", fr: "Non envoyé — rien n'a bougé :")
        public static let unknownTransfer = LocalizedText(
            en: "The answer was lost: the transfer may have been made. It is NOT sent again by itself. "
                + "Press r to send it again with the same ext_id: Senfenico refuses a duplicate, so it is never paid twice.",
            fr: "La réponse s'est perdue : le transfert a peut-être été fait. Il n'est PAS renvoyé tout seul. "
                + "Appuyez sur r pour le renvoyer avec le même ext_id : Senfenico refuse un doublon, il n'est jamais payé deux fois."
        )
        public static let unknownOther = LocalizedText(
            en: "The answer was lost: nobody knows yet whether it was made. It is NOT sent again; check the list.",
            fr:
                "La réponse s'est perdue : on ne sait pas encore si c'est fait. Ce n'est PAS renvoyé ; vérifiez la liste."
        )
        public static let resultHint = LocalizedText(en: "Enter or Esc: close", fr: "Entrée ou Échap : fermer")
        public static let unknownHint = LocalizedText(
            en: "r: send again safely (same ext_id) · Esc: close (the journal keeps it)",
            fr: "r : renvoyer sans risque (même ext_id) · Échap : fermer (le journal le garde)")
        public static let transfersToCheck = LocalizedText(
            en: "{count} transfer(s) with a lost answer (a, F8)", fr: "{count} transfert(s) à vérifier (a, F8)")
        public static let unfinishedAtStart = LocalizedText(
            en: "left unfinished when the terminal stopped; not found in the transfers list",
            fr: "laissé inachevé à l'arrêt du terminal ; absent de la liste des transferts")
        public static let journalRefused = LocalizedText(
            en: "The journal could not record the transfer, so it was not sent: {reason}",
            fr: "Le journal n'a pas pu enregistrer le transfert, il n'a donc pas été envoyé : {reason}")

        public static let bulkTitle = LocalizedText(
            en: "Bulk transfers from a CSV file", fr: "Transferts groupés depuis un fichier CSV")
        public static let bulkFileFormat = LocalizedText(
            en:
                "One transfer per line: amount,recipient_phone[,recipient_wallet][,ext_id] (a header line is optional). "
                + "Every row is checked before anything is sent.",
            fr:
                "Un transfert par ligne : amount,recipient_phone[,recipient_wallet][,ext_id] (ligne d'en-tête facultative). "
                + "Chaque ligne est vérifiée avant tout envoi.")
        public static let bulkFileLabel = LocalizedText(en: "CSV file", fr: "Fichier CSV")
        public static let bulkFileHint = LocalizedText(
            en: "Enter: check the file · Esc: close", fr: "Entrée : vérifier le fichier · Échap : fermer")
        public static let bulkPreviewHint = LocalizedText(
            en: "Enter: send the valid rows · ↑ ↓: bad rows · Esc: another file",
            fr: "Entrée : envoyer les lignes valides · ↑ ↓ : lignes en erreur · Échap : autre fichier")
        public static let bulkBackHint = LocalizedText(en: "Esc: another file", fr: "Échap : autre fichier")
        public static let bulkResultsHint = LocalizedText(
            en: "w: save the results as CSV · ↑ ↓: rows · Enter: close",
            fr: "w : enregistrer les résultats en CSV · ↑ ↓ : lignes · Entrée : fermer")
        public static let bulkPacing = LocalizedText(
            en: "Batches of at most 100, at most 5 calls a second. Each batch is sent once, never repeated.",
            fr: "Lots de 100 au plus, 5 appels par seconde au plus. Chaque lot est envoyé une fois, jamais répété.")
        public static let bulkUnknownAdvice = LocalizedText(
            en:
                "Rows marked unknown may have been paid: find their ext_id in the transfers list before sending them again.",
            fr:
                "Les lignes « inconnu » ont peut-être été payées : cherchez leur ext_id dans la liste des transferts avant de les renvoyer."
        )
        public static let settlements = LocalizedText(en: "Settlements", fr: "Reversements")
        public static let checkouts = LocalizedText(
            en: "Payment links (checkouts)", fr: "Liens de paiement (checkouts)")
        public static let columnDestination = LocalizedText(en: "Destination", fr: "Destination")
        public static let columnEmail = LocalizedText(en: "E-mail", fr: "E-mail")
        public static let settlementsHint = LocalizedText(
            en: "n new · x cancel (while processing) · Enter detail · Esc back · ? help",
            fr: "n nouveau · x annuler (en traitement) · Entrée détail · Échap retour · ? aide")
        public static let checkoutsHint = LocalizedText(
            en: "n new link · Enter detail and QR · Esc back · ? help",
            fr: "n nouveau lien · Entrée détail et QR · Échap retour · ? aide")
        public static let cancelOnlyProcessing = LocalizedText(
            en: "Only a settlement still processing can be cancelled; this one is {status}.",
            fr: "Seul un reversement en traitement peut être annulé ; celui-ci est {status}.")
        public static let cancelTitle = LocalizedText(en: "Cancel the settlement?", fr: "Annuler le reversement ?")
        public static let confirmCancel = LocalizedText(
            en: "Cancel settlement {reference} of {amount}? o or y: yes · any other key: no",
            fr: "Annuler le reversement {reference} de {amount} ? o : oui · autre touche : non")
        public static let cancelled = LocalizedText(
            en: "Settlement {reference} cancelled.", fr: "Reversement {reference} annulé.")
        public static let cancelRefused = LocalizedText(en: "Not cancelled: {reason}", fr: "Non annulé : {reason}")
        public static let detailSettlement = LocalizedText(en: "Settlement {reference}", fr: "Reversement {reference}")
        public static let detailCheckout = LocalizedText(
            en: "Payment link {reference}", fr: "Lien de paiement {reference}")
        public static let fieldAccountType = LocalizedText(en: "Account type", fr: "Type de compte")
        public static let fieldSettlementFees = LocalizedText(en: "Settlement fees", fr: "Frais de reversement")
        public static let fieldChargeReference = LocalizedText(en: "Charge", fr: "Paiement")
        public static let fieldLink = LocalizedText(en: "Link", fr: "Lien")
        public static let linkUnknown = LocalizedText(
            en: "The link is only known for links made in this session.",
            fr: "Le lien n'est connu que pour les liens créés pendant cette session.")
        public static let loading = LocalizedText(en: "loading…", fr: "chargement…")
    }
}
