import Foundation

/// The one way a time is written for people: on the clock of the machine (local time), in one
/// of a few fixed shapes. The CLI tables, the journal's list and export all use it.
///
/// The same calendar arithmetic as `iso8601`, shifted by the zone's offset, rather than a
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
        let clock = clockFields(offsetSeconds: Int64(timeZone.secondsFromGMT(for: date)))
        return clock.date + " " + clock.time(withSeconds: style == .seconds)
    }
}

/// A time's fields on a local clock, for views that write it their own way (`26/11 10:08`).
public struct LocalClock: Sendable, Hashable {
    /// Days since 1970-01-01 on that clock: two times are on the same local day when equal.
    public let dayNumber: Int
    public let year: Int, month: Int, day: Int
    public let hour: Int, minute: Int, second: Int
    /// The zone's offset from UTC, in seconds.
    public let offsetSeconds: Int

    /// `2024-08-18`, `12:52` or `12:52:33`, `18/08`: written as `localText` writes them.
    public var date: String { "\(Timestamp.pad(year, 4))-\(Timestamp.pad(month, 2))-\(Timestamp.pad(day, 2))" }
    public func time(withSeconds: Bool) -> String {
        let minutes = "\(Timestamp.pad(hour, 2)):\(Timestamp.pad(minute, 2))"
        return withSeconds ? minutes + ":\(Timestamp.pad(second, 2))" : minutes
    }
    public var dayAndMonth: String { "\(Timestamp.pad(day, 2))/\(Timestamp.pad(month, 2))" }
    /// `UTC`, or `UTC+01:00` on a clock ahead of it.
    public var zoneName: String {
        guard offsetSeconds != 0 else { return "UTC" }
        let minutes = abs(offsetSeconds) / 60
        return "UTC" + (offsetSeconds < 0 ? "-" : "+") + Timestamp.pad(minutes / 60, 2) + ":"
            + Timestamp.pad(minutes % 60, 2)
    }
}

extension Timestamp {
    public func localClock(in timeZone: TimeZone) -> LocalClock {
        let offset = timeZone.secondsFromGMT(for: date)
        let fields = clockFields(offsetSeconds: Int64(offset))
        let shifted = microsecondsSinceEpoch / 1_000_000 + Int64(offset)
        let dayNumber = Int(shifted >= 0 ? shifted / 86_400 : (shifted - 86_399) / 86_400)
        return LocalClock(
            dayNumber: dayNumber, year: fields.year, month: fields.month, day: fields.day,
            hour: fields.secondOfDay / 3600, minute: fields.secondOfDay % 3600 / 60, second: fields.secondOfDay % 60,
            offsetSeconds: offset)
    }
}
