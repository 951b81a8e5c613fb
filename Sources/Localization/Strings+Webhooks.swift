extension Strings {
    /// `senfenico listen`, `senfenico webhook verify` and the sandbox's webhook options.
    public enum Webhooks {
        public static let keyFileUnreadable = LocalizedText(
            en: "Cannot read the webhook key file {path}.", fr: "Impossible de lire le fichier de clé webhook {path}.")
        public static let keyFileEmpty = LocalizedText(
            en: "The webhook key file {path} is empty.", fr: "Le fichier de clé webhook {path} est vide.")
        public static let badURL = LocalizedText(
            en: "{flag} takes an http:// or https:// URL, not {url}.",
            fr: "{flag} attend une URL http:// ou https://, pas {url}.")
        public static let emptyHash = LocalizedText(
            en: "--hash is the hexadecimal hash the webhook came with.",
            fr: "--hash est le hachage hexadécimal reçu avec le webhook.")
        public static let stdinTooLarge = LocalizedText(
            en: "The payload on standard input is larger than 1 MB.",
            fr: "Le contenu reçu sur l'entrée standard dépasse 1 Mo.")

        // Verdicts, shared by `webhook verify` and `listen`.
        public static let valid = LocalizedText(
            en: "Valid: {event} (hash checked with the key …{key}).",
            fr: "Valide : {event} (hachage vérifié avec la clé …{key}).")
        public static let rawBodyNotCanonical = LocalizedText(
            en:
                "Note: the body is not exactly what Python's json.dumps prints of itself; the Python SDK accepts it, the PHP SDK (which hashes the raw body) would not.",
            fr:
                "Remarque : le corps n'est pas exactement ce que json.dumps de Python en imprime ; le SDK Python l'accepte, le SDK PHP (qui hache le corps brut) le refuserait."
        )
        public static let notReadByPythonSDK = LocalizedText(
            en: "Note: the official Python SDK 0.3.0 reads only charge., checkout. and settlement. events.",
            fr: "Remarque : le SDK Python officiel 0.3.0 ne lit que les événements charge., checkout. et settlement.")
        public static let invalid = LocalizedText(en: "Invalid: {reason}", fr: "Invalide : {reason}")
        public static let reasonNotJSON = LocalizedText(
            en: "the payload is not JSON ({detail}).", fr: "le contenu n'est pas du JSON ({detail}).")
        public static let reasonHashMismatch = LocalizedText(
            en: "the hash does not match: the payload was changed, or it was signed with another key.",
            fr: "le hachage ne correspond pas : le contenu a été modifié, ou signé avec une autre clé.")
        public static let reasonNotAnEvent = LocalizedText(
            en: "the payload has no \"event\" or \"data\" string.",
            fr: "le contenu n'a pas de chaîne « event » ou « data ».")
        public static let reasonUnknownEvent = LocalizedText(
            en: "unknown event {event}: it starts with none of charge., checkout., settlement., transfer.",
            fr: "événement inconnu {event} : il ne commence ni par charge., checkout., settlement. ni par transfer.")
        public static let reasonUnreadableData = LocalizedText(
            en: "\"data\" is not JSON.", fr: "« data » n'est pas du JSON.")
        public static let reasonFields = LocalizedText(
            en: "the object's fields are not the SDK's: missing {missing}; unexpected {extra}.",
            fr: "les champs de l'objet ne sont pas ceux du SDK : manquants {missing} ; en trop {extra}.")
        public static let reasonNoHash = LocalizedText(
            en: "no {header} header.", fr: "pas d'en-tête {header}.")
        public static let none = LocalizedText(en: "none", fr: "aucun")

        public static let sandboxStart = LocalizedText(
            en: "Webhooks go to {urls}, signed with the key in {path} (hash in the {header} header)",
            fr: "Webhooks envoyés à {urls}, signés avec la clé du fichier {path} (hachage dans l'en-tête {header})")

        // `senfenico listen`
        public static let listening = LocalizedText(
            en: "Listening for webhooks on {url}", fr: "En écoute des webhooks sur {url}")
        public static let listeningForward = LocalizedText(
            en: "Forwarding verified webhooks to {url}", fr: "Les webhooks vérifiés sont transmis à {url}")
        public static let listeningNoKey = LocalizedText(
            en: "No --webhook-key-file: hashes are not checked, every webhook is accepted.",
            fr: "Pas de --webhook-key-file : les hachages ne sont pas vérifiés, tout webhook est accepté.")
        public static let verified = LocalizedText(en: "hash ok", fr: "hachage ok")
        public static let unchecked = LocalizedText(en: "hash not checked", fr: "hachage non vérifié")
        public static let refused = LocalizedText(en: "REFUSED", fr: "REFUSÉ")
        public static let forwarded = LocalizedText(en: "forwarded: {status}", fr: "transmis : {status}")
        public static let forwardFailed = LocalizedText(
            en: "forward failed: {reason}", fr: "échec de la transmission : {reason}")
        public static let cannotListen = LocalizedText(
            en: "Cannot listen on {host}:{port}: {reason}", fr: "Impossible d'écouter sur {host}:{port} : {reason}")
    }
}
