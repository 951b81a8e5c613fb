import Foundation
import Localization
import SenfenicoAPI

/// Times and ages as the dashboard shows them, on the machine's clock (local time, as the CLI
/// and the journal write them; the state carries the zone so rendering stays pure).
enum Formatting {
    /// `10:08`
    static func time(_ timestamp: Timestamp?, _ zone: TimeZone) -> String {
        timestamp?.localClock(in: zone).time(withSeconds: false) ?? ""
    }

    /// `10:08:30`
    static func timeWithSeconds(_ timestamp: Timestamp?, _ zone: TimeZone) -> String {
        timestamp?.localClock(in: zone).time(withSeconds: true) ?? ""
    }

    /// `26/11 10:08`
    static func dayAndTime(_ timestamp: Timestamp?, _ zone: TimeZone) -> String {
        guard let clock = timestamp?.localClock(in: zone) else { return "" }
        return clock.dayAndMonth + " " + clock.time(withSeconds: false)
    }

    /// A list's time column, at most 11 columns, always telling the day: `10:08` today,
    /// `hier 10:08` yesterday, `26/11 10:08` before (or after, on a skewed clock).
    static func listTime(_ timestamp: Timestamp?, now: Timestamp, _ zone: TimeZone, _ language: Language) -> String {
        guard let timestamp else { return "" }
        let day = timestamp.localClock(in: zone).dayNumber
        let today = now.localClock(in: zone).dayNumber
        if day == today { return time(timestamp, zone) }
        if day == today - 1 {
            return Strings.Dashboard.yesterdayAt.filling(["time": time(timestamp, zone)]).text(in: language)
        }
        return dayAndTime(timestamp, zone)
    }

    /// `2024-08-18 12:52:33 UTC`, or `UTC+01:00` on a clock ahead of it.
    static func full(_ timestamp: Timestamp?, _ zone: TimeZone) -> String {
        guard let timestamp else { return "—" }
        let clock = timestamp.localClock(in: zone)
        return clock.date + " " + clock.time(withSeconds: true) + " " + clock.zoneName
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

    /// How long ago, as the status bar and titles say it: `just now` under 10 s, then by tens
    /// of seconds, minutes, hours. Coarse on purpose: an idle dashboard redraws it once per
    /// step (`AgeSteps.next`), not every second.
    static func agoPhrase(microseconds: Int64, _ language: Language) -> String {
        let seconds = max(0, microseconds / 1_000_000)
        guard seconds >= 10 else { return Strings.Dashboard.justNow.text(in: language) }
        let rounded = seconds < 120 ? seconds / 10 * 10 : seconds
        let age = Formatting.age(microseconds: rounded * 1_000_000, language)
        return Strings.Dashboard.ago.filling(["age": age]).text(in: language)
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
