extension Strings {
    /// The live dashboard: pane titles, columns, status bar, help, detail view.
    public enum Dashboard {
        public static let bannerSandbox = LocalizedText(
            en: "SANDBOX — local simulation, no real money", fr: "SANDBOX — simulation locale, aucun argent réel")
        public static let bannerTest = LocalizedText(
            en: "TEST — Senfenico test mode, no real money", fr: "TEST — mode test de Senfenico, aucun argent réel")
        public static let bannerLive = LocalizedText(en: "LIVE — real money", fr: "LIVE — argent réel")
        public static let modeSandbox = LocalizedText(en: "SANDBOX", fr: "SANDBOX")
        public static let modeTest = LocalizedText(en: "TEST", fr: "TEST")
        public static let modeLive = LocalizedText(en: "LIVE", fr: "LIVE")

        public static let balances = LocalizedText(en: "Balances", fr: "Soldes")
        public static let charges = LocalizedText(en: "Charges", fr: "Paiements")
        public static let transfers = LocalizedText(en: "Transfers", fr: "Transferts")
        public static let collection = LocalizedText(en: "Collection", fr: "Encaissements")
        public static let transferTotal = LocalizedText(en: "Transfers total", fr: "Total transferts")
        public static let available = LocalizedText(en: "Available", fr: "Disponible")
        public static let pending = LocalizedText(en: "Pending", fr: "En attente")
        public static let history = LocalizedText(en: "History", fr: "Historique")
        public static let noData = LocalizedText(en: "waiting for data…", fr: "en attente des données…")
        public static let noRows = LocalizedText(en: "none yet", fr: "aucun pour l'instant")
        public static let noMatch = LocalizedText(en: "nothing matches the filter", fr: "rien ne correspond au filtre")
        public static let filter = LocalizedText(en: "filter: {text}", fr: "filtre : {text}")
        public static let count = LocalizedText(en: "{shown} of {total}", fr: "{shown} sur {total}")

        public static let columnTime = LocalizedText(en: "Time", fr: "Heure")
        public static let columnAmount = LocalizedText(en: "Amount", fr: "Montant")
        /// The operator column where it is 6 columns wide (`Orange`, `Moov`).
        public static let columnProviderShort = LocalizedText(en: "Oper.", fr: "Opér.")
        public static let columnProvider = LocalizedText(en: "Operator", fr: "Opérateur")
        public static let columnPhone = LocalizedText(en: "Phone", fr: "Téléphone")
        public static let columnStatus = LocalizedText(en: "Status", fr: "Statut")
        public static let columnFees = LocalizedText(en: "Fees", fr: "Frais")
        public static let columnWallet = LocalizedText(en: "Wallet", fr: "Portefeuille")
        public static let columnRecipient = LocalizedText(en: "Recipient", fr: "Destinataire")
        public static let columnExtID = LocalizedText(en: "ext_id", fr: "ext_id")
        public static let columnReference = LocalizedText(en: "Reference", fr: "Référence")

        /// `{ago}` is a whole phrase: `3 min ago`, or `just now`.
        public static let lastRefresh = LocalizedText(
            en: "refreshed {time} ({ago})", fr: "actualisé à {time} ({ago})")
        public static let justNow = LocalizedText(en: "just now", fr: "à l'instant")
        /// The refresh pace while all is well, instead of a countdown redrawn every second.
        public static let refreshEvery = LocalizedText(en: "every {age}", fr: "toutes les {age}")
        public static let neverRefreshed = LocalizedText(en: "not refreshed yet", fr: "pas encore actualisé")
        public static let refreshing = LocalizedText(en: "refreshing…", fr: "actualisation…")
        public static let nextRefresh = LocalizedText(en: "next in {age}", fr: "suivante dans {age}")
        public static let dataUsed = LocalizedText(en: "data {amount}", fr: "données {amount}")
        public static let bytesUnits = LocalizedText(en: "B kB MB GB", fr: "o ko Mo Go")
        public static let stale = LocalizedText(en: "STALE: {error}", fr: "PÉRIMÉ : {error}")
        public static let seconds = LocalizedText(en: "{n} s", fr: "{n} s")
        /// A list's time column for yesterday; at most 11 columns with the time.
        public static let yesterdayAt = LocalizedText(en: "yest. {time}", fr: "hier {time}")
        /// A list's title: its order when it is not the default, and the rows new since the
        /// previous refresh.
        public static let sortedBy = LocalizedText(en: "by {sort}", fr: "par {sort}")
        public static let sortTime = LocalizedText(en: "time", fr: "heure")
        public static let sortAmount = LocalizedText(en: "amount", fr: "montant")
        public static let sortStatus = LocalizedText(en: "status", fr: "statut")
        public static let sortOperator = LocalizedText(en: "operator", fr: "opérateur")
        public static let newRows = LocalizedText(en: "{n} new", fr: "{n} nouv.")
        public static let minutes = LocalizedText(en: "{n} min", fr: "{n} min")
        public static let hours = LocalizedText(en: "{n} h", fr: "{n} h")
        public static let keyHint = LocalizedText(
            en: "? help  c charge  t transfer  s settlements  p pay links  q quit  r refresh  Tab pane  ↑↓ jk move  "
                + "Enter detail  f filter  o sort  e export day",
            fr: "? aide  c encaisser  t transfert  s reversements  p liens  q quitter  r actualiser  Tab volet  "
                + "↑↓ jk bouger  Entrée détail  f filtrer  o trier  e export du jour")
        /// Counter mode (`--cashier`): only the keys that work there, over the wizard.
        public static let counterKeyHint = LocalizedText(
            en: "F1 help  F3 pay link  F8 to check  F9 export day  F10 quit",
            fr: "F1 aide  F3 lien  F8 à vérifier  F9 export du jour  F10 quitter")
        public static let filterHint = LocalizedText(
            en: "Filter: phone, amount, reference, status, operator; Enter keeps it, Esc clears it",
            fr: "Filtre : téléphone, montant, réf., statut, opérateur ; Entrée le garde, Échap l'efface")

