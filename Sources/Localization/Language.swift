import Foundation

/// The two languages the tool speaks. French is the default at Burkina Faso counters,
/// English for everyone else.
public enum Language: String, Sendable, CaseIterable, Codable {
    case english = "en"
    case french = "fr"

    /// Picks the language from POSIX locale variables, in POSIX precedence:
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`. `fr`, `fr_FR.UTF-8`, `fr_BF` all mean French.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("fr") ? .french : .english
        }
        return .english
    }
}
