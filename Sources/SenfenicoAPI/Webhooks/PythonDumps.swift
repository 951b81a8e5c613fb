extension PythonJSON {
    /// Exactly what Python's `json.dumps(value)` prints with its defaults: `", "` between
    /// members and items, `": "` after keys, every non-ASCII character as a lowercase
    /// `\uXXXX` escape (a surrogate pair above U+FFFF), `NaN` and `Infinity` as Python writes
    /// them, UTF-8 bytes (ASCII in fact).
    public func pythonDumps() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out)
        return out
    }

    /// ``pythonDumps()`` as a `String`.
    public var pythonDumpsText: String { String(decoding: pythonDumps(), as: UTF8.self) }

    private func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .integer(let text): out.append(contentsOf: text.utf8)
        case .float(let value): out.append(contentsOf: PythonFloat.repr(value).utf8)
        case .string(let text): Self.writeQuoted(text.units, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(contentsOf: ", ".utf8) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(contentsOf: ", ".utf8) }
                Self.writeQuoted(member.key.units, to: &out)
                out.append(contentsOf: ": ".utf8)
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Python's `py_encode_basestring_ascii`: the short escapes for `"` `\` and the five
    /// named controls, `\u00XX` for other controls, every unit above 0x7E as `\uXXXX` (DEL
    /// included).
    private static func writeQuoted(_ units: [UInt16], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for unit in units {
            switch unit {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x20...0x7E: out.append(UInt8(unit))
            default:
                out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
                for shift in stride(from: 12, through: 0, by: -4) {
                    out.append(hexDigits[Int((unit >> UInt16(shift)) & 0xF)])
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// Python's `repr(float)`, which `json.dumps` uses: the shortest digits that read back to the
/// same double (Swift finds the same ones), fixed notation while the decimal exponent is in
/// -4 ..< 16, scientific (`1e+16`, `1.5e-05`) outside it.
enum PythonFloat {
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0.0" }
        let (digits, pointAt) = shortestDigits(abs(value))
        // Python switches to exponent notation when decpt <= -4 or decpt > 16, decpt being
        // where the point goes in 0.DIGITS.
        if pointAt <= -4 || pointAt > 16 {
            let exponent = pointAt - 1
            var text = String(digits.first!)
            if digits.count > 1 { text += "." + digits.dropFirst() }
            let magnitude = String(abs(exponent))
            return sign + text + "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
        }
        if pointAt <= 0 { return sign + "0." + String(repeating: "0", count: -pointAt) + digits }
        if pointAt >= digits.count {
            return sign + digits + String(repeating: "0", count: pointAt - digits.count) + ".0"
        }
        let split = digits.index(digits.startIndex, offsetBy: pointAt)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// The significant digits of Swift's shortest round-trip description (no leading or
    /// trailing zeros) and where the point goes: value = 0.DIGITS × 10^pointAt.
    private static func shortestDigits(_ value: Double) -> (String, Int) {
        let description = value.description
        var mantissa = Substring(description)
        var exponent = 0
        if let e = description.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = description[..<e]
            exponent = Int(description[description.index(after: e)...]) ?? 0
        }
        let integerPart = mantissa.prefix { $0 != "." }
        let fraction = mantissa.dropFirst(integerPart.count + 1)
        var all = Array(integerPart + fraction)
        var pointAt = integerPart.count + exponent
        while all.first == "0" {
            all.removeFirst()
            pointAt -= 1
        }
        while all.last == "0" { all.removeLast() }
        return (String(all), pointAt)
    }
}
