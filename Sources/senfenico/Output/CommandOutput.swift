import DashboardCore
import Foundation
import Localization
import SenfenicoAPI
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and standard error for the scriptable commands: data on stdout (a table, or
/// with `--json` the API's JSON and nothing else), everything said to a person on stderr.
///
/// Nothing from a server reaches the terminal raw: `out` and `err` pass all text through the one
/// sanitiser (escape sequences and control characters removed, line breaks kept, anything shaped
/// like a secret key masked), and `json` keeps JSON valid while writing its control characters
/// as `\u` escapes, so a `--json` answer piped to a terminal cannot act on it either.
enum Console {
    static func out(_ text: String) {
        write(safe(text), to: .standardOutput)
    }

    /// What `out` writes of `text`, without the line break it adds.
    static func safe(_ text: String) -> String {
        TextSanitizer.maskingKeys(TextSanitizer.terminalSafe(text))
    }

    static func err(_ text: String) {
        write(TextSanitizer.maskingKeys(TextSanitizer.terminalSafe(text)), to: .standardError)
    }

    /// JSON on standard output: the same JSON, with control, C1 and bidi characters escaped
    /// (where valid JSON can only hold them, inside strings) and keys masked.
    static func json(_ text: String) {
        write(TextSanitizer.maskingKeys(JSONText.escapingControls(text)), to: .standardOutput)
    }

    /// The program's own text, as is: completion scripts and the manual page.
    static func document(_ text: String) {
        write(text, to: .standardOutput)
    }

    /// Writes without a line end (a prompt, a progress bar redrawn in place with `\r`): the
    /// program's own words and figures only.
    static func errRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// Every exchange the client reports, kept so that `--json` can print an answer's body exactly
/// as it came (the client gives the whole body when `exchangeBodyLimit` is raised).
final class ExchangeRecorder: Sendable {
    private let exchanges = Mutex<[Exchange]>([])

    func record(_ exchange: Exchange) { exchanges.withLock { $0.append(exchange) } }

    var count: Int { exchanges.withLock { $0.count } }

    /// The exchanges recorded after the first `count`.
    func since(_ count: Int) -> [Exchange] { exchanges.withLock { Array($0.dropFirst(count)) } }

    /// The bodies of the answers received, newest first: after a refusal, Senfenico's error
    /// answer comes first. Calls made together (`overview`) are cancelled when one is refused,
    /// so the newest body can be one cut short: the caller takes the first that is whole.
    func answersNewestFirst() -> [String] {
        exchanges.withLock { all in all.reversed().filter { $0.status != nil }.map(\.responseSample) }
    }

    /// The body of the last answer to `operation` (retried reads leave one answer per attempt;
    /// the last is the one the command used).
    func lastAnswer(to operation: SenfenicoAPI.Operation) -> String? {
        exchanges.withLock { all in all.last { $0.operation == operation && $0.status != nil }?.responseSample }
    }
}

/// Text tables and detail blocks, aligned by terminal cells (accents and wide characters
/// included); server text is cleaned of control characters first.
enum TextTable {
    /// Columns padded to their widest cell, two spaces apart, the header first.
    static func render(_ rows: [[String]], indent: String = "") -> String {
        guard let first = rows.first else { return "" }
        let cells = rows.map { $0.map(TextSanitizer.clean) }
        let widths = first.indices.map { column in
            cells.map { column < $0.count ? TerminalWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return cells.map { row in
            let padded = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: max(0, widths[column] - TerminalWidth.of(cell) + 2))
            }
            var line = indent + padded.joined()
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// `Label   value` lines, labels padded to the widest; rows with an empty value are left out.
    static func details(_ pairs: [(LocalizedText, String)], language: Language) -> String {
        let shown = pairs.filter { !$0.1.isEmpty }.map { ($0.0.text(in: language), TextSanitizer.clean($0.1)) }
        let width = shown.map { TerminalWidth.of($0.0) }.max() ?? 0
        return shown.map { label, value in
            label + String(repeating: " ", count: width - TerminalWidth.of(label) + 2) + value
        }.joined(separator: "\n")
    }
}

/// How values read in the tables.
enum Display {
    static func time(_ timestamp: Timestamp?) -> String {
        timestamp?.localText(.seconds) ?? ""
    }

    /// `76 00 00 00`; a masked number (`77xxxxxx`) is grouped the same way.
    static func phone(_ raw: String?) -> String {
        guard let raw, !raw.isEmpty else { return "" }
        if let grouped = groupedPlainPhone(raw) { return grouped }
        return PhoneNumber(raw)?.formatted ?? PhoneNumber.formatted(raw)
    }

    /// The same result without parsing (a list shows 100 000 of them): eight ASCII digits, or
    /// ASCII letters and digits with a letter among them (`77xxxxxx`), are grouped in pairs
    /// whether or not `PhoneNumber` accepts them, since it would keep them as they are. Any
    /// other text (separators, a `+226`, 00226…) gets `nil`, for `PhoneNumber` to read.
    private static func groupedPlainPhone(_ raw: String) -> String? {
        var letters = false
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letters = true
            default: return nil
            }
        }
        guard letters || raw.utf8.count == 8 else { return nil }
        var grouped: [UInt8] = []
        grouped.reserveCapacity(raw.utf8.count * 3 / 2)
        for (offset, byte) in raw.utf8.enumerated() {
            if offset > 0 && offset % 2 == 0 { grouped.append(UInt8(ascii: " ")) }
            grouped.append(byte)
        }
        return String(decoding: grouped, as: UTF8.self)
    }

    static func money(_ money: Money?, _ language: Language) -> String {
        money?.formatted(language) ?? ""
    }

    static func fee(_ rate: FeeRate?) -> String { rate?.description ?? "" }
}
