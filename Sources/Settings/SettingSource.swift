/// A setting `SettingsResolver` decides, by its name in the config file.
public enum SettingName: String, Sendable, CaseIterable {
    case apiKey = "api_key"
    case baseURL = "base_url"
    case refresh
    case listsRefresh = "lists_refresh"
    case theme
    case language
    case mouse
    case logFile = "log_file"
    case thresholds
    case timeout
    case maxAnswerMB = "max_answer_mb"

    /// The flag that sets it, when there is one (`--api-key-file` for the key: keys are never arguments).
    public var flag: String? {
        switch self {
        case .apiKey: "--api-key-file"
        case .baseURL: "--base-url"
        case .refresh: "--refresh"
        case .theme: "--theme"
        case .language: "--lang"
        case .mouse: "--mouse"
        case .logFile: "--log-file"
        case .timeout: "--timeout"
        case .listsRefresh, .thresholds, .maxAnswerMB: nil
        }
    }

    /// The environment variable that sets it, when there is one. The key has two
    /// (`SENFENICO_API_KEY`, `SENFENICO_API_KEY_FILE`): `ResolvedSettings.apiKeyFile` tells which.
    public var variable: String? {
        switch self {
        case .apiKey: EnvironmentSettings.apiKey
        case .baseURL: EnvironmentSettings.baseURL
        case .refresh: EnvironmentSettings.refresh
        case .theme: EnvironmentSettings.theme
        case .language: EnvironmentSettings.language
        case .logFile: EnvironmentSettings.logFile
        case .listsRefresh, .mouse, .thresholds, .timeout, .maxAnswerMB: nil
        }
    }
}

/// Where a resolved setting came from, so `senfenico auth status` can say why a value is in use.
public enum SettingSource: Sendable, Equatable {
    case flag
    case environment
    /// The selected `[profile.NAME]` of the config file.
    case profile(String)
    /// The top level of the config file.
    case configFile
    /// The language taken from `LC_ALL`, `LC_MESSAGES` or `LANG`.
    case locale
    case builtInDefault
}
