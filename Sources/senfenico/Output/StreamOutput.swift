import DashboardCore
import SenfenicoAPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output through one large buffer: a 100 000-row table or a 58 MB `--json` body goes
/// out in a few `write(2)` calls of a megabyte, not one call (or one `String`) per row. Callers
/// give it text already made safe (`Console`'s rules); `flush()` before anything else writes to
/// standard output. A write that fails (a closed pipe) drops the rest, as a reader that went
/// away wants.
struct StandardOutput {
    static let capacity = 1 << 20
    private var buffer: [UInt8] = []
    private(set) var failed = false
    private var lastByte: UInt8?
    private var byteBeforeLast: UInt8?

    /// Whether `Console` would add a line break after the text given so far: it adds one unless
    /// the text's last character is `\n` (a `\r\n` is one character of its own).
    var needsFinalLineBreak: Bool {
        lastByte != UInt8(ascii: "\n") || byteBeforeLast == UInt8(ascii: "\r")
    }

    init() { buffer.reserveCapacity(Self.capacity) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let last = bytes.last else { return }
        byteBeforeLast = bytes.count > 1 ? bytes[bytes.count - 2] : lastByte
        lastByte = last
        if buffer.count + bytes.count > Self.capacity { flush() }
        if bytes.count >= Self.capacity {
            send(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    mutating func append(byte: UInt8) {
        byteBeforeLast = lastByte
        lastByte = byte
        if buffer.count >= Self.capacity { flush() }
        buffer.append(byte)
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { send($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func send(_ bytes: UnsafeRawBufferPointer) {
        guard !failed, var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(STDOUT_FILENO, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                failed = true
                return
            }
            next += written
            remaining -= written
        }
    }
}

/// The `--json` body as it downloads, made what `Console.json` makes of a whole body:
/// `String(decoding:)` (invalid UTF-8 replaced), the client's key scrubbed
/// (`Redactor.scrub`), control, C1 and bidi characters escaped (`JSONText.escapingControls`)
/// and anything shaped like a key masked (`TextSanitizer.maskingKeys`), with one line break at
/// the end.
///
/// The body is cut after its last `"` byte in each chunk: no UTF-8 sequence, key or escape rule
/// spans a `"`, so each piece can go through the same steps as the whole body would, the only
/// state carried over being whether the next byte is inside a JSON string (and after a `\`).
struct JSONBodyWriter {
    let redactor: Redactor
    private var insideString = false
    private var escaped = false
    private var carry: [UInt8] = []
    private var scratch: [UInt8] = []

    init(redactor: Redactor) {
        self.redactor = redactor
        scratch.reserveCapacity(1 << 17)
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer, to out: inout StandardOutput) {
        guard let cut = bytes.lastIndex(of: UInt8(ascii: "\"")) else {
            carry.append(contentsOf: bytes)
            return
        }
        let head = UnsafeRawBufferPointer(rebasing: bytes[..<(cut + 1)])
        if carry.isEmpty {
            piece(head, to: &out)
        } else {
            carry.append(contentsOf: head)
            let whole = carry
            carry = []
            whole.withUnsafeBytes { piece($0, to: &out) }
        }
        carry.append(contentsOf: bytes[(cut + 1)...])
    }

    /// The rest of the body, and the line break `Console` ends its output with.
    mutating func finish(to out: inout StandardOutput) {
        let rest = carry
        carry = []
        rest.withUnsafeBytes { piece($0, to: &out) }
        if out.needsFinalLineBreak { out.append(byte: UInt8(ascii: "\n")) }
    }

    private mutating func piece(_ bytes: UnsafeRawBufferPointer, to out: inout StandardOutput) {
        guard !bytes.isEmpty else { return }
        var text = String(decoding: bytes, as: UTF8.self)
        var (ascii, keyPrefix) = text.withUTF8 { ($0.allSatisfy { $0 < 0x80 }, Self.containsKeyPrefix($0)) }
        if keyPrefix {
            text = redactor.scrub(text)
            ascii = text.utf8.allSatisfy { $0 < 0x80 }
        }
        scratch.removeAll(keepingCapacity: true)
        text.withUTF8 { escape($0) }
        // Without `sk_` in plain ASCII there is no key to mask; otherwise the sanitiser decides.
        let maybeKey = ascii ? keyPrefix : scratch.withUnsafeBufferPointer { Self.mayHoldKey($0) }
        if maybeKey {
            out.append(TextSanitizer.maskingKeys(String(decoding: scratch, as: UTF8.self)))
        } else {
            scratch.withUnsafeBytes { out.append($0) }
        }
    }

    /// `JSONText.escapingControls` on valid UTF-8, into `scratch`, the string state carried over.
    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        let count = utf8.count
        var index = 0
        while index < count {
            let byte = utf8[index]
            if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                // A run of plain printable ASCII: copied whole; it ends any escape it follows.
                var end = index + 1
                while end < count {
                    let next = utf8[end]
                    if next < 0x20 || next >= 0x7F || next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") { break }
                    end += 1
                }
                escaped = false
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
                index = end
                continue
            }
            if insideString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    insideString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                insideString = true
            }
            let length = Self.scalarLength(byte)
            let scalarEnd = min(index + length, count)
            let value = Self.scalarValue(utf8, index, length)
            let keptAsIs = !insideString && (byte == 0x0A || byte == 0x09 || byte == 0x0D)
            if Self.needsEscape(value), !keptAsIs {
                Self.appendEscape(value, to: &scratch)
            } else {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<scalarEnd]))
            }
            index = scalarEnd
        }
    }

    /// Whether `sk_` appears as is.
    private static func containsKeyPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "s") && bytes[index + 1] == UInt8(ascii: "k")
                && bytes[index + 2] == UInt8(ascii: "_")
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// TextSanitizer's cheap look for a key: `s`, `k`, `_` in a row, only non-ASCII bytes
    /// between them.
    static func mayHoldKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var matched = 0
        let wanted: (UInt8, UInt8, UInt8) = (UInt8(ascii: "s"), UInt8(ascii: "k"), UInt8(ascii: "_"))
        for byte in bytes {
            let expected = matched == 0 ? wanted.0 : matched == 1 ? wanted.1 : wanted.2
            if byte == expected {
                matched += 1
                if matched == 3 { return true }
            } else if byte < 0x80 {
                matched = byte == wanted.0 ? 1 : 0
            }
        }
        return false
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        default: 4
        }
    }

    private static func scalarValue(_ utf8: UnsafeBufferPointer<UInt8>, _ index: Int, _ length: Int) -> UInt32 {
        let lead = UInt32(utf8[index])
        guard length > 1, index + length <= utf8.count else { return lead }
        var value = lead & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return value
    }

    /// `JSONText`'s set: C0, DEL, C1, and the bidi marks, embeddings, overrides and isolates.
    private static func needsEscape(_ value: UInt32) -> Bool {
        switch value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func appendEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}

