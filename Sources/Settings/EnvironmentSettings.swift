import Localization
import SenfenicoAPI

/// The `SENFENICO_*` environment variables. An empty variable counts as unset, so
/// `SENFENICO_THEME= senfenico` falls back to the file instead of asking for a theme named "".
public enum EnvironmentSettings {
    public static let apiKey = "SENFENICO_API_KEY"
    public static let apiKeyFile = "SENFENICO_API_KEY_FILE"
    public static let baseURL = "SENFENICO_BASE_URL"
    public static let refresh = "SENFENICO_REFRESH"
    public static let theme = "SENFENICO_THEME"
    public static let language = "SENFENICO_LANG"
    public static let logFile = "SENFENICO_LOG_FILE"
    public static let profile = "SENFENICO_PROFILE"

    public static func layer(_ environment: [String: String]) throws(SettingsError) -> SettingsLayer {
        func value(_ name: String) -> String? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            return text
        }
        var layer = SettingsLayer()
        layer.apiKey = value(apiKey).flatMap(APIKey.init)
        layer.apiKeyFile = value(apiKeyFile).map { SettingsPaths.expand($0, environment: environment) }
        if layer.apiKey != nil, layer.apiKeyFile != nil { throw .keyAndKeyFileVariables }
        layer.baseURL = value(baseURL)
        if let text = value(refresh) {
            guard let seconds = Double(text), ConfigKeys.refreshRange.contains(seconds) else {
                throw .invalidVariable(
                    name: refresh, expected: ConfigKeys.secondsExpected(ConfigKeys.refreshRange), found: text)
            }
            layer.refresh = seconds
        }
        layer.theme = value(theme)
        if let text = value(language) {
            guard let chosen = Language(rawValue: text.lowercased()) else {
                throw .invalidVariable(name: language, expected: Strings.Settings.Expected.language, found: text)
            }
            layer.language = chosen
        }
        layer.logFile = value(logFile).map { SettingsPaths.expand($0, environment: environment) }
        layer.profile = value(profile)
        return layer
    }

    /// `SENFENICO_LANG` when it names a language, for messages about a setting that failed.
    static func namedLanguage(_ environment: [String: String]) -> Language? {
        environment[language].flatMap { Language(rawValue: $0.lowercased()) }
    }
}
