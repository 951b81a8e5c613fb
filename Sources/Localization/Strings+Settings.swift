extension Strings {
    /// The configuration file, the environment variables, the API key file and the log file.
    public enum Settings {
        /// Where a problem is, when the line is known.
        public static let fileAtLine = LocalizedText(en: "{file}, line {line}", fr: "{file}, ligne {line}")

        public static let syntaxError = LocalizedText(
            en: "Configuration error in {place}: this is not valid TOML ({detail}).",
            fr: "Erreur de configuration dans {place} : ce n'est pas du TOML valide ({detail}).")
        public static let unreadableFile = LocalizedText(
            en: "Cannot read the configuration file {file} ({detail}).",
            fr: "Impossible de lire le fichier de configuration {file} ({detail}).")
        public static let invalidValue = LocalizedText(
            en: "Configuration error in {place}: {key} {expected} (found: {found}).",
            fr: "Erreur de configuration dans {place} : {key} {expected} (trouvé : {found}).")
        public static let keyAndKeyFile = LocalizedText(
            en: "Configuration error in {file}: give api_key or api_key_file, not both.",
            fr: "Erreur de configuration dans {file} : indiquez api_key ou api_key_file, pas les deux.")
        public static let invalidVariable = LocalizedText(
            en: "The environment variable {name} {expected} (found: {found}).",
            fr: "La variable d'environnement {name} {expected} (trouvé : {found}).")
        public static let keyAndKeyFileVariables = LocalizedText(
            en: "Set SENFENICO_API_KEY or SENFENICO_API_KEY_FILE, not both.",
            fr: "Définissez SENFENICO_API_KEY ou SENFENICO_API_KEY_FILE, pas les deux.")
        public static let unreadableKeyFile = LocalizedText(
            en: "Cannot read the API key file {file} ({detail}).",
            fr: "Impossible de lire le fichier de clé API {file} ({detail}).")
        public static let emptyKeyFile = LocalizedText(
            en: "The API key file {file} holds no key.",
            fr: "Le fichier de clé API {file} ne contient aucune clé.")

        /// What a value should have been; each completes "{key} ...".
        public enum Expected {
            public static let text = LocalizedText(
                en: "must be text in quotes", fr: "doit être un texte entre guillemets")
            public static let notEmpty = LocalizedText(en: "must not be empty", fr: "ne doit pas être vide")
            public static let seconds = LocalizedText(
                en: "must be a number of seconds from {min} to {max}",
                fr: "doit être un nombre de secondes de {min} à {max}")
            public static let boolean = LocalizedText(en: "must be true or false", fr: "doit valoir true ou false")
            public static let language = LocalizedText(
                en: "must be \"fr\" or \"en\"", fr: "doit valoir « fr » ou « en »")
            public static let amount = LocalizedText(
                en: "must be a whole number of F CFA, like 50000 or \"50 000\"",
                fr: "doit être un nombre entier de F CFA, comme 50000 ou « 50 000 »")
            public static let table = LocalizedText(
                en: "must be a table, written [{key}]", fr: "doit être une table, écrite [{key}]")
        }

        /// What was found instead, when it is not a plain value that can be quoted.
        public enum Found {
            public static let table = LocalizedText(en: "a table", fr: "une table")
            public static let list = LocalizedText(en: "a list", fr: "une liste")
            public static let dateOrTime = LocalizedText(en: "a date or a time", fr: "une date ou une heure")
        }

        public static let unknownKey = LocalizedText(
            en: "Warning: {place}: unknown key \"{key}\" ignored; known keys: {known}.",
            fr: "Attention : {place} : clé inconnue « {key} » ignorée ; clés connues : {known}.")
        public static let loosePermissions = LocalizedText(
            en: "Warning: {file} can be read or changed by other users; run: chmod 600 {file}",
            fr: "Attention : {file} peut être lu ou modifié par d'autres utilisateurs ; lancez : chmod 600 {file}")
        public static let logFileUnavailable = LocalizedText(
            en: "Warning: cannot write to the log file {file} ({detail}); nothing will be logged.",
            fr: "Attention : impossible d'écrire dans le journal {file} ({detail}) ; rien ne sera journalisé.")
    }
}
