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

    /// Replaces `{name}` placeholders in both languages. One pass over the template: a value
    /// is never read again for placeholders (a phone or a server's text that holds `{amount}`
    /// stays as it is), and a placeholder without a value is kept.
    public func filling(_ values: [String: String]) -> LocalizedText {
        LocalizedText(en: Self.fill(english, values), fr: Self.fill(french, values))
    }

    private static func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(bytes.count + 16)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}",
                let value = values[String(rest[afterOpen..<close])]
            else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
