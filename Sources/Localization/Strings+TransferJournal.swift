extension Strings {
    /// The transfers started at this terminal, recorded in the local journal before they are sent.
    public enum TransferJournal {
        /// Where a transfer stands, as the cashier reads it.
        public enum Stage {
            public static let sending = LocalizedText(en: "sending", fr: "envoi en cours")
            public static let outcomeUnknown = LocalizedText(en: "outcome unknown", fr: "résultat inconnu")
            public static let sent = LocalizedText(en: "sent", fr: "envoyé")
            public static let refused = LocalizedText(en: "refused", fr: "refusé")
            public static let resolved = LocalizedText(en: "resolved at the till", fr: "résolu à la caisse")
        }

        public static let emptyDay = LocalizedText(
            en: "No transfer sent from this terminal on {date}.", fr: "Aucun transfert envoyé de ce terminal le {date}."
        )
        public static let noneUnfinished = LocalizedText(
            en: "No transfer left unfinished.", fr: "Aucun transfert inachevé.")
    }
}
