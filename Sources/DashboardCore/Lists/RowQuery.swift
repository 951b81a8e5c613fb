import Foundation
import Localization
import SenfenicoAPI

/// The `/` filter, prepared once per query. A row matches when the query is in its phone
/// (spaces ignored, so `76 00` finds `76000000`), its amount's digits (`18692` or `18 692`),
/// a reference, ext_id, e-mail or bank, its operator's name (`orange`), or its status in
/// either language, without regard to case or accents (`echoue` finds `échoué`).
///
/// 100 000 rows are matched while a filter is typed, so the per-row work is byte searches:
/// the query is folded once, and the words of each status and operator once per query.
struct RowQuery {
    let isEmpty: Bool
    /// The query lowercased without accents.
    private let needle: String
    private let bytes: [UInt8]
    private let digits: [UInt8]
    private let isASCII: Bool
    /// Whether the query is only digits and spaces: then amounts are searched too.
    private let isNumeric: Bool
    /// Status and operator words already compared, by raw status or name.
    private var statusMatches: [String: Bool] = [:]
    private var operatorMatches: [String: Bool] = [:]

    init(_ query: String) {
        needle = Self.fold(query.trimmingCharacters(in: .whitespaces))
        isEmpty = needle.isEmpty
        bytes = Array(needle.utf8)
        digits = bytes.filter { $0 != UInt8(ascii: " ") }
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        isNumeric = !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Lowercase, accents removed: what both the query and non-ASCII text are compared as.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    mutating func matches<Row: PaneRow>(_ row: Row) -> Bool {
        guard !isEmpty else { return true }
        if let phone = row.searchPhone, !digits.isEmpty, Self.contains(phone, digits, skippingSpaces: true) {
            return true
        }
        if isNumeric, Self.contains(String(row.amount.francs), digits, skippingSpaces: false) { return true }
        for text in row.searchTexts where contains(text) { return true }
        let raw = row.status.rawValue
        if let known = statusMatches[raw] {
            if known { return true }
        } else {
            let words = row.status.words
            let found = contains(raw) || contains(words.english) || contains(words.french)
            statusMatches[raw] = found
            if found { return true }
        }
        let name = row.operatorName
        guard !name.isEmpty else { return false }
        if let known = operatorMatches[name] { return known }
        let found = contains(name)
        operatorMatches[name] = found
        return found
    }

    private func contains(_ haystack: String) -> Bool {
        guard !haystack.isEmpty else { return false }
        if isASCII, haystack.utf8.allSatisfy({ $0 < 0x80 }) {
            return Self.contains(haystack, bytes, skippingSpaces: false)
        }
        return Self.fold(haystack).contains(needle)
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
