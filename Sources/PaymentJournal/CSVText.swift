/// CSV as RFC 4180 writes it: CRLF line ends, and a field holding a comma, a quote or a line
/// break put in quotes, with its quotes doubled.
enum CSVText {
    static let lineEnd = "\r\n"

    static func field(_ raw: String) -> String {
        let text = withoutControls(raw)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Control characters other than tab and line breaks have no place in a reference or a
    /// note, and an escape sequence from the server would act on the terminal the CSV is
    /// printed to; they are dropped.
    static func withoutControls(_ text: String) -> String {
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

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + lineEnd
    }
}
