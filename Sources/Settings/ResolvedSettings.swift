import DashboardCore
import Localization
import SenfenicoAPI

/// Every setting decided, each from the first source that gave it.
public struct ResolvedSettings: Sendable {
    public static let defaultRefresh: Double = 5
    public static let defaultListsRefresh: Double = 30
    public static let defaultTheme = "default"

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
    /// The config file looked at, whether or not it exists.
    public var configFile: String
    public var warnings: [SettingsWarning]
}
