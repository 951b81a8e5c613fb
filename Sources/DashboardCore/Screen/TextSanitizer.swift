/// Makes server text safe to draw: a reference, ext_id or reason could carry escape sequences
/// that would move the cursor, change colours or retitle the terminal.
public enum TextSanitizer {
    /// Removes C0/C1 controls and whole ESC sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`,
    /// and two-character escapes) and bidirectional overrides; tabs and line breaks become spaces
    /// so a row stays one line.
    public static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D:
                result.append(" ")
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:
                skipCSI(&scalars)
            case 0x9D:
                skipOSC(&scalars)
            // Bidirectional overrides could make a reference read differently from what it is.
            case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipCSI(&scalars)
        case "]", "P", "_", "^": skipOSC(&scalars)
        default: return
        }
    }

    /// Parameters and intermediates up to a final byte in `@`...`~`.
    private static func skipCSI(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) { return }
        }
    }

    /// A string terminated by BEL or ST (`ESC \`).
    private static func skipOSC(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if scalar.value == 0x07 || scalar.value == 0x9C { return }
            if scalar.value == 0x1B {
                _ = scalars.next()
                return
            }
        }
    }
}
