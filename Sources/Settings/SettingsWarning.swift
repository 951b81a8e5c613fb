import Localization

/// Something to tell the user before starting, without stopping: shown on standard error
/// before the dashboard takes the screen, and logged.
public enum SettingsWarning: Sendable, Equatable {
    /// A key the tool does not know, likely a typo: its value is ignored.
    case unknownKey(file: String, key: String, line: Int?, known: [String])
    /// A file holding the API key that group or others may read or write.
    case loosePermissions(file: String)
    case logFileUnavailable(file: String, detail: String)

    public var localized: LocalizedText {
        switch self {
        case .unknownKey(let file, let key, let line, let known):
            return Strings.Settings.unknownKey.filling(["key": key, "known": known.joined(separator: ", ")])
                .placing(file: file, line: line)
        case .loosePermissions(let file):
            return Strings.Settings.loosePermissions.filling(["file": file])
        case .logFileUnavailable(let file, let detail):
            return Strings.Settings.logFileUnavailable.filling(["file": file, "detail": detail])
        }
    }

    public func message(in language: Language) -> String {
        localized.text(in: language)
    }
}
