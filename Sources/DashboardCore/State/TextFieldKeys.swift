/// Typing into a text field, the same in the charge wizard, the operation forms and the bulk
/// screen: an accepted character is added (up to a limit), Backspace removes the last one, and
/// any other character is refused, for the caller to say so at the field.
enum TextFieldKeys {
    enum Outcome: Equatable {
        /// The text changed (or stayed full at its limit).
        case typed
        /// A character the field does not take; the text is unchanged.
        case refused
        /// Not a typing key: the caller handles it.
        case notTyping
    }

    static func apply(
        _ key: Key, to text: inout String, limit: Int, accepts: (Character) -> Bool
    ) -> Outcome {
        switch key {
        case .character(let character) where accepts(character):
            if text.count < limit { text.append(character) }
            return .typed
        case .backspace:
            _ = text.popLast()
            return .typed
        case .character:
            return .refused
        default:
            return .notTyping
        }
    }

    /// ASCII digits only: amounts, OTPs and confirmations are typed with them.
    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}
