import Foundation
import Localization
import SenfenicoAPI

/// The `/` filter: a row matches when the query is in its phone (spaces ignored, so
/// `76 00` finds `76000000`), its reference or ext_id, or its status in either language.
enum RowFilter {
    static func matches(
        _ query: String, phone: String?, reference: String, extra: String?, status: String, statusWords: LocalizedText
    ) -> Bool {
        let needle = query.lowercased().trimmingCharacters(in: .whitespaces)
        guard !needle.isEmpty else { return true }
        let digits = needle.filter { $0 != " " }
        if let phone, !digits.isEmpty, phone.filter({ $0 != " " }).contains(digits) { return true }
        let haystacks = [reference, extra ?? "", status, statusWords.english, statusWords.french]
        return haystacks.contains { $0.lowercased().contains(needle) }
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
