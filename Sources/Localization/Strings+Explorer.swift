extension Strings {
    /// The developer view (API explorer): the log of every request the client made this
    /// session, each one's bodies, and the same request as a `curl` command.
    public enum Explorer {
        public static let title = LocalizedText(
            en: "Developer view — API requests ({count})", fr: "Vue développeur — requêtes API ({count})")
        public static let titleCapped = LocalizedText(
            en: "Developer view — API requests (last {count} of {total})",
            fr: "Vue développeur — requêtes API ({count} dernières sur {total})")
        public static let empty = LocalizedText(
            en: "No request yet: each one shows here as soon as the dashboard makes it.",
            fr: "Aucune requête pour l'instant : chacune s'affiche ici dès que le tableau de bord la fait.")

        public static let columnTime = LocalizedText(en: "Time", fr: "Heure")
        public static let columnMethod = LocalizedText(en: "Method", fr: "Méthode")
        public static let columnPath = LocalizedText(en: "Path", fr: "Chemin")
        public static let columnStatus = LocalizedText(en: "Status", fr: "Statut")
        public static let columnLatency = LocalizedText(en: "Latency", fr: "Latence")
        public static let columnSize = LocalizedText(en: "Size", fr: "Taille")

        public static let noAnswer = LocalizedText(en: "no answer", fr: "sans réponse")
        public static let summary = LocalizedText(
            en: "status {status} · {latency} ms · attempt {attempt} · {size} · at {time} · #{sequence}",
            fr: "statut {status} · {latency} ms · essai {attempt} · {size} · à {time} · n°{sequence}")
        public static let failureHeading = LocalizedText(en: "Failure:", fr: "Échec :")
        public static let curlHeading = LocalizedText(
            en: "curl (y copies it; the key is read from $SENFENICO_API_KEY)",
            fr: "curl (y le copie ; la clé est lue dans $SENFENICO_API_KEY)")
        public static let responseHeading = LocalizedText(
            en: "Response body (Tab: request body)", fr: "Corps de la réponse (Tab : corps de la requête)")
        public static let requestHeading = LocalizedText(
            en: "Request body (Tab: response body)", fr: "Corps de la requête (Tab : corps de la réponse)")
        public static let truncated = LocalizedText(
            en: "truncated at {kept} KB (of {size}): shown as received",
            fr: "tronqué à {kept} Ko (sur {size}) : affiché tel que reçu")
        public static let notJSON = LocalizedText(
            en: "not valid JSON: shown as received", fr: "JSON non valide : affiché tel que reçu")
        public static let more = LocalizedText(
            en: "… {count} more lines: Enter shows them all", fr: "… {count} lignes de plus : Entrée les affiche toutes"
        )
        public static let noBody = LocalizedText(en: "(no body)", fr: "(aucun corps)")

        public static let listHint = LocalizedText(
            en: "↑↓ jk move  Enter full view  Tab request/response  y copy as curl  r refresh  Esc close",
            fr: "↑↓ jk bouger  Entrée plein écran  Tab requête/réponse  y copier en curl  r actualiser  Échap fermer")
        public static let detailHint = LocalizedText(
            en: "↑↓ PgUp PgDn scroll  Tab request/response  y copy as curl  Esc back to the list",
            fr: "↑↓ PgPréc PgSuiv défiler  Tab requête/réponse  y copier en curl  Échap retour à la liste")

        /// The path comes early: a long one must not be cut off the notice line.
        public static let copied = LocalizedText(
            en: "curl saved to {path} and copied (OSC 52)", fr: "curl enregistré dans {path} et copié (OSC 52)")
        public static let copyNotSaved = LocalizedText(
            en: "curl copied (OSC 52) but not saved: {reason}", fr: "curl copié (OSC 52) mais non enregistré : {reason}"
        )
        public static let nothingToCopy = LocalizedText(
            en: "No request selected: nothing to copy.", fr: "Aucune requête choisie : rien à copier.")

        /// Added to the dashboard's help.
        public static let helpKeys: [(key: String, text: LocalizedText)] = [
            (
                "d F12",
                LocalizedText(
                    en: "developer view: every API request, copyable as curl",
                    fr: "vue développeur : chaque requête API, copiable en curl")
            )
        ]
    }
}
