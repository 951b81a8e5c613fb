#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pull parser over UTF-8 JSON bytes, made for decoding the API's models directly.
///
/// `JSONDecoder` builds an intermediate tree and boxes every value; on a 100 000-charge list
/// (58 MB) that costs seconds and hundreds of megabytes. Reading fields straight into typed
/// models costs one pass and no tree. Every read checks bounds and throws `truncated` at the
/// end of the buffer, which lets the streaming list decoder retry an element when its bytes
/// have not all arrived yet.
struct JSONReader: ~Copyable {
    let bytes: UnsafeRawBufferPointer
    var index: Int

    init(_ bytes: UnsafeRawBufferPointer, at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    enum Failure: Error, Equatable, CustomStringConvertible {
        /// The buffer ended inside a value: more bytes may complete it.
        case truncated
        case unexpected(byte: UInt8, at: Int, expected: String)

        var description: String {
            switch self {
            case .truncated:
                return "the JSON ends too early"
            case .unexpected(let byte, let offset, let expected):
                let shown = (0x20..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
                return "\(shown) at offset \(offset) where \(expected) was expected"
            }
        }
    }

    /// A key's bytes inside the buffer; compared without allocating.
    struct Key {
        let start: Int
        let count: Int
    }

    // MARK: Structure

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    @inline(__always)
    mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard index < bytes.count else { throw Failure.truncated }
        return bytes[index]
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        let found = try peek()
        guard found == byte else { throw Failure.unexpected(byte: found, at: index, expected: what) }
        index += 1
    }

    /// Consumes `null` if it is next.
    mutating func consumeNull() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count else { throw Failure.truncated }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] {
            throw Failure.unexpected(byte: bytes[index + offset], at: index + offset, expected: "\(word)")
        }
        index += length
    }

    /// Iterates an object's members: call `nextKey` until it returns `nil`, reading or skipping
    /// each value in between.
    mutating func beginObject() throws { try expect(UInt8(ascii: "{"), "{") }

    mutating func nextKey(first: inout Bool) throws -> Key? {
        let byte = try peek()
        if byte == UInt8(ascii: "}") {
            index += 1
            return nil
        }
        if !first {
            try expect(UInt8(ascii: ","), ", or }")
            // Python-style trailing commas (the reference's list sample has one) are tolerated.
            if try peek() == UInt8(ascii: "}") {
                index += 1
                return nil
            }
        }
        first = false
        let key = try readRawString()
        try expect(UInt8(ascii: ":"), ":")
        return key
    }

    mutating func beginArray() throws { try expect(UInt8(ascii: "["), "[") }

    /// True when another element follows; consumes the separating comma or the closing bracket.
    mutating func nextElement(first: inout Bool) throws -> Bool {
        let byte = try peek()
        if byte == UInt8(ascii: "]") {
            index += 1
            return false
        }
        if !first {
            try expect(UInt8(ascii: ","), ", or ]")
            if try peek() == UInt8(ascii: "]") {
                index += 1
                return false
            }
        }
        first = false
        return true
    }

    @inline(__always)
    func matches(_ key: Key, _ name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        let pointer = name.utf8Start
        for offset in 0..<key.count where bytes[key.start + offset] != pointer[offset] { return false }
        return true
    }

    func string(of key: Key) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[key.start..<(key.start + key.count)]), as: UTF8.self)
    }

    // MARK: Values

    /// Reads a string's raw bytes (escapes left in place). Used for keys, which never need them.
    private mutating func readRawString() throws -> Key {
        try expect(UInt8(ascii: "\""), "a string")
        let start = index
        let end = try closingQuote(from: start)
        index = end + 1
        return Key(start: start, count: end - start)
    }

    /// The offset of the quote that ends the string starting at `start`: found with `memchr`
    /// (strings are most of a list's bytes), then checked for an escaping backslash.
    @inline(__always)
    private func closingQuote(from start: Int) throws -> Int {
        guard let base = bytes.baseAddress else { throw Failure.truncated }
        var searchFrom = start
        while true {
            guard searchFrom < bytes.count,
                let found = memchr(base + searchFrom, 0x22, bytes.count - searchFrom)
            else { throw Failure.truncated }
            let quote = base.distance(to: UnsafeRawPointer(found))
            var backslashes = 0
            while quote - backslashes - 1 >= start, bytes[quote - backslashes - 1] == 0x5C { backslashes += 1 }
            if backslashes % 2 == 0 { return quote }
            searchFrom = quote + 1
        }
    }

    mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""), "a string")
        let start = index
        let end = try closingQuote(from: start)
        index = end + 1
        let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        let hasEscape = raw.count > 0 && memchr(raw.baseAddress!, 0x5C, raw.count) != nil
        return hasEscape ? try JSONReader.unescape(raw, at: start) : String(decoding: raw, as: UTF8.self)
    }

    mutating func readOptionalString() throws -> String? {
        try consumeNull() ? nil : readString()
    }

    /// Reads a number's text or a string's contents as bytes, for exact decimal parsing:
    /// the API sends amounts both ways (`1000`, `"500"`, `18692.0`, `"3.50"`).
    mutating func readNumberText<T>(_ body: (UnsafeRawBufferPointer) -> T?) throws -> T? {
        let first = try peek()
        if first == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        if first == UInt8(ascii: "\"") {
            let key = try readRawString()
            return body(UnsafeRawBufferPointer(rebasing: bytes[key.start..<(key.start + key.count)]))
        }
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                guard index > start else {
                    throw Failure.unexpected(byte: bytes[index], at: index, expected: "a number")
                }
                return body(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
            }
        }
        throw Failure.truncated
    }

    mutating func readMoney() throws -> Money? {
        try readNumberText { FixedPoint.hundredths($0).map(Money.init(hundredths:)) }
    }

    mutating func readFeeRate() throws -> FeeRate? {
        try readNumberText { FixedPoint.hundredths($0).map(FeeRate.init(hundredthsOfPercent:)) }
    }

    /// `true`/`false`, and leniently `1`/`0` or `"true"`/`"false"`.
    mutating func readBool() throws -> Bool? {
        switch try peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        case UInt8(ascii: "n"):
            try literal("null")
            return nil
        case UInt8(ascii: "\""):
            let text = try readString().lowercased()
            return text == "true" || text == "1"
        default:
            return try readNumberText { text in text.count == 1 ? text[0] != UInt8(ascii: "0") : nil }
        }
    }

    mutating func readTimestamp() throws -> Timestamp? {
        guard try !consumeNull() else { return nil }
        let raw = try readRawString()
        return Timestamp.parse(UnsafeRawBufferPointer(rebasing: bytes[raw.start..<(raw.start + raw.count)]))
    }

    /// Skips any value, however nested: unknown fields are ignored, never fatal.
    mutating func skipValue() throws {
        switch try peek() {
        case UInt8(ascii: "\""):
            _ = try readRawString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while true {
                guard index < bytes.count else { throw Failure.truncated }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    _ = try readRawString()
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                default:
                    break
                }
                index += 1
                if depth == 0 { return }
            }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            _ = try readNumberText { _ in () }
        }
    }

    // MARK: Escapes

    private static func unescape(_ raw: UnsafeRawBufferPointer, at offset: Int) throws -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        func hex(_ position: Int) throws -> UInt32 {
            guard position + 4 <= raw.count else {
                throw Failure.unexpected(byte: 0, at: offset + position, expected: "\\uXXXX")
            }
            var value: UInt32 = 0
            for byte in raw[position..<(position + 4)] {
                value <<= 4
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): value |= UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): value |= UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): value |= UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw Failure.unexpected(byte: byte, at: offset + position, expected: "a hex digit")
                }
            }
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
                output.append(byte)
                index += 1
                continue
            }
            let escaped = raw[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = try hex(index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"),
                    raw[index + 1] == UInt8(ascii: "u")
                {
                    let low = try hex(index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                output.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default: output.append(escaped)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
