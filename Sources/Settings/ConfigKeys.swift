import DashboardCore
import Localization

/// The names the config file knows. See `ConfigFile` for what each one means.
enum ConfigKeys {
    static let apiKey = "api_key"
    static let apiKeyFile = "api_key_file"
    static let baseURL = "base_url"
    static let refresh = "refresh"
    static let listsRefresh = "lists_refresh"
    static let theme = "theme"
    static let language = "language"
    static let mouse = "mouse"
    static let logFile = "log_file"
    static let thresholds = "thresholds"
    static let timeout = "timeout"
    static let maxAnswerMB = "max_answer_mb"
    /// `[profile.NAME]` tables: each holds any of `settings`.
    static let profile = "profile"

    /// What the top level and each profile may set.
    static let settings = [
        apiKey, apiKeyFile, baseURL, refresh, listsRefresh, theme, language, mouse, logFile, thresholds, timeout,
        maxAnswerMB,
    ]

    static let topLevel = settings + [profile]

    /// `[thresholds]` keys in the words of the people who set them, not the series' internal names.
    static let thresholdSeries: [(key: String, series: BalanceSeries)] = [
        ("collection", .collectionAvailable),
        ("collection_pending", .collectionPending),
        ("transfers_total", .transferTotal),
        ("orange", .orange),
        ("moov", .moov),
        ("sank", .sank),
    ]

    /// Below a second the API's rate limit is hit; above an hour the screen is no longer "live".
    static let refreshRange: ClosedRange<Double> = 1...3_600
    /// Lists are heavier than balances: no faster than every 5 seconds.
    static let listsRefreshRange: ClosedRange<Double> = 5...3_600

    /// A whole command's time limit, as `--timeout` takes it.
    static let timeoutRange: ClosedRange<Double> = 1...3_600
    /// An answer's size limit in MB: below 1 a day's list no longer fits; above 4 GB the limit
    /// no longer protects the machine.
    static let maxAnswerMBRange: ClosedRange<Double> = 1...4_096

    static func secondsExpected(_ range: ClosedRange<Double>) -> LocalizedText {
        Strings.Settings.Expected.seconds.filling([
            "min": String(Int(range.lowerBound)), "max": String(Int(range.upperBound)),
        ])
    }
}
