extension Strings {
    /// The commands' own checks of their flags, said the way the argument parser's are.
    public enum FlagChecks {
        public static let timeoutRange = LocalizedText(
            en: "--timeout is between 1 and 3600 seconds.", fr: "--timeout est compris entre 1 et 3600 secondes.")
        public static let limitRange = LocalizedText(
            en: "--limit is 0 (all) or more.", fr: "--limit vaut 0 (tout) ou plus.")
        public static let loopbackOnly = LocalizedText(
            en: "The sandbox listens on loopback only (127.0.0.1, ::1 or localhost): it accepts any test key.",
            fr:
                "Le bac à sable n'écoute qu'en boucle locale (127.0.0.1, ::1 ou localhost) : il accepte toute clé de test."
        )
        public static let portRange = LocalizedText(
            en: "--port must be between 0 and 65535.", fr: "--port est compris entre 0 et 65535.")
        public static let timeScale = LocalizedText(
            en: "--time-scale must be 0 or more.", fr: "--time-scale vaut 0 ou plus.")
        public static let seedCounts = LocalizedText(
            en: "Seed counts cannot be negative.", fr: "Les nombres d'éléments de départ ne peuvent pas être négatifs.")
        public static let keyFileUnreadable = LocalizedText(
            en: "Cannot read the key file {path}: {reason}",
            fr: "Impossible de lire le fichier de clé {path} : {reason}")
        public static let keyFileNotTest = LocalizedText(
            en: "The key in {path} is not a test key (sk_test_...): the sandbox accepts test keys only.",
            fr: "La clé de {path} n'est pas une clé de test (sk_test_...) : le bac à sable n'accepte que celles-ci.")
        public static let badFault = LocalizedText(
            en: "Fault rule refused: {reason}", fr: "Règle de panne refusée : {reason}")
    }
}
