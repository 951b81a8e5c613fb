import Localization
import SenfenicoAPI

/// Times and ages as the dashboard shows them. Burkina Faso is on UTC all year, so the
/// server's UTC timestamps are already local time there.
enum Formatting {
    static func time(_ timestamp: Timestamp?) -> String { slice(timestamp, 11, 16) }
    static func timeWithSeconds(_ timestamp: Timestamp?) -> String { slice(timestamp, 11, 19) }

    static func dayAndTime(_ timestamp: Timestamp?) -> String {
        guard let timestamp else { return "" }
        let text = Array(timestamp.iso8601)
        return "\(String(text[8..<10]))/\(String(text[5..<7])) \(String(text[11..<16]))"
    }

    static func full(_ timestamp: Timestamp?) -> String {
        guard let timestamp else { return "—" }
        let text = Array(timestamp.iso8601)
        return "\(String(text[0..<10])) \(String(text[11..<19])) UTC"
    }

    private static func slice(_ timestamp: Timestamp?, _ start: Int, _ end: Int) -> String {
        guard let timestamp else { return "" }
        return String(Array(timestamp.iso8601)[start..<end])
    }

    /// `5 s`, `3 min`, `2 h`, in whole units.
    static func age(microseconds: Int64, _ language: Language) -> String {
        let seconds = max(0, microseconds / 1_000_000)
        let text: LocalizedText
        let value: Int64
        if seconds < 120 {
            (text, value) = (Strings.Dashboard.seconds, seconds)
        } else if seconds < 7200 {
            (text, value) = (Strings.Dashboard.minutes, seconds / 60)
        } else {
            (text, value) = (Strings.Dashboard.hours, seconds / 3600)
        }
        return text.filling(["n": String(value)]).text(in: language)
    }

    /// `512 B`, `1.4 kB`, `12.0 MB` (French `1,4 ko`): one decimal, integer arithmetic only.
    static func bytes(_ count: Int64, _ language: Language) -> String {
        let units = Strings.Dashboard.bytesUnits.text(in: language).split(separator: " ").map(String.init)
        guard count >= 1_000 else { return "\(count) \(units[0])" }
        var unit = 1
        var scale: Int64 = 1_000
        while unit < units.count - 1, count >= scale * 1_000 {
            scale *= 1_000
            unit += 1
        }
        let tenths = (count * 10 + scale / 2) / scale
        let separator = language == .french ? "," : "."
        return "\(tenths / 10)\(separator)\(tenths % 10) \(units[unit])"
    }

    static func phone(_ raw: String?) -> String {
        raw.map { PhoneNumber.formatted(TextSanitizer.clean($0)) } ?? ""
    }

    /// A fee rate as people write it: `3.5 %` in English, `3,5 %` in French.
    static func rate(_ rate: FeeRate?, _ language: Language) -> String {
        guard let rate else { return "" }
        let text = rate.description
        return language == .french ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

/// The theme key of each status.
enum StatusStyle {
    static func charge(_ status: ChargeStatus) -> ThemeKey {
        switch status {
        case .success: .statusSuccess
        case .failed: .statusFailed
        case .sendOTP: .statusSendOTP
        case .payOffline: .statusPayOffline
        case .pending: .statusPending
        case .canceled: .statusCanceled
        case .unknown: .statusUnknown
        }
    }

    static func transfer(_ status: TransferStatus) -> ThemeKey {
        switch status {
        case .success: .statusSuccess
        case .failed: .statusFailed
        case .pending: .statusPending
        case .unknown: .statusUnknown
        }
    }
}
