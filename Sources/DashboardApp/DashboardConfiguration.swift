import DashboardCore
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI

/// What the dashboard command decided from its arguments and the environment.
public struct DashboardConfiguration: Sendable {
    public var mode: DashboardMode
    public var language: Language
    /// Seconds between two balance refreshes when nothing fails.
    public var refreshInterval: Double
    /// Seconds between two refreshes of a list (charges, transfers) while its pane is shown.
    public var listRefreshInterval: Double
    /// A balance under its threshold is drawn in the alert colour and rings the bell once.
    public var thresholds: [BalanceSeries: Money]
    public var themeName: String
    /// Where `*.toml` themes live; nil uses `Theme.fallback`.
    public var themeDirectory: URL?
    public var mouse: Bool
    /// Counts the bytes of answers, for the status bar; the client's observer feeds it.
    public var traffic: TrafficMeter
    /// The embedded sandbox's address, shown in the help so it can be called from outside.
    public var sandboxAddress: String?
    /// Counter mode: opens on the charge wizard and hides transfers.
    public var cashierMode = false
    /// Opens on the charge wizard once (`senfenico charge`); Esc then shows the dashboard.
    public var opensWizard = false
    /// Opens on the developer view (`--explorer`); Esc then shows the dashboard.
    public var opensExplorer = false
    /// Brings every exchange of the client to the developer view; the client's observer feeds it.
    public var requestLog = RequestLogFeed()
    /// The local payment journal (SQLite); nil uses the default under XDG_DATA_HOME.
    public var journalPath: String?
    /// The account this dashboard's payments are journaled under; its day and attention count
    /// are of this account only.
    public var journalAccount: JournalAccount = .sandbox
    public var environment: [String: String]

    public init(
        mode: DashboardMode, language: Language, refreshInterval: Double, listRefreshInterval: Double = 30,
        thresholds: [BalanceSeries: Money] = [:], themeName: String, themeDirectory: URL?, mouse: Bool,
        traffic: TrafficMeter = TrafficMeter(), sandboxAddress: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.mode = mode
        self.language = language
        self.refreshInterval = refreshInterval
        self.listRefreshInterval = listRefreshInterval
        self.thresholds = thresholds
        self.themeName = themeName
        self.themeDirectory = themeDirectory
        self.mouse = mouse
        self.traffic = traffic
        self.sandboxAddress = sandboxAddress
        self.environment = environment
    }
}

/// How the dashboard ended.
public struct DashboardOutcome: Sendable {
    /// The signal that stopped it (SIGINT, SIGTERM, SIGHUP), nil after `q`.
    public var signal: Int32?
    /// Set when the chosen theme was refused and the default was used instead.
    public var themeError: ThemeError?
}
