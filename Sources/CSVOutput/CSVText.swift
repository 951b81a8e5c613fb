import Foundation
import SenfenicoAPI

/// CSV text as RFC 4180 writes it, for every CSV the program makes (the day's export, bulk
/// results, transfer results): CRLF line ends, and a field holding the separator, a quote or a
/// line break put in quotes, with its quotes doubled. Every field goes through the one sanitiser
/// (`TextSanitizer.terminalSafe`, tabs and line breaks kept): an escape sequence from the server
/// would act on the terminal the CSV is printed to; anything shaped like a key is masked.
public struct CSVText: Sendable, Hashable {
    public static let lineEnd = "\r\n"

    /// `,` by default; a French spreadsheet reads `;` (the separator is open for that).
    public let separator: Character
    /// Characters that get a field quoted even when they are not the separator (`;` keeps a
    /// comma-separated file safe in a spreadsheet that guesses `;`).
    public let alsoQuoted: Set<Character>

    public init(separator: Character = ",", alsoQuoted: Set<Character> = []) {
        self.separator = separator
        self.alsoQuoted = alsoQuoted
    }

    public func field(_ raw: String) -> String {
        let text = Self.withoutControls(raw)
        let quoted = text.contains { character in
            character == separator || character == "\"" || character == "\n" || character == "\r"
                || character == "\r\n" || alsoQuoted.contains(character)
        }
        guard quoted else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(separator)) + Self.lineEnd
    }

    public static func withoutControls(_ text: String) -> String {
        TextSanitizer.maskingKeys(TextSanitizer.terminalSafe(text))
    }
}
