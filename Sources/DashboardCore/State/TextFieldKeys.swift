import Localization

/// Typing into a text field, the same in the charge wizard, the operation forms and the bulk
/// screen: an accepted character is added (up to a limit), Backspace removes the last one,
/// Ctrl-U clears the field, and any other character is refused, for the caller to say so at
/// the field.
///
/// Numeric fields (amounts, phones, OTPs, typed confirmations) follow `NumericField`'s rules:
/// the unshifted AZERTY digit row counts as its digits, a paste is taken whole or refused whole,
/// and a field that is full says so.
enum TextFieldKeys {
    enum Outcome: Equatable {
        /// The text changed.
        case typed
        /// A character, a paste or a digit the field does not take; the text is unchanged and
        /// the message says why, at the field.
        case refused(LocalizedText)
        /// Not a typing key: the caller handles it.
        case notTyping
    }

    /// A free-text field: characters `accepts` takes, up to `limit` (more are dropped). A
    /// paste is added when every character of it is accepted, refused whole otherwise.
    static func apply(
        _ key: Key, to text: inout String, limit: Int, accepts: (Character) -> Bool, refusal: LocalizedText
    ) -> Outcome {
        switch key {
        case .character(let character) where accepts(character):
            if text.count < limit { text.append(character) }
            return .typed
        case .paste(let pasted):
            guard pasted.allSatisfy(accepts) else { return .refused(refusal) }
            text.append(contentsOf: pasted.prefix(max(0, limit - text.count)))
            return .typed
        case .backspace:
            _ = text.popLast()
            return .typed
        case .control("u"):
            text = ""
            return .typed
        case .character:
            return .refused(refusal)
        default:
            return .notTyping
        }
    }

    /// A numeric field (`NumericField`): digits, with the AZERTY digit row read as digits.
    static func apply(_ key: Key, to text: inout String, field: NumericField) -> Outcome {
        switch key {
        case .character(let character):
            if let digit = digit(for: character) {
                guard digitCount(text) < field.maximumDigits else { return .refused(field.fullMessage) }
                text.append(digit)
                return .typed
            }
            guard field.separators.contains(character), text.count < field.maximumDigits * 2 else {
                return .refused(field.refusal)
            }
            text.append(character)
            return .typed
        case .paste(let pasted):
            guard let cleaned = field.cleanPaste(pasted) else {
                return .refused(Strings.Wizard.pasteRefused(field.refusal))
            }
            guard digitCount(text) + digitCount(cleaned) <= field.maximumDigits else {
                return .refused(field.fullMessage)
            }
            text.append(contentsOf: cleaned)
            return .typed
        case .backspace:
            _ = text.popLast()
            return .typed
        case .control("u"):
            text = ""
            return .typed
        default:
            return .notTyping
        }
    }

    /// ASCII digits only: amounts, OTPs and confirmations are typed with them.
    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// The unshifted AZERTY digit row: `&` is on the 1 key, `à` on the 0 key.
    static let azertyDigits: [Character: Character] = [
        "&": "1", "é": "2", "\"": "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8", "ç": "9", "à": "0",
    ]

    /// The digit a key gives in a numeric field: itself, or the digit its AZERTY key carries.
    static func digit(for character: Character) -> Character? {
        isDigit(character) ? character : azertyDigits[character]
    }

    static func digitCount(_ text: String) -> Int { text.reduce(0) { $0 + (isDigit($1) ? 1 : 0) } }
}

/// The rules of one numeric field: how many digits it holds, which separators it keeps.
struct NumericField: Sendable, Hashable {
    /// The most digits the field holds; one more is refused with `fullMessage`.
    var maximumDigits: Int
    /// Characters kept as typed between digits (a phone's `+`, spaces and dots).
    var separators: Set<Character> = []
    /// Characters a pasted value may carry as formatting, dropped (spaces in `1 500`).
    var pasteBlanks: Set<Character> = [" ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}"]
    /// What the field says of a character it does not take.
    var refusal: LocalizedText = Strings.Wizard.digitsOnly

    var fullMessage: LocalizedText { Strings.Wizard.fieldFull(maximumDigits) }

    /// An amount in francs: up to 10 000 000, eight digits.
    static let amount = NumericField(maximumDigits: 8)
    /// A phone number: eight national digits, with `+226` or `00226` at most thirteen.
    static let phone = NumericField(
        maximumDigits: 13, separators: ["+", " ", "."], refusal: Strings.Wizard.phoneCharacters)
    /// An operator's code: at most eight digits.
    static let otp = NumericField(maximumDigits: 8)

    /// A typed confirmation of an amount: as many digits as `limit`.
    static func confirmation(_ limit: Int) -> NumericField { NumericField(maximumDigits: limit) }

    /// The pasted value as the field keeps it, or nil when one character is neither a digit
    /// (ASCII or AZERTY row), a separator of the field, nor formatting. In a phone, the
    /// dashes and brackets of a pasted `76-00-00-00` are formatting, not AZERTY digits.
    func cleanPaste(_ pasted: String) -> String? {
        var kept = ""
        let formatting: Set<Character> = separators.isEmpty ? [] : ["-", "(", ")", "/"]
        for character in pasted {
            if pasteBlanks.contains(character) || formatting.contains(character) {
                if separators.contains(" ") { kept.append(" ") }
            } else if separators.contains(character) {
                kept.append(character)
            } else if let digit = TextFieldKeys.digit(for: character) {
                kept.append(digit)
            } else {
                return nil
            }
        }
        return kept
    }
}
