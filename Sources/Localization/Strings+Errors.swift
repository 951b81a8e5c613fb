extension Strings {
    /// Errors of the client itself (the API's own codes are in `ErrorCodes`).
    public enum Errors {
        public static let invalidAPIKey = LocalizedText(
            en: "Invalid API key: Senfenico refused it. Check SENFENICO_API_KEY (sk_test_… or sk_live_…).",
            fr: "Clé API invalide : Senfenico l'a refusée. Vérifiez SENFENICO_API_KEY (sk_test_… ou sk_live_…)."
        )
        public static let answerTooLarge = LocalizedText(
            en:
                "Answer too large ({received} MB, limit {limit} MB): it was cut off. Raise max_answer_mb in the configuration if the account really holds that much.",
            fr:
                "Réponse trop volumineuse ({received} Mo, limite {limit} Mo) : elle a été interrompue. Augmentez max_answer_mb dans la configuration si le compte contient vraiment autant."
        )
        public static let redirectRefused = LocalizedText(
            en:
                "The server answered with a redirect ({status} to {location}); it was not followed so the API key stays with Senfenico.",
            fr:
                "Le serveur a répondu par une redirection ({status} vers {location}) ; elle n'a pas été suivie, pour que la clé API reste chez Senfenico."
        )
        public static let connectionRefused = LocalizedText(
            en: "Could not connect to Senfenico: the connection was refused ({detail}).",
            fr: "Connexion à Senfenico impossible : la connexion a été refusée ({detail})."
        )
        public static let connectTimeout = LocalizedText(
            en: "Could not connect to Senfenico in time ({detail}).",
            fr: "Connexion à Senfenico impossible dans le délai ({detail})."
        )
        public static let timeout = LocalizedText(
            en: "Senfenico did not answer in time (after {attempts} attempt(s)).",
            fr: "Senfenico n'a pas répondu à temps (après {attempts} tentative(s))."
        )
        public static let connectionLost = LocalizedText(
            en: "The connection to Senfenico was cut before the answer arrived ({detail}).",
            fr: "La connexion avec Senfenico a été coupée avant la réponse ({detail})."
        )
        public static let tls = LocalizedText(
            en: "The secure connection to Senfenico failed ({detail}).",
            fr: "La connexion sécurisée avec Senfenico a échoué ({detail})."
        )
        public static let dns = LocalizedText(
            en: "The Senfenico server name could not be found: check the network ({detail}).",
            fr: "Le nom du serveur Senfenico est introuvable : vérifiez le réseau ({detail})."
        )
        public static let transportOther = LocalizedText(
            en: "Network error while talking to Senfenico ({detail}).",
            fr: "Erreur réseau pendant l'échange avec Senfenico ({detail})."
        )
        public static let outcomeUnknown = LocalizedText(
            en:
                "Outcome unknown: the {operation} request was sent, but no answer said whether it was carried out ({cause}). It was not sent again; check its status before trying again.",
            fr:
                "Résultat inconnu : la requête {operation} a été envoyée, mais aucune réponse n'a dit si elle a été exécutée ({cause}). Elle n'a pas été renvoyée ; vérifiez son état avant de réessayer."
        )
        public static let decoding = LocalizedText(
            en: "Senfenico's answer could not be read (HTTP {status}: {reason}). Start of the answer: {sample}",
            fr: "La réponse de Senfenico est illisible (HTTP {status} : {reason}). Début de la réponse : {sample}"
        )
        public static let missingAPIKey = LocalizedText(
            en: "No API key given. Set SENFENICO_API_KEY, or run without one to use the local sandbox.",
            fr:
                "Aucune clé API fournie. Définissez SENFENICO_API_KEY, ou lancez sans clé pour utiliser le bac à sable local."
        )
        public static let insecureBaseURL = LocalizedText(
            en:
                "Refusing plain http to {url}: the API key would travel unencrypted. Use https (http is allowed only for this machine's loopback).",
            fr:
                "http non chiffré refusé vers {url} : la clé API circulerait en clair. Utilisez https (http n'est permis que vers cette machine)."
        )
        public static let invalidBaseURL = LocalizedText(
            en: "The base URL {url} is not a valid http(s) address.",
            fr: "L'URL de base {url} n'est pas une adresse http(s) valide."
        )
    }
}
