/// The characters refused in anything typed or read from a file before it is sent: a value that
/// carries one is either a copy-paste accident (`"1\n00"` read as 100 F CFA) or an attempt to
/// make a terminal, a log or a spreadsheet show something other than what is sent.
public enum ControlCharacters {
    /// C0 (tab and line breaks included), DEL, C1, the bidirectional embeddings, overrides and
    /// isolates (U+202A–U+202E, U+2066–U+2069), and the Unicode line and paragraph separators
    /// (U+2028, U+2029), which some programs break lines at.
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first refused character of `text`, if any.
    public static func first(in text: some StringProtocol) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isRefused)
    }

    /// `U+000A`: how a refused character is named in a message (it cannot be shown as itself).
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
