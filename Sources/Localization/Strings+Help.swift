/// The help screen (`?`, F1): the keys of the screen it was opened over, then those that work
/// everywhere. One line per key; the dashboard's help, the man page and the README read these.
extension Strings {
    public enum Help {
        public typealias Line = (key: String, text: LocalizedText)

        public static let everywhereTitle = LocalizedText(en: "Everywhere", fr: "Partout")
        public static let pageTitle = LocalizedText(en: "Dashboard", fr: "Tableau de bord")
        public static let settlementsTitle = LocalizedText(en: "Settlements page", fr: "Page des reversements")
        public static let checkoutsTitle = LocalizedText(en: "Payment links page", fr: "Page des liens de paiement")
        public static let wizardTitle = LocalizedText(en: "Taking a payment", fr: "Encaissement")
        public static let formTitle = LocalizedText(en: "Form", fr: "Formulaire")
        public static let bulkTitle = LocalizedText(en: "Bulk transfers", fr: "Transferts groupés")
        public static let detailTitle = LocalizedText(en: "Detail", fr: "Détail")
        public static let checkoutTitle = LocalizedText(en: "Payment link", fr: "Lien de paiement")
        public static let explorerTitle = LocalizedText(en: "Developer view", fr: "Vue développeur")
        public static let mouseTitle = LocalizedText(en: "Mouse", fr: "Souris")

        public static let everywhere: [Line] = [
            ("? F1", LocalizedText(en: "show or hide this help", fr: "afficher ou masquer cette aide")),
            (
                "q F10",
                LocalizedText(
                    en: "quit (asks first if money is moving)", fr: "quitter (demande d'abord si de l'argent circule)")
            ),
            ("F9 e", LocalizedText(en: "export today's payments to CSV", fr: "exporter les paiements du jour en CSV")),
            (
                "F8 a",
                LocalizedText(
                    en: "open the oldest payment needing attention", fr: "ouvrir le plus ancien paiement à vérifier")
            ),
            ("F3", LocalizedText(en: "new payment link (checkout, QR)", fr: "nouveau lien de paiement (QR)")),
            (
                "F12 d",
                LocalizedText(
                    en: "developer view: every API request, copyable as curl",
                    fr: "vue développeur : chaque requête API, copiable en curl")
            ),
            ("Ctrl-U", LocalizedText(en: "clear the field being typed", fr: "effacer le champ en cours de saisie")),
            (
                "AZERTY",
                LocalizedText(
                    en: "& é \" ' ( - è _ ç à type 1 to 0 in number fields",
                    fr: "& é \" ' ( - è _ ç à valent 1 à 0 dans les nombres")
            ),
        ]

        public static let page: [Line] = [
            ("r F5", LocalizedText(en: "refresh now", fr: "actualiser maintenant")),
            ("c F2", LocalizedText(en: "take a payment (charge wizard)", fr: "encaisser un paiement (assistant)")),
            ("t F4", LocalizedText(en: "send money (transfer)", fr: "envoyer de l'argent (transfert)")),
            ("b", LocalizedText(en: "bulk transfers from a CSV file", fr: "transferts groupés depuis un fichier CSV")),
            ("s", LocalizedText(en: "settlements page", fr: "page des reversements")),
            ("p", LocalizedText(en: "payment links page (checkouts)", fr: "page des liens de paiement")),
            ("Tab S-Tab", LocalizedText(en: "next or previous pane", fr: "volet suivant ou précédent")),
            ("↑ ↓ k j", LocalizedText(en: "move the selection", fr: "déplacer la sélection")),
            ("PgUp PgDn", LocalizedText(en: "move by a page", fr: "déplacer d'une page")),
            ("Home End", LocalizedText(en: "first or last row", fr: "première ou dernière ligne")),
            ("Enter", LocalizedText(en: "open the selected row", fr: "ouvrir la ligne choisie")),
            (
                "/ f",
                LocalizedText(
                    en: "filter: phone, amount, reference, status, operator",
                    fr: "filtrer : téléphone, montant, réf., statut, opérateur")
            ),
            (
                "o",
                LocalizedText(
                    en: "sort: time, amount, status, operator", fr: "trier : heure, montant, statut, opérateur")
            ),
            ("Esc", LocalizedText(en: "clear the filter, back to the overview", fr: "effacer le filtre, revenir")),
        ]