/// A table laid out as `TextTable.render` lays it out (cells cleaned, columns padded to their
/// widest cell plus two spaces, trailing spaces cut as `String` cuts them), written a line at a
/// time through `StandardOutput`. Every cell is cleaned (`TextSanitizer.clean`), so a line holds
/// nothing `TextSanitizer.terminalSafe` would change; keys are masked line by line (no key spans
/// a line break or the spaces between cells). The cells are kept as one byte array with their
/// ends and widths: a 100 000-row table costs about its own size, and no line is kept.
struct TableWriter {
    private var bytes: [UInt8] = []
    // 32 bits a cell: a table of 100 000 rows of 7 cells is 5 MB lighter than with Int. An
    // answer is limited far below 4 GB (`exchangeBodyLimit`), so no end passes UInt32.max.
    private var ends: [UInt32] = []
    private var cellWidths: [UInt32] = []
    private var widths: [Int]
    private let columns: Int

    init(header: [String], expectedRows: Int = 0) {
        columns = header.count
        widths = Array(repeating: 0, count: header.count)
        ends.reserveCapacity((expectedRows + 1) * header.count)
        cellWidths.reserveCapacity((expectedRows + 1) * header.count)
        add(header)
    }

    mutating func add(_ row: [String]) {
        for column in 0..<columns {
            let cell: String
            let width: Int
            if column < row.count, let printable = Self.printableASCIICount(row[column]) {
                // Printable ASCII: nothing to clean, one column a byte.
                cell = row[column]
                width = printable
            } else {
                cell = column < row.count ? TextSanitizer.clean(row[column]) : ""
                width = TerminalWidth.of(cell)
            }
            widths[column] = max(widths[column], width)
            bytes.append(contentsOf: cell.utf8)
            ends.append(UInt32(clamping: bytes.count))
            cellWidths.append(UInt32(clamping: width))
        }
    }

    /// The byte count of a text made only of printable ASCII (what `clean` keeps as is and
    /// `TerminalWidth` counts one a byte), else nil.
    private static func printableASCIICount(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? bytes.count : nil }
    }

    /// The table, then `footer` (already starting with its line break, or empty), then a line
    /// break unless the text already ends with one, as `Console.out` ends it.
    func write(footer: String, to out: inout StandardOutput) {
        var line: [UInt8] = []
        line.reserveCapacity(256)
        bytes.withUnsafeBufferPointer { all in
            for row in 0..<(columns == 0 ? 0 : ends.count / columns) {
                line.removeAll(keepingCapacity: true)
                for column in 0..<columns {
                    let cell = row * columns + column
                    let start = cell == 0 ? 0 : Int(ends[cell - 1])
                    line.append(contentsOf: UnsafeBufferPointer(rebasing: all[start..<Int(ends[cell])]))
                    let padding = max(0, widths[column] - Int(cellWidths[cell]) + 2)
                    line.append(contentsOf: repeatElement(UInt8(ascii: " "), count: padding))
                }
                if row > 0 { out.append(byte: UInt8(ascii: "\n")) }
                Self.emit(&line, to: &out)
            }
        }
        if !footer.isEmpty { out.append(Console.safe(footer)) }
        if out.needsFinalLineBreak { out.append(byte: UInt8(ascii: "\n")) }
    }

    /// One line without its trailing spaces (`while line.last == " " { line.removeLast() }`),
    /// keys masked.
    private static func emit(_ line: inout [UInt8], to out: inout StandardOutput) {
        var end = line.count
        while end > 0 && line[end - 1] == UInt8(ascii: " ") { end -= 1 }
        if end > 0, end < line.count, line[end - 1] >= 0x80 {
            // A space after a non-ASCII character may belong to it (a prepended mark): the
            // `Character` rules decide, as they did.
            var text = String(decoding: line, as: UTF8.self)
            while text.last == " " { text.removeLast() }
            out.append(TextSanitizer.maskingKeys(text))
            return
        }
        line.removeSubrange(end...)
        if line.withUnsafeBufferPointer({ JSONBodyWriter.mayHoldKey($0) }) {
            out.append(TextSanitizer.maskingKeys(String(decoding: line, as: UTF8.self)))
        } else {
            line.withUnsafeBytes { out.append($0) }
        }
    }
}
