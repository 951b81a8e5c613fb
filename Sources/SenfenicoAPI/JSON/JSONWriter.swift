/// Writes JSON text in the order fields are given, with `null` written out.
///
/// The sandbox must answer with exactly the reference's fields, nulls included, and the client
/// must send exactly the documented request bodies; `JSONEncoder` drops `nil` fields and
/// reorders nothing we can rely on, so both use this small writer.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(reservingCapacity capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        valuePrefix()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        valuePrefix()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"name":` inside an object; the value call that follows completes the member.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        // The value after a key takes no comma of its own; the next member will.
        pendingMemberValue = true
    }

    private var pendingMemberValue = false

    private mutating func valuePrefix() {
        if pendingMemberValue {
            pendingMemberValue = false
        } else {
            separate()
        }
    }

    public mutating func string(_ value: String?) {
        guard let value else { return null() }
        valuePrefix()
        appendQuoted(value)
    }

    /// A number written from its exact text (`1000`, `3.5`, `18692.0`).
    public mutating func number(_ text: String) {
        valuePrefix()
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func number(_ value: Int) {
        number(String(value))
    }

    public mutating func bool(_ value: Bool) {
        valuePrefix()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        valuePrefix()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Splices already-encoded JSON in as one value.
    public mutating func raw(_ json: some Sequence<UInt8>) {
        valuePrefix()
        bytes.append(contentsOf: json)
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = value.utf8
        // Almost every string needs no escape: copy it whole (a 100 000-row list is 58 MB).
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
        } else {
            appendEscaped(utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ utf8: String.UTF8View) {
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 0x0A: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
    }
}
extension JSONWriter {
    public mutating func member(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    public mutating func member(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    public mutating func member(_ name: String, number text: String?) {
        key(name)
        if let text { number(text) } else { null() }
    }

    public mutating func member(_ name: String, _ value: Timestamp?) {
        key(name)
        string(value?.iso8601)
    }
}