        public static let helpTitle = LocalizedText(en: "Help", fr: "Aide")
        public static let helpSandbox = LocalizedText(
            en: "Embedded sandbox: {address} (its test key is in the README)",
            fr: "Sandbox intégrée : {address} (sa clé de test est dans le README)")
        public static let helpScroll = LocalizedText(
            en: "↑ ↓ scroll · lines {first}–{last} of {total}", fr: "↑ ↓ défiler · lignes {first}–{last} sur {total}")
        public static let helpClose = LocalizedText(en: "Esc or ? closes the help", fr: "Échap ou ? ferme l'aide")

        public static let quitTitle = LocalizedText(en: "Quit?", fr: "Quitter ?")
        public static let quitQuestion = LocalizedText(
            en: "An operation is in flight. Quit anyway? y / n",
            fr: "Une opération est en cours. Quitter quand même ? o / n")

        public static let tooSmall = LocalizedText(
            en: "Terminal too small (min {width}×{height})", fr: "Terminal trop petit (min {width}×{height})")

        public static let detailCharge = LocalizedText(en: "Charge {reference}", fr: "Paiement {reference}")
        public static let detailTransfer = LocalizedText(en: "Transfer {reference}", fr: "Transfert {reference}")
        public static let detailClose = LocalizedText(en: "Esc closes", fr: "Échap ferme")
        public static let fieldCurrency = LocalizedText(en: "Currency", fr: "Devise")
        public static let fieldTransactionDate = LocalizedText(en: "Transaction date", fr: "Date de transaction")
        public static let fieldCreated = LocalizedText(en: "Created", fr: "Créé")
        public static let fieldUpdated = LocalizedText(en: "Updated", fr: "Modifié")
        public static let fieldCancelled = LocalizedText(en: "Cancelled", fr: "Annulé")
        public static let fieldCancellationReason = LocalizedText(en: "Cancellation reason", fr: "Motif d'annulation")
        public static let fieldPaymentMethod = LocalizedText(en: "Payment method", fr: "Moyen de paiement")
        public static let fieldIPAddress = LocalizedText(en: "IP address", fr: "Adresse IP")
        public static let fieldLiveMode = LocalizedText(en: "Live mode", fr: "Mode réel")
        public static let fieldAttempts = LocalizedText(en: "Confirmation attempts", fr: "Tentatives de confirmation")
        public static let yes = LocalizedText(en: "yes", fr: "oui")
        public static let no = LocalizedText(en: "no", fr: "non")
        public static let none = LocalizedText(en: "none", fr: "aucune")
        public static let themeFallback = LocalizedText(
            en: "Theme {theme} refused ({error}); using the default theme.",
            fr: "Thème {theme} refusé ({error}) ; le thème par défaut est utilisé.")
        /// How old some data is: the last refresh in a narrow status bar, the balances' title
        /// when their refresh failed.
        public static let ago = LocalizedText(en: "{age} ago", fr: "il y a {age}")
        /// The last refresh where its time does not fit.
        public static let refreshedAgo = LocalizedText(en: "refreshed {ago}", fr: "actualisé {ago}")
        /// A pane's title with something said about it: `Balances — 3 min ago`.
        public static let titleWithNote = LocalizedText(en: "{title} — {note}", fr: "{title} — {note}")
        /// The balances' title when the amounts are shown without their currency for lack of room.
        public static let amountsInCurrency = LocalizedText(en: "in F CFA", fr: "en F CFA")
        /// The status bar's short form of an answer that is not the API's JSON.
        public static let unreadableAnswer = LocalizedText(
            en: "unreadable answer (HTTP {status})", fr: "réponse illisible (HTTP {status})")
    }
}