        public static let mouse: [Line] = [
            ("click", LocalizedText(en: "select a pane and a row", fr: "choisir un volet et une ligne")),
            ("double-click", LocalizedText(en: "open the row", fr: "ouvrir la ligne")),
            ("wheel", LocalizedText(en: "scroll the list or screen under it", fr: "faire défiler ce qui est dessous")),
        ]

        public static let settlements: [Line] = [
            ("n", LocalizedText(en: "new settlement", fr: "nouveau reversement")),
            (
                "x",
                LocalizedText(
                    en: "cancel the selected one (processing only)", fr: "annuler celui choisi (en traitement)")
            ),
        ]

        public static let checkouts: [Line] = [
            ("n", LocalizedText(en: "new payment link", fr: "nouveau lien de paiement")),
            ("Enter", LocalizedText(en: "the link, its QR code and status", fr: "le lien, son QR code et son statut")),
        ]

        public static let wizard: [Line] = [
            ("Enter", LocalizedText(en: "next step, send", fr: "étape suivante, envoyer")),
            (
                "Esc",
                LocalizedText(
                    en: "back; at the OTP step the payment stays listed", fr: "retour ; à l'étape OTP il reste listé")
            ),
            (
                "← → Tab",
                LocalizedText(en: "choose the operator (or its initial)", fr: "choisir l'opérateur (ou son initiale)")
            ),
            ("y o / n", LocalizedText(en: "answer a question", fr: "répondre à une question")),
            ("r F5", LocalizedText(en: "ask again where the payment stands", fr: "redemander où en est le paiement")),
            ("m", LocalizedText(en: "settle a resumed payment by hand", fr: "régler à la main un paiement repris")),
        ]

        public static let form: [Line] = [
            ("Tab ↑ ↓", LocalizedText(en: "next or previous field", fr: "champ suivant ou précédent")),
            ("← → o m s", LocalizedText(en: "choose the wallet (Orange, Moov, Sank)", fr: "choisir le portefeuille")),
            ("Enter", LocalizedText(en: "check, then send once", fr: "vérifier, puis envoyer une fois")),
            ("r", LocalizedText(en: "send a lost transfer again (same ext_id)", fr: "renvoyer un transfert perdu")),
            ("Esc", LocalizedText(en: "close", fr: "fermer")),
        ]

        public static let bulk: [Line] = [
            ("Enter", LocalizedText(en: "load the file, then send", fr: "charger le fichier, puis envoyer")),
            (
                "↑ ↓ k j",
                LocalizedText(en: "scroll the problems or results", fr: "faire défiler problèmes ou résultats")
            ),
            ("PgUp PgDn", LocalizedText(en: "scroll by a page", fr: "défiler d'une page")),
            ("w", LocalizedText(en: "write the results as CSV", fr: "écrire les résultats en CSV")),
            ("Esc", LocalizedText(en: "back, close", fr: "retour, fermer")),
        ]

        public static let detail: [Line] = [
            ("↑ ↓ k j", LocalizedText(en: "scroll", fr: "faire défiler")),
            ("PgUp PgDn", LocalizedText(en: "scroll by a page", fr: "défiler d'une page")),
            ("Home End", LocalizedText(en: "top or bottom", fr: "début ou fin")),
            ("Esc Enter ←", LocalizedText(en: "close", fr: "fermer")),
        ]

        public static let checkout: [Line] = [
            ("r F5", LocalizedText(en: "read its status again", fr: "relire son statut")),
            ("Esc Enter ←", LocalizedText(en: "close", fr: "fermer")),
        ]

        /// A key's name as printed on the user's keyboard: `Entrée`, `Échap`, `Début` on French ones.
        public static func keyName(_ keys: String, in language: Language) -> String {
            guard language == .french else { return keys }
            let french = [
                "Enter": "Entrée", "Esc": "Échap", "Home": "Début", "End": "Fin", "S-Tab": "Maj-Tab",
                "click": "clic", "double-click": "double-clic", "wheel": "molette",
            ]
            return keys.split(separator: " ").map { french[String($0)] ?? String($0) }.joined(separator: " ")
        }

        /// Every screen's keys once, for the man page.
        public static var allSections: [(title: LocalizedText, keys: [Line])] {
            [
                (pageTitle, page), (mouseTitle, mouse), (settlementsTitle, settlements), (checkoutsTitle, checkouts),
                (wizardTitle, wizard), (formTitle, form), (bulkTitle, bulk), (detailTitle, detail),
                (checkoutTitle, checkout), (explorerTitle, Strings.Explorer.helpKeys), (everywhereTitle, everywhere),
            ]
        }
    }
}
