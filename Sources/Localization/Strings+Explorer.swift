extension Strings {
    /// The developer view (API explorer): the log of every request the client made this
    /// session, each one's bodies, and the same request as a `curl` command.
    public enum Explorer {
        /// The list's title: the view's name, then the counts, the filter, the hidden polls,
        /// joined with " — "; the name is left out when the title is too wide.
        public static let title = LocalizedText(en: "Developer view", fr: "Vue développeur")
        public static let requests = LocalizedText(en: "API requests ({count})", fr: "requêtes API ({count})")
        public static let requestsCapped = LocalizedText(
            en: "API requests (last {count} of {total})", fr: "requêtes API ({count} dernières sur {total})")
        public static let requestsShown = LocalizedText(
            en: "API requests ({shown} of {count})", fr: "requêtes API ({shown} sur {count})")
        public static let requestsShownCapped = LocalizedText(
            en: "API requests ({shown} of the last {count})", fr: "requêtes API ({shown} sur les {count} dernières)")
        public static let filterTitle = LocalizedText(en: "filter: {text}", fr: "filtre : {text}")
        public static let pollsHidden = LocalizedText(
            en: "balance polls hidden: {count}", fr: "relevés de solde masqués : {count}")
        public static let noMatch = LocalizedText(
            en: "No request matches the filter: Esc clears it.",
            fr: "Aucune requête ne correspond au filtre : Échap l'efface.")
        public static let onlyBalancePolls = LocalizedText(
            en: "Only balance polls so far, and they are hidden: b shows them.",
            fr: "Que des relevés de solde pour l'instant, et ils sont masqués : b les affiche.")
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
        public static let curlHeadingSandbox = LocalizedText(
            en: "curl (y copies it with the embedded sandbox's public test key, shown masked)",
            fr: "curl (y le copie avec la clé de test publique du bac à sable intégré, masquée ici)")
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
            en: "↑↓ jk move  Enter full view  y copy as curl  / filter  b balance polls  Tab request/response  "
                + "r refresh  Esc close",
            fr: "↑↓ jk bouger  Entrée plein écran  y copier en curl  / filtrer  b relevés de solde  "
                + "Tab requête/réponse  r actualiser  Échap fermer")
        /// While the filter is typed: its keys first, what it searches after.
        public static let filterHint = LocalizedText(
            en: "Enter keeps the filter  Esc clears it  Backspace deletes  "
                + "searched: method, path, status, operation, error code",
            fr: "Entrée garde le filtre  Échap l'efface  Retour arrière efface un caractère  "
                + "cherché : méthode, chemin, statut, opération, code d'erreur")
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
            ),
            (
                "/ f",
                LocalizedText(
                    en: "filter: method, path, status, operation, error code",
                    fr: "filtrer : méthode, chemin, statut, opération, erreur")
            ),
            (
                "b",
                LocalizedText(
                    en: "hide or show the periodic balance polls", fr: "masquer ou afficher les relevés de solde")
            ),
            (
                "y",
                LocalizedText(
                    en: "copy as curl (sandbox: with its key)", fr: "copier en curl (bac à sable : avec sa clé)")
            ),
        ]
    }
}
