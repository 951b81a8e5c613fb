extension Strings {
    /// The descriptions of the reference's "Error Codes" table, English and French, verbatim
    /// except where the reference is broken:
    /// - `EXTERNAL_API_ERROR`'s English cell starts with a pasted copy of `OTP_INVALID`'s text,
    ///   and its French cell lacks the first sentence: both are repaired here.
    /// - `UNSUPPORTED_PROVIDER` has only its own name as description: a sentence is written here.
    public enum ErrorCodes {
        public static let batchSizeLimitExceeded = LocalizedText(
            en:
                "The request exceeds the maximum batch size of 100 items. Please reduce the number of items in the batch and try again.",
            fr:
                "La requête dépasse la taille maximale autorisée de 100 éléments. Veuillez réduire le nombre d'éléments dans le lot et réessayer."
        )
        public static let rateLimitExceeded = LocalizedText(
            en: "You have exceeded the rate limit for API requests. Please wait before making further requests.",
            fr:
                "Vous avez dépassé la limite de taux pour les requêtes API. Veuillez patienter avant de faire d'autres requêtes."
        )
        public static let unsupportedProvider = LocalizedText(
            en: "This mobile-money provider is not supported.",
            fr: "Cet opérateur de mobile money n'est pas pris en charge."
        )
        public static let otpInvalid = LocalizedText(
            en: "The OTP is invalid. Please try again.",
            fr: "OTP invalide fournies. Veuillez vérifier et réessayer."
        )
        public static let otpExpired = LocalizedText(
            en: "The OTP has expired. Please request a new one.",
            fr: "Le code OTP a expiré. Veuillez en demander un nouveau."
        )
        public static let otpStillValid = LocalizedText(
            en:
                "The current OTP is still valid. Please use the existing OTP or wait until it expires to request a new one.",
            fr:
                "Le code OTP actuel est toujours valide. Veuillez utiliser le code OTP existant ou attendre qu'il expire pour en demander un nouveau."
        )
        public static let insufficientFunds = LocalizedText(
            en: "Account holder does not have enough funds to complete this transaction.",
            fr: "Le titulaire du compte n'a pas suffisamment de fonds pour effectuer cette transaction."
        )
        /// INSUFFICIENT_FUNDS answering a transfer or a settlement: the money missing is the
        /// merchant's, not a customer's.
        public static let insufficientMerchantFunds = LocalizedText(
            en: "Your balance is too low for this amount and its fees.",
            fr: "Votre solde est insuffisant pour ce montant et ses frais."
        )
        /// INSUFFICIENT_FUNDS answering a charge: the customer's mobile-money account.
        public static let insufficientCustomerFunds = LocalizedText(
            en: "The customer's mobile-money account does not have enough funds for this payment.",
            fr: "Le compte mobile money du client n'a pas assez de fonds pour ce paiement."
        )
        /// The API's own sentence, shown beside ours.
        public static let serverSaid = LocalizedText(en: "Senfenico: “{message}”", fr: "Senfenico : « {message} »")
        public static let invalidAccount = LocalizedText(
            en:
                "The phone number is not valid or is not associated with an account with operator. Please check the phone number and try again.",
            fr:
                "Le numéro de téléphone n'est pas valide ou n'est pas associé à un compte chez l'opérateur. Veuillez vérifier le numéro de téléphone et réessayer."
        )
        public static let networkError = LocalizedText(
            en: "A network error occurred. Please try again later.",
            fr: "Une erreur de réseau est survenue. Veuillez réessayer plus tard."
        )
        public static let chargeNotFound = LocalizedText(
            en: "Charge with the given reference not found.",
            fr: "La transaction avec la référence donnée est introuvable."
        )
        public static let internalError = LocalizedText(
            en: "An internal error occurred. Please try again later.",
            fr: "Une erreur interne est survenue. Veuillez réessayer plus tard."
        )
        public static let unknownError = LocalizedText(
            en: "An unknown error occurred. Please try again later.",
            fr: "Une erreur inconnue est survenue. Veuillez réessayer plus tard."
        )
        public static let transactionNotFound = LocalizedText(
            en: "Transaction not found.",
            fr: "Transaction introuvable."
        )
        public static let unauthorizedChargeProvider = LocalizedText(
            en:
                "You are not authorized to charge this provider. If you think this is an error, please contact Senfenico team.",
            fr:
                "Vous n'êtes pas autorisé à collecter les paiement de cet opérateur. Si vous pensez qu'il s'agit d'une erreur, veuillez contacter l'équipe de Senfenico."
        )
        public static let externalAPIError = LocalizedText(
            en:
                "An error occurred with an external API. Please try again later or contact support if the issue persists.",
            fr:
                "Une erreur est survenue avec une API externe. Veuillez réessayer plus tard ou contacter le support si le problème persiste."
        )
        public static let invalidData = LocalizedText(
            en: "Invalid data provided. Please check the input and try again.",
            fr: "Données invalides fournies. Veuillez vérifier les données saisies et réessayer."
        )
        public static let unrecognised = LocalizedText(
            en: "The server answered with an error code this version does not know: {code}.",
            fr: "Le serveur a répondu avec un code d'erreur que cette version ne connaît pas : {code}."
        )
    }
}
