import DashboardCore
import Localization
import SenfenicoAPI

/// The settings one source gives: the command line, the environment or the config file.
/// `nil` means "not said here", so the next source down decides.
public struct SettingsLayer: Sendable, Equatable {
    public var apiKey: APIKey?
    /// An absolute path, or relative to the working directory; `~` already expanded.
    public var apiKeyFile: String?
    public var baseURL: String?
    /// Seconds between two balance refreshes.
    public var refresh: Double?
    /// Seconds between two refreshes of the charge or transfer list on screen.
    public var listsRefresh: Double?
    public var theme: String?
    public var language: Language?
    public var mouse: Bool?
    /// Seconds a whole command may take (`--timeout`).
    public var timeout: Double?
    /// The most an answer's body may weigh, in MB.
    public var maxAnswerMB: Double?
    public var logFile: String?
    public var thresholds: [BalanceSeries: Money]?
    /// The `[profile.NAME]` this source selects (`--profile`, `SENFENICO_PROFILE`); the config
    /// file's own layers never set it.
    public var profile: String?

    public init(
        apiKey: APIKey? = nil, apiKeyFile: String? = nil, baseURL: String? = nil, refresh: Double? = nil,
        listsRefresh: Double? = nil, theme: String? = nil, language: Language? = nil, mouse: Bool? = nil,
        logFile: String? = nil, thresholds: [BalanceSeries: Money]? = nil, profile: String? = nil
    ) {
        self.apiKey = apiKey
        self.apiKeyFile = apiKeyFile
        self.baseURL = baseURL
        self.refresh = refresh
        self.listsRefresh = listsRefresh
        self.theme = theme
        self.language = language
        self.mouse = mouse
        self.logFile = logFile
        self.thresholds = thresholds
        self.profile = profile
    }
}
