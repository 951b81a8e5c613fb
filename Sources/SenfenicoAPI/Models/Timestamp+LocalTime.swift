import Foundation

/// The one way a time is written for people: on the clock of the machine (local time), in one
/// of a few fixed shapes. The CLI tables, the journal's list and export all use it.
///
/// Computed from the zone's offset and integer civil-calendar arithmetic rather than a
/// `DateFormatter` per call: a 100 000-row table used to spend seconds creating formatters, and
/// a formatter is not `Sendable` to keep around. Burkina Faso is on UTC all year, where local
/// time and the server's UTC timestamps agree.
extension Timestamp {
    public enum ClockStyle: Sendable {
        /// `2025-03-14 09:05`
        case minutes
        /// `2025-03-14 09:05:30`
        case seconds
    }

    /// This instant written on the clock of `timeZone` (the machine's by default).
    public func localText(_ style: ClockStyle = .seconds, in timeZone: TimeZone = .current) -> String {
        let offset = Int64(timeZone.secondsFromGMT(for: date))
        let seconds = Int64((Double(microsecondsSinceEpoch) / 1_000_000).rounded(.down)) + offset
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let dayNumber = secondOfDay < 0 ? days - 1 : days
        let second = secondOfDay < 0 ? secondOfDay + 86_400 : secondOfDay
        let (year, month, day) = Self.civilDate(daysSinceEpoch: dayNumber)
        var text =
            "\(year)-\(Self.two(month))-\(Self.two(day)) \(Self.two(second / 3_600)):\(Self.two(second % 3_600 / 60))"
        if style == .seconds { text += ":\(Self.two(second % 60))" }
        return text
    }

    private static func two(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// Year, month, day of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
