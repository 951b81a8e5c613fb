extension Strings {
    /// Profiles (`[profile.NAME]`), `senfenico auth status` and `senfenico config`.
    public enum Profiles {
        public static let unknownProfile = LocalizedText(
            en: "No profile \"{name}\" in {file}; known profiles: {known}.",
            fr: "Aucun profil « {name} » dans {file} ; profils connus : {known}.")
        public static let noProfiles = LocalizedText(
            en: "No profile \"{name}\": {file} defines none (add a [profile.{name}] section, or use "
                + "`senfenico config set KEY VALUE --profile {name}`).",
            fr: "Aucun profil « {name} » : {file} n'en définit aucun (ajoutez une section [profile.{name}], ou "
                + "utilisez `senfenico config set CLÉ VALEUR --profile {name}`).")

        // MARK: config

        public static let unknownConfigKey = LocalizedText(
            en: "Unknown setting \"{key}\"; settings: {known}.",
            fr: "Réglage inconnu « {key} » ; réglages : {known}.")
        public static let apiKeyRefused = LocalizedText(
            en: "The API key is not stored with `config set`: put it in a file readable by you only "
                + "(umask 077; cat > ~/.config/senfenico/key), then `senfenico config set api_key_file "
                + "~/.config/senfenico/key`.",
            fr: "La clé API ne s'enregistre pas avec `config set` : mettez-la dans un fichier lisible par vous seul "
                + "(umask 077; cat > ~/.config/senfenico/key), puis `senfenico config set api_key_file "
                + "~/.config/senfenico/key`.")
        public static let keyValueRefused = LocalizedText(
            en: "The value given for {key} looks like an API key: it is not written into the config file. "
                + "Put the key in a file readable by you only and set api_key_file to that file.",
            fr: "La valeur donnée pour {key} ressemble à une clé API : elle n'est pas écrite dans le fichier de "
                + "configuration. Mettez la clé dans un fichier lisible par vous seul et indiquez ce fichier dans "
                + "api_key_file.")
        public static let badProfileName = LocalizedText(
            en: "\"{name}\" cannot name a profile: use letters, digits, - and _ only.",
            fr: "« {name} » ne peut pas nommer un profil : utilisez seulement des lettres, des chiffres, - et _.")
        public static let invalidConfigValue = LocalizedText(
            en: "{key} {expected} (found: {found}); the file is unchanged.",
            fr: "{key} {expected} (trouvé : {found}) ; le fichier n'a pas changé.")
        public static let notEditable = LocalizedText(
            en: "{file} cannot be changed line by line here (an inline table or a value over several lines?): "
                + "edit it by hand; it is unchanged.",
            fr: "{file} ne peut pas être modifié ligne à ligne ici (table en ligne ou valeur sur plusieurs lignes ?) : "
                + "modifiez-le à la main ; il n'a pas changé.")
        public static let cannotWrite = LocalizedText(
            en: "Cannot write {file} ({detail}); it is unchanged.",
            fr: "Impossible d'écrire {file} ({detail}) ; il n'a pas changé.")
        public static let keyFileMissing = LocalizedText(
            en: "Note: {file} does not exist yet; write the key into it, readable by you only "
                + "(umask 077; cat > {file}).",
            fr: "Remarque : {file} n'existe pas encore ; écrivez-y la clé, lisible par vous seul "
                + "(umask 077; cat > {file}).")
        public static let set = LocalizedText(
            en: "{key} = {value} written in {place} of {file}.",
            fr: "{key} = {value} écrit dans {place} de {file}.")
        public static let unset = LocalizedText(
            en: "{key} removed from {place} of {file}.",
            fr: "{key} retiré de {place} de {file}.")
        public static let notSet = LocalizedText(
            en: "{key} is not set in {place} of {file}.",
            fr: "{key} n'est pas défini dans {place} de {file}.")
        public static let topLevel = LocalizedText(en: "the top level", fr: "le niveau principal")
        public static let section = LocalizedText(en: "[{table}]", fr: "[{table}]")
        public static let emptyFile = LocalizedText(
            en: "{file} sets nothing yet: every setting has its default.",
            fr: "{file} ne définit encore rien : chaque réglage a sa valeur par défaut.")

        // MARK: auth status

        public static let labelProfile = LocalizedText(en: "Profile", fr: "Profil")
        public static let labelConfigFile = LocalizedText(en: "Config file", fr: "Fichier de configuration")
        public static let labelMode = LocalizedText(en: "Mode", fr: "Mode")
        public static let labelKey = LocalizedText(en: "API key", fr: "Clé API")
        public static let labelAddress = LocalizedText(en: "API address", fr: "Adresse de l'API")
        public static let labelAPI = LocalizedText(en: "API", fr: "API")
        public static let labelSettings = LocalizedText(en: "Settings:", fr: "Réglages :")

        public static let defaultProfile = LocalizedText(en: "default (top level)", fr: "default (niveau principal)")
        public static let configMissing = LocalizedText(en: "{file} (absent)", fr: "{file} (absent)")
        public static let modeSandbox = LocalizedText(
            en: "SANDBOX (no key: the embedded sandbox, nothing real)",
            fr: "SANDBOX (pas de clé : le sandbox intégré, rien de réel)")
        public static let modeTest = LocalizedText(
            en: "TEST (Senfenico's test mode, no real money)", fr: "TEST (mode test de Senfenico, pas d'argent réel)")
        public static let modeLive = LocalizedText(en: "LIVE (real money)", fr: "LIVE (argent réel)")
        public static let modeUnknown = LocalizedText(
            en: "unknown: the key starts with neither sk_test_ nor sk_live_",
            fr: "inconnu : la clé ne commence ni par sk_test_ ni par sk_live_")
        public static let noKey = LocalizedText(en: "none", fr: "aucune")
        public static let keyFromFile = LocalizedText(
            en: "{key} (file {file}, {source})", fr: "{key} (fichier {file}, {source})")
        public static let withSource = LocalizedText(en: "{value} ({source})", fr: "{value} ({source})")
        public static let answers = LocalizedText(
            en: "answers (balances read in {ms} ms)", fr: "répond (soldes lus en {ms} ms)")
        public static let doesNotAnswer = LocalizedText(en: "does not answer: {reason}", fr: "ne répond pas : {reason}")
        public static let keyNotSent = LocalizedText(
            en: "not asked: a key of unknown form is never sent",
            fr: "pas interrogée : une clé de forme inconnue n'est jamais envoyée")

        /// Where a setting came from.
        public enum Source {
            public static let flag = LocalizedText(en: "flag {flag}", fr: "option {flag}")
            public static let flagUnnamed = LocalizedText(en: "flag", fr: "option")
            public static let environment = LocalizedText(en: "{variable}", fr: "{variable}")
            public static let profile = LocalizedText(en: "profile {name}", fr: "profil {name}")
            public static let configFile = LocalizedText(en: "config file", fr: "fichier de configuration")
            public static let locale = LocalizedText(en: "locale", fr: "locale")
            public static let builtInDefault = LocalizedText(en: "default", fr: "par défaut")
            public static let embeddedSandbox = LocalizedText(en: "embedded sandbox", fr: "sandbox intégré")
        }
    }
}
