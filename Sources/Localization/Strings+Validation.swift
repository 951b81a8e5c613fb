extension Strings {
    /// Messages shown at a field when input breaks one of the reference's rules.
    public enum Validation {
        public static let phoneEmpty = LocalizedText(
            en: "Enter the customer's phone number.",
            fr: "Saisissez le numéro de téléphone du client."
        )
        public static let phoneNotDigits = LocalizedText(
            en: "A phone number has digits only (spaces, dots and dashes are fine).",
            fr: "Un numéro de téléphone ne contient que des chiffres (espaces, points et tirets acceptés)."
        )
        public static let phoneLength = LocalizedText(
            en: "A Burkina Faso number has 8 digits, like 76 00 00 00.",
            fr: "Un numéro burkinabè a 8 chiffres, par exemple 76 00 00 00."
        )
        public static let phoneNotBurkinaFaso = LocalizedText(
            en: "Only Burkina Faso numbers (+226) can be used.",
            fr: "Seuls les numéros du Burkina Faso (+226) sont acceptés."
        )
        public static let phoneNotMobile = LocalizedText(
            en: "{prefix} is not a Burkina Faso mobile prefix.",
            fr: "{prefix} n'est pas un préfixe mobile du Burkina Faso."
        )
        public static let phoneNotOrange = LocalizedText(
            en: "Orange Money needs an Orange number, starting with {prefixes}.",
            fr: "Orange Money demande un numéro Orange, commençant par {prefixes}."
        )
        public static let phoneNotMoov = LocalizedText(
            en: "Moov Money needs a Moov number, starting with {prefixes}.",
            fr: "Moov Money demande un numéro Moov, commençant par {prefixes}."
        )
        public static let amountEmpty = LocalizedText(
            en: "Enter an amount.",
            fr: "Saisissez un montant."
        )
        public static let amountNotWhole = LocalizedText(
            en: "The amount is a whole number of francs, digits only.",
            fr: "Le montant est un nombre entier de francs, en chiffres uniquement."
        )
        public static let amountNotPositive = LocalizedText(
            en: "The amount must be more than 0 F CFA.",
            fr: "Le montant doit être supérieur à 0 F CFA."
        )
        public static let amountTooLarge = LocalizedText(
            en: "The amount cannot exceed {maximum}.",
            fr: "Le montant ne peut pas dépasser {maximum}."
        )
        public static let transferAmountTooSmall = LocalizedText(
            en: "A transfer is at least {minimum}.",
            fr: "Un transfert est d'au moins {minimum}."
        )
        public static let bulkEmpty = LocalizedText(
            en: "A bulk transfer needs at least one transfer.",
            fr: "Un transfert groupé demande au moins un transfert."
        )
        public static let bulkTooLarge = LocalizedText(
            en: "A bulk transfer carries at most {maximum} transfers; this one has {count}.",
            fr: "Un transfert groupé contient au plus {maximum} transferts ; celui-ci en a {count}."
        )
        public static let otpEmpty = LocalizedText(
            en: "Enter the OTP code the customer received.",
            fr: "Saisissez le code OTP reçu par le client."
        )
        public static let otpNotDigits = LocalizedText(
            en: "The OTP code has digits only.",
            fr: "Le code OTP ne contient que des chiffres."
        )
        public static let otpLength = LocalizedText(
            en: "The OTP code has {minimum} to {maximum} digits.",
            fr: "Le code OTP a entre {minimum} et {maximum} chiffres."
        )
        public static let referenceEmpty = LocalizedText(
            en: "A reference is needed.",
            fr: "Une référence est nécessaire."
        )
        public static let referenceInvalid = LocalizedText(
            en: "A reference has letters, digits, dashes and underscores only.",
            fr: "Une référence ne contient que des lettres, chiffres, tirets et soulignés."
        )
        public static let emailInvalid = LocalizedText(
            en: "This e-mail address does not look right.",
            fr: "Cette adresse e-mail semble incorrecte."
        )
        public static let urlInvalid = LocalizedText(
            en: "{field} must be an http or https address.",
            fr: "{field} doit être une adresse http ou https."
        )
        public static let extIDTooLong = LocalizedText(
            en: "ext_id is at most {maximum} characters.",
            fr: "ext_id a au plus {maximum} caractères."
        )
    }
}
