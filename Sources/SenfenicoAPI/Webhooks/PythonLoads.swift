extension PythonJSON {
    /// Why a body is not JSON that Python's `json.loads` would read.
    public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
        public var offset: Int
        public var reason: String

        public var description: String { "\(reason) at byte \(offset)" }
    }

    /// Reads UTF-8 JSON as Python's `json.loads` does: `NaN`, `Infinity` and `-Infinity`
    /// accepted, raw control characters inside strings refused, a repeated key keeps its first
    /// place and its last value, numbers with a fraction or exponent are floats and the others
    /// integers of any size. A leading UTF-8 byte order mark is skipped, as `json.loads` does
    /// for bytes.
    public static func pythonLoads(_ bytes: some Collection<UInt8>) throws(LoadError) -> PythonJSON {
        var parser = PythonJSONParser(Array(bytes))
        return try parser.document()
    }
}

private struct PythonJSONParser {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private func fail(_ reason: String) -> PythonJSON.LoadError {
        PythonJSON.LoadError(offset: index, reason: reason)
    }

    mutating func document() throws(PythonJSON.LoadError) -> PythonJSON {
        let value = try self.value(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw fail("extra data") }
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private mutating func literal(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard bytes[index...].starts(with: utf8) else { return false }
        index += utf8.count
        return true
    }

    /// Deep nesting is refused before it can exhaust the stack (Python stops at its own
    /// recursion limit too).
    private static let maximumDepth = 512

    private mutating func value(depth: Int) throws(PythonJSON.LoadError) -> PythonJSON {
        guard depth < Self.maximumDepth else { throw fail("nested too deeply") }
        skipWhitespace()
        guard index < bytes.count else { throw fail("expecting value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(PythonString(units: try string()))
        default: break
        }
        if literal("null") { return .null }
        if literal("true") { return .bool(true) }
        if literal("false") { return .bool(false) }
        if literal("NaN") { return .float(.nan) }
        if literal("Infinity") { return .float(.infinity) }
        if literal("-Infinity") { return .float(-.infinity) }
        return try number()
    }

    private mutating func object(depth: Int) throws(PythonJSON.LoadError) -> PythonJSON {
        index += 1
        var members: [PythonJSON.Member] = []
        var positions: [PythonString: Int] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw fail("expecting property name enclosed in double quotes")
            }
            let key = PythonString(units: try string())
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expecting ':' delimiter") }
            index += 1
            let value = try self.value(depth: depth + 1)
            if let position = positions[key] {
                members[position].value = value
            } else {
                positions[key] = members.count
                members.append(PythonJSON.Member(key: key, value: value))
            }
            skipWhitespace()
            guard index < bytes.count else { throw fail("expecting ',' delimiter") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw fail("expecting ',' delimiter") }
            index += 1
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(PythonJSON.LoadError) -> PythonJSON {
        index += 1
        var items: [PythonJSON] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw fail("expecting ',' delimiter") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw fail("expecting ',' delimiter") }
            index += 1
            return .array(items)
        }
    }

    /// A string's UTF-16 units; `index` is on the opening quote.
    private mutating func string() throws(PythonJSON.LoadError) -> [UInt16] {
        index += 1
        var units: [UInt16] = []
        while true {
            guard index < bytes.count else { throw fail("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return units
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw fail("unterminated string") }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""): units.append(0x22)
                case UInt8(ascii: "\\"): units.append(0x5C)
                case UInt8(ascii: "/"): units.append(0x2F)
                case UInt8(ascii: "b"): units.append(0x08)
                case UInt8(ascii: "f"): units.append(0x0C)
                case UInt8(ascii: "n"): units.append(0x0A)
                case UInt8(ascii: "r"): units.append(0x0D)
                case UInt8(ascii: "t"): units.append(0x09)
                case UInt8(ascii: "u"): units.append(try hexUnit())
                default:
                    index -= 2
                    throw fail("invalid \\escape")
                }
            case 0..<0x20:
                throw fail("invalid control character")
            case 0..<0x80:
                units.append(UInt16(byte))
                index += 1
            default:
                units.append(contentsOf: try scalar().utf16)
            }
        }
    }

    private mutating func hexUnit() throws(PythonJSON.LoadError) -> UInt16 {
        guard index + 4 <= bytes.count else { throw fail("invalid \\uXXXX escape") }
        var unit: UInt16 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Self.hexValue(byte) else { throw fail("invalid \\uXXXX escape") }
            unit = unit << 4 | UInt16(digit)
        }
        index += 4
        return unit
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// One multi-byte UTF-8 scalar; anything malformed is refused, as Python's decode refuses it.
    private mutating func scalar() throws(PythonJSON.LoadError) -> Unicode.Scalar {
        let length: Int
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: throw fail("invalid UTF-8")
        }
        guard index + length <= bytes.count,
            let decoded = String(validating: bytes[index..<index + length], as: UTF8.self),
            let scalar = decoded.unicodeScalars.first
        else { throw fail("invalid UTF-8") }
        index += length
        return scalar
    }

    private mutating func number() throws(PythonJSON.LoadError) -> PythonJSON {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else {
            index = start
            throw fail("expecting value")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        var isFloat = false
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), Self.isDigit(bytes[index + 1]) {
            isFloat = true
            index += 1
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var probe = index + 1
            if probe < bytes.count, bytes[probe] == UInt8(ascii: "+") || bytes[probe] == UInt8(ascii: "-") {
                probe += 1
            }
            if probe < bytes.count, Self.isDigit(bytes[probe]) {
                isFloat = true
                index = probe
                while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isFloat {
            guard let value = Double(text) else { throw fail("unreadable number") }
            return .float(value)
        }
        return .integer(text == "-0" ? "0" : text)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
