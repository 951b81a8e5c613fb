import DashboardCore
import Localization
import SenfenicoAPI

/// Every setting decided, each from the first source that gave it.
public struct ResolvedSettings: Sendable {
    public static let defaultRefresh: Double = 5
    public static let defaultListsRefresh: Double = 30
    public static let defaultTheme = "default"
    public static let defaultTimeout: Double = 60

    /// `nil`: no key anywhere, so the embedded sandbox is used.
    public var apiKey: APIKey?
    public var baseURL: String
    public var refresh: Double
    public var listsRefresh: Double
    public var theme: String
    public var language: Language
    public var mouse: Bool
    /// The log file someone chose; `nil` leaves the choice to the command (see `LogSetup`).
    public var logFile: String?
    public var thresholds: [BalanceSeries: Money]
    /// Seconds one command may take in all (the dashboard: one call).
    public var timeout: Double
    /// The most an answer's body may weigh, in bytes.
    public var maximumAnswerBytes: Int
    /// The config file looked at, whether or not it exists.
    public var configFile: String
    public var warnings: [SettingsWarning]
    /// The `[profile.NAME]` in use; `nil`: the top level of the config file only.
    public var profile: String? = nil
    /// Who selected `profile`: `.flag` (`--profile`) or `.environment` (`SENFENICO_PROFILE`).
    public var profileSource: SettingSource? = nil
    /// Where each setting came from; the key's entry is absent when there is no key.
    public var sources: [SettingName: SettingSource] = [:]
    /// The file the key was read from, when it came from a key file.
    public var apiKeyFile: String? = nil
}

extension ResolvedSettings {
    /// The thresholds under their config file names, in the file's documented order:
    /// `orange=200000, moov=200000`; empty when none is set.
    public var thresholdsText: String {
        ConfigKeys.thresholdSeries.compactMap { entry in
            thresholds[entry.series].map { "\(entry.key)=\($0.jsonText)" }
        }.joined(separator: ", ")
    }
}
