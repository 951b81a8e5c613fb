extension Strings {
    /// The account summary printed by `senfenico` until the dashboard opens instead.
    public enum Overview {
        public static let sandboxBanner = LocalizedText(
            en:
                "SANDBOX — local simulation of Senfenico's test mode, no real money. Set SENFENICO_API_KEY to use Senfenico.",
            fr:
                "SANDBOX — simulation locale du mode test de Senfenico, aucun argent réel. Définissez SENFENICO_API_KEY pour utiliser Senfenico."
        )
        public static let testBanner = LocalizedText(
            en: "TEST — Senfenico test mode, no real money.",
            fr: "TEST — mode test de Senfenico, aucun argent réel."
        )
        public static let liveBanner = LocalizedText(
            en: "LIVE — real money.",
            fr: "LIVE — argent réel."
        )
        public static let balances = LocalizedText(en: "Balances", fr: "Soldes")
        public static let collection = LocalizedText(en: "Collection", fr: "Encaissements")
        public static let transferTotal = LocalizedText(en: "Transfers (total)", fr: "Transferts (total)")
        public static let available = LocalizedText(en: "available", fr: "disponible")
        public static let pending = LocalizedText(en: "pending", fr: "en attente")
        public static let recentCharges = LocalizedText(
            en: "Recent charges ({shown} of {total})", fr: "Derniers paiements ({shown} sur {total})")
        public static let recentTransfers = LocalizedText(
            en: "Recent transfers ({shown} of {total})", fr: "Derniers transferts ({shown} sur {total})")
        public static let none = LocalizedText(en: "none yet", fr: "aucun pour l'instant")
    }

    /// Status names as people read them.
    public enum Status {
        public static let success = LocalizedText(en: "success", fr: "réussi")
        public static let failed = LocalizedText(en: "failed", fr: "échoué")
        public static let sendOTP = LocalizedText(en: "awaiting OTP", fr: "attente OTP")
        public static let payOffline = LocalizedText(en: "pay on phone", fr: "paiement sur mobile")
        public static let pending = LocalizedText(en: "pending", fr: "en attente")
        public static let canceled = LocalizedText(en: "canceled", fr: "annulé")
        public static let processing = LocalizedText(en: "processing", fr: "en traitement")
        public static let inTransit = LocalizedText(en: "in transit", fr: "en transit")
    }
}
