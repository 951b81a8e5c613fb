import Foundation
import Localization
import SenfenicoAPI

/// The `/` filter, prepared once per query. A row matches when the query is in its phone
/// (spaces ignored, so `76 00` finds `76000000`), its amount's digits (`18692` or `18 692`),
/// a reference, ext_id, e-mail or bank, its operator's name (`orange`), or its status in
/// either language, without regard to case or accents (`echoue` finds `échoué`).
///
/// The query is folded once; each status and operator is decided once per query, by the
/// list's `RowSearchIndex`, which searches 100 000 rows as bytes. `matches` is the same rule
/// for one row.
public struct RowQuery {
    let isEmpty: Bool
    /// The query lowercased without accents.
    private let needle: String
    private let bytes: [UInt8]
    private let digits: [UInt8]
    private let isASCII: Bool
    /// Whether the query is only digits and spaces: only then can a phone or an amount match.
    private let isNumeric: Bool
    /// The operators' names the query finds, decided once: rows compare their name with these
    /// few (short strings compare in a word or two) instead of searching it.
    private let knownOperators: [(name: String, found: Bool)]

    init(_ query: String) {
        needle = Self.fold(query.trimmingCharacters(in: .whitespaces))
        isEmpty = needle.isEmpty
        bytes = Array(needle.utf8)
        digits = bytes.filter { $0 != UInt8(ascii: " ") }
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        isNumeric = !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let names = Provider.knownCases.map(\.displayName) + TransferWallet.knownCases.map(\.displayName)
        let needle = needle
        knownOperators = Set(names).sorted().map { ($0, Self.fold($0).contains(needle)) }
    }

    /// Lowercase, accents removed: what both the query and non-ASCII text are compared as.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether the query finds a status's words (its raw value, English or French).
    func findsStatus<Status: StatusWording>(_ status: Status) -> Bool {
        let words = status.words
        return contains(status.rawValue) || contains(words.english) || contains(words.french)
    }

    /// Whether the query finds an operator's or wallet's name (`orange` finds Orange Money).
    func findsOperator(_ name: String) -> Bool {
        for known in knownOperators where known.name == name { return known.found }
        return contains(name)
    }

    /// The folded query as bytes, what `RowSearchIndex` looks for in the rows' texts.
    var needleBytes: [UInt8] { bytes }
    /// The query's digits (spaces dropped), looked for in phones and amounts.
    var digitBytes: [UInt8] { digits }
    /// Whether the query is only digits and spaces: only then can a phone or an amount match.
    var isNumericQuery: Bool { isNumeric }

    /// Whether a row with these fields matches: the filter's definition, row by row. The
    /// dashboard searches a list through its `RowSearchIndex`, which lays the same fields out
    /// as bytes once per load; a test holds the two together on generated rows.
    func matches<Status: StatusWording>(_ fields: SearchFields<Status>) -> Bool {
        guard !isEmpty else { return true }
        if isNumeric {
            if let phone = fields.phone, Self.contains(phone, digits, skippingSpaces: true) { return true }
            if Self.containsDigits(of: fields.francs, digits) { return true }
        }
        if fields.texts.contains(where: contains) { return true }
        if findsStatus(fields.status) { return true }
        return !fields.operatorName.isEmpty && findsOperator(fields.operatorName)
    }

    private func contains(_ haystack: String) -> Bool {
        guard !haystack.isEmpty else { return false }
        if isASCII, haystack.utf8.allSatisfy({ $0 < 0x80 }) {
            return Self.contains(haystack, bytes, skippingSpaces: false)
        }
        return Self.fold(haystack).contains(needle)
    }

    /// Whether the decimal digits of `value` hold `needle` (ASCII digits), without making a
    /// string: amounts are searched for every row.
    private static func containsDigits(of value: Int64, _ needle: [UInt8]) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var magnitude = value.magnitude
            var start = 20
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0 && start > 0
            let count = 20 - start
            guard needle.count <= count else { return false }
            var offset = start
            while offset + needle.count <= 20 {
                var matched = 0
                while matched < needle.count, buffer[offset + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
                offset += 1
            }
            return false
        }
    }

    /// Whether `needle` (ASCII, lowercase) occurs in `text`, ASCII letters compared without
    /// case, spaces in `text` ignored when asked (phones are shown `76 00 00 00`).
    private static func contains(_ text: String, _ needle: [UInt8], skippingSpaces: Bool) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            let space = UInt8(ascii: " ")
            var start = 0
            while start < buffer.count {
                var position = start
                var matched = 0
                while matched < needle.count, position < buffer.count {
                    let byte = buffer[position]
                    position += 1
                    if skippingSpaces, byte == space { continue }
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    guard lower == needle[matched] else { break }
                    matched += 1
                }
                if matched == needle.count { return true }
                start += 1
            }
            return false
        }
    }
}
