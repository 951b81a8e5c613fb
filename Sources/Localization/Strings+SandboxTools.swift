extension Strings {
    /// `senfenico logs tail`, `senfenico trigger`, `senfenico sandbox advance` and the request
    /// lines of `senfenico sandbox`.
    public enum SandboxTools {
        public static let noSandbox = LocalizedText(
            en:
                "No sandbox is running: start one with `senfenico sandbox` (or open the dashboard without an API key), or give its address with --base-url.",
            fr:
                "Aucun bac à sable ne tourne : lancez-en un avec `senfenico sandbox` (ou ouvrez le tableau de bord sans clé API), ou donnez son adresse avec --base-url."
        )
        public static let notLoopback = LocalizedText(
            en:
                "{url} is not a sandbox on this machine: --base-url must be http://127.0.0.1:PORT (or localhost, [::1]).",
            fr:
                "{url} n'est pas un bac à sable sur cette machine : --base-url doit être http://127.0.0.1:PORT (ou localhost, [::1])."
        )
        public static let cannotReach = LocalizedText(
            en: "Cannot reach the sandbox at {url}: is it still running?",
            fr: "Impossible de joindre le bac à sable sur {url} : tourne-t-il encore ?")
        public static let refused = LocalizedText(
            en: "The sandbox at {url} refused {what}: HTTP {status} {message}",
            fr: "Le bac à sable sur {url} a refusé {what} : HTTP {status} {message}")
        public static let usingSandbox = LocalizedText(
            en: "Sandbox {url} ({kind}, pid {pid}).", fr: "Bac à sable {url} ({kind}, pid {pid}).")
        public static let kindStandalone = LocalizedText(en: "standalone", fr: "autonome")
        public static let kindEmbedded = LocalizedText(en: "the dashboard's", fr: "celui du tableau de bord")
        public static let notATestKey = LocalizedText(
            en: "The sandbox takes test keys only (sk_test_…): SENFENICO_API_KEY is not one, so a sandbox key is used.",
            fr:
                "Le bac à sable n'accepte que des clés de test (sk_test_…) : SENFENICO_API_KEY n'en est pas une, une clé de bac à sable est donc utilisée."
        )

        // logs tail
        public static let following = LocalizedText(
            en: "Following the requests of {url} (Ctrl-C to stop).",
            fr: "Suivi des requêtes de {url} (Ctrl-C pour arrêter).")
        public static let streamEnded = LocalizedText(
            en: "The sandbox stopped: no more requests to follow.",
            fr: "Le bac à sable s'est arrêté : plus de requêtes à suivre.")
        public static let badStatusFilter = LocalizedText(
            en: "--status takes a code (404) or a class (4xx), several separated by commas, not {value}.",
            fr: "--status prend un code (404) ou une classe (4xx), plusieurs séparés par des virgules, pas {value}.")

        // sandbox advance
        public static let badDuration = LocalizedText(
            en: "A duration is a whole number with a unit, s, m, h or d (90s, 5m, 2h, 1d), not {value}.",
            fr: "Une durée est un nombre entier suivi d'une unité, s, m, h ou d (90s, 5m, 2h, 1d), pas {value}.")
        public static let advanced = LocalizedText(
            en: "Sandbox clock moved forward by {duration}: it is now {now}.",
            fr: "Horloge du bac à sable avancée de {duration} : il est maintenant {now}.")

        // trigger
        public static let unknownEvent = LocalizedText(
            en: "Unknown event {event}. Events: {events}.", fr: "Événement inconnu {event}. Événements : {events}.")
        public static let created = LocalizedText(
            en: "Created {object} {reference}: {status}", fr: "Créé {object} {reference} : {status}")
        /// A checkout session's answer has no status.
        public static let createdNoStatus = LocalizedText(
            en: "Created {object} {reference}", fr: "Créé {object} {reference}")
        public static let step = LocalizedText(en: "{what}: {result}", fr: "{what} : {result}")
        public static let clockMoved = LocalizedText(
            en: "Sandbox clock moved forward by {seconds} s so the {object} moves on.",
            fr: "Horloge du bac à sable avancée de {seconds} s pour que {object} avance.")
        public static let finalState = LocalizedText(
            en: "Event {event}: {object} {reference} is now {status}.",
            fr: "Événement {event} : {object} {reference} est maintenant {status}.")
        public static let wrongFinalState = LocalizedText(
            en: "Event {event} not produced: {object} {reference} is {status}, expected {expected}.",
            fr: "Événement {event} non produit : {object} {reference} est {status}, attendu {expected}.")
        public static let unreadableAnswer = LocalizedText(
            en: "The sandbox at {url} gave an unreadable answer to {what}.",
            fr: "Le bac à sable sur {url} a donné une réponse illisible à {what}.")
    }
}
