/// Re-indents JSON text for reading, keeping it as written: keys in their order, numbers and
/// strings byte for byte (escapes included). Nil when the text is not one complete JSON value,
/// so the caller shows it as received instead.
enum PrettyJSON {
    /// Deeper nesting is refused (shown raw) rather than risking the stack on hostile input.
    static let maximumDepth = 256

    static func lines(_ text: String, indent: Int = 2) -> [String]? {
        var formatter = Formatter(bytes: Array(text.utf8), indent: indent)
        guard formatter.document() else { return nil }
        return formatter.finishedLines()
    }

    private struct Formatter {
        let bytes: [UInt8]
        let indent: Int
        var position = 0
        var depth = 0
        var lines: [String] = []
        var line: [UInt8] = []

        init(bytes: [UInt8], indent: Int) {
            self.bytes = bytes
            self.indent = indent
        }

        mutating func finishedLines() -> [String] {
            lines.append(String(decoding: line, as: UTF8.self))
            line = []
            return lines
        }

        mutating func document() -> Bool {
            skipSpace()
            guard value() else { return false }
            skipSpace()
            return position == bytes.count
        }

        private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        private mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
        }

        private mutating func newLine() {
            lines.append(String(decoding: line, as: UTF8.self))
            line = Array(repeating: 0x20, count: depth * indent)
        }

        private mutating func value() -> Bool {
            guard let byte = current else { return false }
            switch byte {
            case UInt8(ascii: "{"): return container(close: UInt8(ascii: "}"), keyed: true)
            case UInt8(ascii: "["): return container(close: UInt8(ascii: "]"), keyed: false)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return false
            }
        }

        /// An object or an array: one member per line, one level deeper; `{}` and `[]` stay whole.
        private mutating func container(close: UInt8, keyed: Bool) -> Bool {
            guard depth < PrettyJSON.maximumDepth else { return false }
            line.append(bytes[position])
            position += 1
            skipSpace()
            if current == close {
                line.append(close)
                position += 1
                return true
            }
            depth += 1
            while true {
                newLine()
                if keyed {
                    guard current == UInt8(ascii: "\""), string() else { return false }
                    skipSpace()
                    guard current == UInt8(ascii: ":") else { return false }
                    position += 1
                    line += Array(": ".utf8)
                    skipSpace()
                }
                guard value() else { return false }
                skipSpace()
                if current == UInt8(ascii: ",") {
                    line.append(UInt8(ascii: ","))
                    position += 1
                    skipSpace()
                    continue
                }
                guard current == close else { return false }
                position += 1
                depth -= 1
                newLine()
                line.append(close)
                return true
            }
        }

        /// Copied as written; raw control characters are invalid in JSON strings.
        private mutating func string() -> Bool {
            let start = position
            position += 1
            while let byte = current {
                position += 1
                switch byte {
                case UInt8(ascii: "\""):
                    line += bytes[start..<position]
                    return true
                case UInt8(ascii: "\\"):
                    guard let escaped = current, Array(#""\/bfnrtu"#.utf8).contains(escaped) else { return false }
                    position += 1
                case 0..<0x20:
                    return false
                default:
                    break
                }
            }
            return false
        }

        private mutating func literal(_ word: String) -> Bool {
            let expected = Array(word.utf8)
            guard bytes.count - position >= expected.count,
                Array(bytes[position..<position + expected.count]) == expected
            else { return false }
            line += expected
            position += expected.count
            return true
        }

        /// `-? digits (. digits)? ([eE] [+-]? digits)?`, copied as written.
        private mutating func number() -> Bool {
            let start = position
            if current == UInt8(ascii: "-") { position += 1 }
            guard digits() else { return false }
            if current == UInt8(ascii: ".") {
                position += 1
                guard digits() else { return false }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                position += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
                guard digits() else { return false }
            }
            line += bytes[start..<position]
            return true
        }

        private mutating func digits() -> Bool {
            let start = position
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
            return position > start
        }
    }
}
