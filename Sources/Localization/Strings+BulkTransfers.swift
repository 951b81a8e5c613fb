extension Strings {
    /// Bulk transfers from a CSV file: why a row cannot be sent, what became of each row, and the
    /// preview and progress lines of `senfenico transfers bulk`.
    public enum Bulk {
        // MARK: The file

        public static let fileEmpty = LocalizedText(
            en: "The file has no rows.",
            fr: "Le fichier ne contient aucune ligne.")
        public static let fileNotText = LocalizedText(
            en: "The file is not UTF-8 text.",
            fr: "Le fichier n'est pas du texte UTF-8.")
        public static let headerMissingColumns = LocalizedText(
            en: "The header row names no {columns} column.",
            fr: "La ligne d'en-tête ne nomme aucune colonne {columns}.")
        public static let cannotRead = LocalizedText(
            en: "Cannot read {path}: {detail}",
            fr: "Impossible de lire {path} : {detail}")
        public static let cannotWrite = LocalizedText(
            en: "Cannot write {path}: {detail}",
            fr: "Impossible d'écrire {path} : {detail}")

        // MARK: A row

        public static let rowTooFewFields = LocalizedText(
            en: "{found} field(s): a row needs at least amount and recipient_phone.",
            fr: "{found} champ(s) : une ligne demande au moins amount et recipient_phone.")
        public static let rowTooManyFields = LocalizedText(
            en: "{found} fields: at most 4 (amount, recipient_phone, recipient_wallet, ext_id).",
            fr: "{found} champs : 4 au plus (amount, recipient_phone, recipient_wallet, ext_id).")
        public static let rowAmount = LocalizedText(en: "amount: {reason}", fr: "montant : {reason}")
        public static let rowPhone = LocalizedText(en: "recipient_phone: {reason}", fr: "recipient_phone : {reason}")
        public static let rowWallet = LocalizedText(
            en: "recipient_wallet: \"{found}\" is not a transfer wallet (orange_bf, moov_bf or sank_bf).",
            fr: "recipient_wallet : « {found} » n'est pas un portefeuille de transfert (orange_bf, moov_bf ou sank_bf)."
        )
        public static let rowExtID = LocalizedText(en: "ext_id: {reason}", fr: "ext_id : {reason}")
        public static let rowExtIDDuplicate = LocalizedText(
            en: "ext_id: \"{extID}\" is already used on line {line}.",
            fr: "ext_id : « {extID} » est déjà utilisé ligne {line}.")

        // MARK: What became of a row

        public static let answerMatchesNoRow = LocalizedText(
            en: "the answer lists a refused transfer that matches no row of the batch; check the transfers list",
            fr:
                "la réponse cite un transfert refusé qui ne correspond à aucune ligne du lot ; vérifiez la liste des transferts"
        )
        public static let countMismatch = LocalizedText(
            en: "the answer says {queued} queued, {expected} were expected; check the transfers list",
            fr: "la réponse annonce {queued} en file, {expected} étaient attendus ; vérifiez la liste des transferts")
        public static let stoppedAfterBatch = LocalizedText(
            en: "not sent: batch {batch} failed first",
            fr: "non envoyé : le lot {batch} a échoué avant")
        public static let cancelled = LocalizedText(en: "not sent: stopped", fr: "non envoyé : arrêt demandé")
        /// The journal could not record a batch's rows, so the batch (and the rest) was not sent.
        public static let notJournaled = LocalizedText(
            en: "not sent: the journal could not record the batch ({reason})",
            fr: "non envoyé : le journal n'a pas pu enregistrer le lot ({reason})")
        public static let lostAnswer = LocalizedText(
            en:
                "the batch was sent and its answer lost ({cause}); never resent automatically: check the transfers list by ext_id",
            fr:
                "le lot a été envoyé et sa réponse perdue ({cause}) ; jamais renvoyé automatiquement : vérifiez la liste des transferts par ext_id"
        )

        public static let noReason = LocalizedText(
            en: "refused without a reason", fr: "refusé sans motif")

        public static let resultQueued = LocalizedText(en: "queued", fr: "en file")
        public static let resultRefused = LocalizedText(en: "refused", fr: "refusé")
        public static let resultUnknown = LocalizedText(en: "unknown", fr: "inconnu")
        public static let resultNotSent = LocalizedText(en: "not sent", fr: "non envoyé")
        public static let resultInvalid = LocalizedText(en: "invalid", fr: "invalide")

        // MARK: The command

        public static let previewTitle = LocalizedText(
            en: "{file}: {rows} row(s) read, {valid} valid, {invalid} with errors.",
            fr: "{file} : {rows} ligne(s) lue(s), {valid} valide(s), {invalid} en erreur.")
        public static let previewTotal = LocalizedText(
            en: "To send: {count} transfer(s), {total} in {batches} batch(es) of at most {size}.",
            fr: "À envoyer : {count} transfert(s), {total} en {batches} lot(s) de {size} au plus.")
        public static let previewWallet = LocalizedText(
            en: "  {wallet}: {count} transfer(s), {total} (available: {available})",
            fr: "  {wallet} : {count} transfert(s), {total} (disponible : {available})")
        public static let previewWalletNoBalance = LocalizedText(
            en: "  {wallet}: {count} transfer(s), {total}",
            fr: "  {wallet} : {count} transfert(s), {total}")
        public static let previewGeneratedIDs = LocalizedText(
            en:
                "{count} row(s) without ext_id got a generated one; save the results (--results) to re-run them safely.",
            fr:
                "{count} ligne(s) sans ext_id en ont reçu un généré ; enregistrez les résultats (--results) pour les relancer sans risque."
        )
        public static let previewBadRows = LocalizedText(
            en: "Rows with errors (not sent):", fr: "Lignes en erreur (non envoyées) :")
        public static let previewBadRow = LocalizedText(
            en: "  line {line}: {reasons}", fr: "  ligne {line} : {reasons}")
        public static let nothingToSend = LocalizedText(
            en: "No valid row: nothing to send.", fr: "Aucune ligne valide : rien à envoyer.")
        public static let dryRun = LocalizedText(
            en: "Dry run: nothing sent.", fr: "Essai à blanc : rien n'a été envoyé.")
        public static let confirm = LocalizedText(
            en: "Send {count} transfer(s) for {total}{mode}? [y/N] ",
            fr: "Envoyer {count} transfert(s) pour {total}{mode} ? [o/N] ")
        public static let confirmLive = LocalizedText(
            en: " in LIVE mode (real money)", fr: " en mode LIVE (argent réel)")
        public static let declined = LocalizedText(en: "Nothing sent.", fr: "Rien n'a été envoyé.")
        public static let needsYes = LocalizedText(
            en:
                "Standard input is not a terminal: add --yes to send without a question (or --dry-run to check the file).",
            fr:
                "L'entrée standard n'est pas un terminal : ajoutez --yes pour envoyer sans question (ou --dry-run pour vérifier le fichier)."
        )
        public static let progress = LocalizedText(
            en: "{sent}/{total} rows sent, batch {batch}/{batches}",
            fr: "{sent}/{total} lignes envoyées, lot {batch}/{batches}")
        public static let summary = LocalizedText(
            en:
                "{queued} queued ({amount}), {refused} refused, {unknown} unknown, {notSent} not sent, {invalid} invalid.",
            fr:
                "{queued} en file ({amount}), {refused} refusé(s), {unknown} inconnu(s), {notSent} non envoyé(s), {invalid} invalide(s)."
        )
        public static let unknownAdvice = LocalizedText(
            en:
                "Rows marked unknown may have been paid: look them up by ext_id in `senfenico transfers list` before sending them again.",
            fr:
                "Les lignes « inconnu » ont peut-être été payées : cherchez leur ext_id dans `senfenico transfers list` avant de les renvoyer."
        )
        public static let resultsSaved = LocalizedText(
            en: "Results saved to {path}.", fr: "Résultats enregistrés dans {path}.")
        public static let columnLine = LocalizedText(en: "Line", fr: "Ligne")
        public static let columnResult = LocalizedText(en: "Result", fr: "Résultat")
        public static let columnReason = LocalizedText(en: "Reason", fr: "Motif")
    }
}
