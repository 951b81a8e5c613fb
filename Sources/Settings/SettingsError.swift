import Localization

/// A setting that cannot be used. The command stops: running with a value the user did not
/// mean (another key, another server) is worse than not running.
public enum SettingsError: Error, Sendable, Equatable {
    case syntax(file: String, line: Int?, detail: String)
    case unreadableFile(file: String, detail: String)
    /// `key` is the name as written in the file (`refresh`, `thresholds.orange`).
    case invalidValue(file: String, key: String, line: Int?, expected: LocalizedText, found: LocalizedText)
    case keyAndKeyFile(file: String)
    case invalidVariable(name: String, expected: LocalizedText, found: String)
    case keyAndKeyFileVariables
    case unreadableKeyFile(file: String, detail: String)
    case emptyKeyFile(file: String)
    /// `--profile` or `SENFENICO_PROFILE` names no `[profile.NAME]` of the config file.
    case unknownProfile(name: String, file: String, known: [String])

    public var localized: LocalizedText {
        typealias Text = Strings.Settings
        switch self {
        case .syntax(let file, let line, let detail):
            return Text.syntaxError.filling(["detail": detail]).placing(file: file, line: line)
        case .unreadableFile(let file, let detail):
            return Text.unreadableFile.filling(["file": file, "detail": detail])
        case .invalidValue(let file, let key, let line, let expected, let found):
            return Text.invalidValue.filling(["key": key]).inserting(expected: expected, found: found)
                .placing(file: file, line: line)
        case .keyAndKeyFile(let file):
            return Text.keyAndKeyFile.filling(["file": file])
        case .invalidVariable(let name, let expected, let found):
            return Text.invalidVariable.filling(["name": name])
                .inserting(expected: expected, found: LocalizedText(en: found, fr: found))
        case .keyAndKeyFileVariables:
            return Text.keyAndKeyFileVariables
        case .unreadableKeyFile(let file, let detail):
            return Text.unreadableKeyFile.filling(["file": file, "detail": detail])
        case .emptyKeyFile(let file):
            return Text.emptyKeyFile.filling(["file": file])
        case .unknownProfile(let name, let file, let known):
            guard !known.isEmpty else { return Strings.Profiles.noProfiles.filling(["name": name, "file": file]) }
            return Strings.Profiles.unknownProfile.filling([
                "name": name, "file": file, "known": known.joined(separator: ", "),
            ])
        }
    }

    public func message(in language: Language) -> String {
        localized.text(in: language)
    }
}

extension LocalizedText {
    /// Fills `{place}` with the file, and its line when known.
    func placing(file: String, line: Int?) -> LocalizedText {
        guard let line else { return filling(["place": file]) }
        let place = Strings.Settings.fileAtLine.filling(["file": file, "line": String(line)])
        return LocalizedText(
            en: english.replacingOccurrences(of: "{place}", with: place.english),
            fr: french.replacingOccurrences(of: "{place}", with: place.french))
    }

    /// Fills `{expected}` and `{found}`, which are themselves in both languages.
    func inserting(expected: LocalizedText, found: LocalizedText) -> LocalizedText {
        func fill(_ template: String, _ language: Language) -> String {
            template.replacingOccurrences(of: "{expected}", with: expected.text(in: language))
                .replacingOccurrences(of: "{found}", with: found.text(in: language))
        }
        return LocalizedText(en: fill(english, .english), fr: fill(french, .french))
    }
}
