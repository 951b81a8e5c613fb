import Foundation

/// CSV text as RFC 4180 writes it, for every CSV the program makes (the day's export, bulk
/// results, transfer results): CRLF line ends, and a field holding the separator, a quote or a
/// line break put in quotes, with its quotes doubled. Control characters other than tab and line
/// breaks are dropped: an escape sequence from the server would act on the terminal the CSV is
/// printed to.
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
        guard text.unicodeScalars.contains(where: isUnwantedControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isUnwantedControl($0) })
        return String(scalars)
    }

    private static func isUnwantedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F..<0xA0: true
        default: false
        }
    }
}
