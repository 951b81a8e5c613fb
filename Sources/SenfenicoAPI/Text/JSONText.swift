/// JSON text made safe for a terminal without changing what it means.
public enum JSONText {
    /// Every C0 control (a server sending invalid JSON), DEL, C1 control and bidi override
    /// written as a `\uXXXX` escape. In valid JSON these can only stand inside strings, where the
    /// escape means the same character, so the result parses to the same value; but no terminal
    /// acts on it. Line breaks between values (outside strings) are kept.
    public static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        var insideString = false
        var escaped = false
        for scalar in text.unicodeScalars {
            if insideString {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    insideString = false
                }
            } else if scalar == "\"" {
                insideString = true
            }
            let keptAsIs = !insideString && (scalar == "\n" || scalar == "\t" || scalar == "\r")
            guard needsEscape(scalar), !keptAsIs else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            result.append(
                contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
        }
        return String(result)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
