extension Strings {
    /// Taking over the terminal for the dashboard.
    public enum Terminal {
        public static let notATerminal = LocalizedText(
            en: "The dashboard needs a terminal: standard input and output must not be redirected.",
            fr:
                "Le tableau de bord a besoin d'un terminal : l'entrée et la sortie standard ne doivent pas être redirigées."
        )
        public static let unknownTerminal = LocalizedText(
            en: "The terminal type \"{term}\" is unknown here; try TERM=xterm-256color.",
            fr: "Le type de terminal « {term} » est inconnu ici ; essayez TERM=xterm-256color.")
        public static let refreshRange = LocalizedText(
            en: "--refresh is between 1 and 3600 seconds.", fr: "--refresh est compris entre 1 et 3600 secondes.")
        public static let portRange = LocalizedText(
            en: "--sandbox-port is between 0 and 65535.", fr: "--sandbox-port est compris entre 0 et 65535.")
    }
}
