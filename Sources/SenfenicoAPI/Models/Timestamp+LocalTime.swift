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
