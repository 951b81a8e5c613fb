extension Strings.Journal {
    /// The day's CSV (`journal export --csv`, `e`/F9): its column names, in the cashier's
    /// language. The stages and operators use the words the journal already shows.
    public enum Export {
        public static let mode = LocalizedText(en: "mode", fr: "mode")
        public static let started = LocalizedText(en: "start", fr: "début")
        public static let amount = LocalizedText(en: "amount (F CFA)", fr: "montant (F CFA)")
        public static let feeRate = LocalizedText(en: "fee rate (%)", fr: "taux de frais (%)")
        public static let fee = LocalizedText(en: "fee (F CFA)", fr: "frais (F CFA)")
        public static let net = LocalizedText(en: "net (F CFA)", fr: "net (F CFA)")
        public static let operatorName = LocalizedText(en: "operator", fr: "opérateur")
        public static let phone = LocalizedText(en: "phone", fr: "téléphone")
        public static let reference = LocalizedText(en: "reference", fr: "référence")
        public static let status = LocalizedText(en: "status", fr: "statut")
        public static let failureReason = LocalizedText(en: "failure reason", fr: "motif de l'échec")
        public static let terminal = LocalizedText(en: "terminal", fr: "terminal")
        public static let note = LocalizedText(en: "note", fr: "note")
        public static let id = LocalizedText(en: "id", fr: "id")
        public static let account = LocalizedText(en: "account", fr: "compte")
        public static let unknownMode = LocalizedText(en: "unknown", fr: "inconnu")

        /// The totals blocks.
        public static let charges = LocalizedText(en: "charges", fr: "paiements")
        public static let succeeded = LocalizedText(en: "succeeded", fr: "réussis")
        public static let collected = LocalizedText(en: "collected (F CFA)", fr: "encaissé (F CFA)")
        public static let total = LocalizedText(en: "total", fr: "total")
    }
}
