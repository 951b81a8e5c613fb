extension Strings {
    /// A command line that cannot be parsed: swift-argument-parser's messages, in French when the
    /// user's language is French (in English they stay word for word what the parser says), and
    /// the nearest command to a mistyped one.
    public enum Arguments {
        public static let errorPrefix = LocalizedText(en: "Error: ", fr: "Erreur : ")
        public static let usage = LocalizedText(en: "Usage:", fr: "Utilisation :")
        public static let help = LocalizedText(en: "Help:", fr: "Aide :")
        public static let seeHelp = LocalizedText(
            en: "See '{command}' for more information.", fr: "Voir « {command} » pour en savoir plus.")
        public static let unknownOption = LocalizedText(en: "Unknown option '{name}'", fr: "Option inconnue « {name} »")
        public static let unknownOptionSuggestion = LocalizedText(
            en: "Unknown option '{name}'. Did you mean '{suggestion}'?",
            fr: "Option inconnue « {name} ». Vouliez-vous dire « {suggestion} » ?")
        public static let missingValue = LocalizedText(
            en: "Missing value for '{name}'", fr: "Valeur manquante pour « {name} »")
        public static let invalidValue = LocalizedText(
            en: "The value '{value}' is invalid for '{name}'",
            fr: "La valeur « {value} » n'est pas valable pour « {name} »")
        public static let invalidValueChoices = LocalizedText(
            en: ". Please provide one of {values}.", fr: ". Valeurs possibles : {values}.")
        public static let invalidValueList = LocalizedText(
            en: ". Please provide one of the following:", fr: ". Valeurs possibles :")
        public static let or = LocalizedText(en: " or ", fr: " ou ")
        public static let and = LocalizedText(en: " and ", fr: " et ")
        public static let missingArgument = LocalizedText(
            en: "Missing expected argument '{name}'", fr: "Argument attendu manquant : « {name} »")
        public static let unexpectedArgument = LocalizedText(
            en: "Unexpected argument '{value}'", fr: "Argument inattendu « {value} »")
        public static let unexpectedArguments = LocalizedText(
            en: "{count} unexpected arguments: {values}", fr: "{count} arguments inattendus : {values}")
        public static let didYouMean = LocalizedText(
            en: "Did you mean `{command}`?", fr: "Vouliez-vous dire `{command}` ?")
    }
}
