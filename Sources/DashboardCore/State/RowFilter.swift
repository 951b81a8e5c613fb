import Foundation
import Localization
import SenfenicoAPI

/// The `/` filter: a row matches when the query is in its phone (spaces ignored, so
/// `76 00` finds `76000000`), its reference or ext_id, or its status in either language.
enum RowFilter {
    static func matches(
        _ query: String, phone: String?, reference: String, extra: String?, status: String, statusWords: LocalizedText
    ) -> Bool {
        RowQuery(query).matches(
            phone: phone, reference: reference, extra: extra, status: status, statusWords: statusWords)
    }
}

/// A filter query prepared once for a whole list: 100 000 rows are matched on every frame
/// while a filter is on, so the per-row work is a byte search, not string conversions.
struct RowQuery {
    let isEmpty: Bool
    private let needle: String
    private let bytes: [UInt8]
    private let digits: [UInt8]
    private let isASCII: Bool

    init(_ query: String) {
        needle = query.lowercased().trimmingCharacters(in: .whitespaces)
        isEmpty = needle.isEmpty
        bytes = Array(needle.utf8)
        digits = bytes.filter { $0 != UInt8(ascii: " ") }
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    func matches(
        phone: String?, reference: String, extra: String?, status: String, statusWords: LocalizedText
    ) -> Bool {
        guard !isEmpty else { return true }
        if let phone, !digits.isEmpty, Self.contains(phone, digits, skippingSpaces: true) { return true }
        for haystack in [reference, extra ?? "", status, statusWords.english, statusWords.french] {
            if isASCII ? Self.contains(haystack, bytes, skippingSpaces: false) : haystack.lowercased().contains(needle)
            {
                return true
            }
        }
        return false
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

/// Status words in both languages, from the shared table.
public enum StatusWords {
    public static func charge(_ status: ChargeStatus) -> LocalizedText {
        switch status {
        case .success: Strings.Status.success
        case .failed: Strings.Status.failed
        case .sendOTP: Strings.Status.sendOTP
        case .payOffline: Strings.Status.payOffline
        case .pending: Strings.Status.pending
        case .canceled: Strings.Status.canceled
        case .unknown(let raw): LocalizedText(en: raw, fr: raw)
        }
    }

    public static func transfer(_ status: TransferStatus) -> LocalizedText {
        switch status {
        case .success: Strings.Status.success
        case .failed: Strings.Status.failed
        case .pending: Strings.Status.pending
        case .unknown(let raw): LocalizedText(en: raw, fr: raw)
        }
    }
}
