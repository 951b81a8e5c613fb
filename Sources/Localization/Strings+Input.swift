extension Strings {
    /// Input refused before anything is sent: control characters in a flag, a form field or a
    /// CSV cell, and bulk files too large to be read safely.
    public enum Input {
        /// `{character}` is the character's code, `U+000A`: it cannot be shown as itself.
        public static let controlCharacter = LocalizedText(
            en: "control character {character} refused",
            fr: "caractère de contrôle {character} refusé")
        public static let cellControlCharacter = LocalizedText(
            en: "column {column}: control character refused ({character})",
            fr: "colonne {column} : caractère de contrôle refusé ({character})")
        public static let flagControlCharacter = LocalizedText(
            en: "{flag}: control character refused ({character}); nothing was sent.",
            fr: "{flag} : caractère de contrôle refusé ({character}) ; rien n'a été envoyé.")

        // MARK: Bulk files

        public static let fileTooManyRows = LocalizedText(
            en: "The file has more than {limit} rows; split it.",
            fr: "Le fichier a plus de {limit} lignes ; découpez-le.")
        public static let fileTooLarge = LocalizedText(
            en: "The file is larger than {limit} MB; split it.",
            fr: "Le fichier dépasse {limit} Mo ; découpez-le.")
        public static let fileUnreadable = LocalizedText(
            en: "The file could not be read to the end.",
            fr: "Le fichier n'a pas pu être lu jusqu'au bout.")
        public static let fileMissing = LocalizedText(en: "no such file", fr: "fichier introuvable")
        public static let fileIsFolder = LocalizedText(
            en: "a folder, not a file", fr: "c'est un dossier, pas un fichier")
        public static let fileNotReadable = LocalizedText(
            en: "not readable (check its permissions)", fr: "illisible (vérifiez ses droits)")
    }

    /// Real money from the command line: with a `sk_live_` key, the amount is typed on the
    /// terminal (the dashboard's `Operations.liveConfirm` question) or given with `--confirm-live`.
    public enum LiveConfirmation {
        public static let needsFlag = LocalizedText(
            en:
                "LIVE mode (real money) and no terminal to ask on: add --confirm-live {amount} (the amount to send; for a bulk file, its total). Nothing was sent.",
            fr:
                "Mode LIVE (argent réel) et aucun terminal pour demander : ajoutez --confirm-live {amount} (le montant à envoyer ; pour un fichier groupé, son total). Rien n'a été envoyé."
        )
        public static let flagMismatch = LocalizedText(
            en: "--confirm-live {given} does not match the amount to send ({amount}). Nothing was sent.",
            fr: "--confirm-live {given} ne correspond pas au montant à envoyer ({amount}). Rien n'a été envoyé.")
    }
}
