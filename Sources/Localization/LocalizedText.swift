/// A user-facing text in both languages. Every string the tool shows a person is one of these,
/// so that nothing reaches the screen in only one language.
public struct LocalizedText: Sendable, Hashable {
    public let english: String
    public let french: String

    public init(en english: String, fr french: String) {
        self.english = english
        self.french = french
    }

    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .french: french
        }
    }

    /// Replaces `{name}` placeholders in both languages.
    public func filling(_ values: [String: String]) -> LocalizedText {
        func fill(_ template: String) -> String {
            values.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        return LocalizedText(en: fill(english), fr: fill(french))
    }
}
