import DashboardCore
import Foundation
import Localization

/// What the dashboard command decided from its arguments and the environment.
public struct DashboardConfiguration: Sendable {
    public var mode: DashboardMode
    public var language: Language
    /// Seconds between two refreshes when nothing fails.
    public var refreshInterval: Double
    public var themeName: String
    /// Where `*.toml` themes live; nil uses `Theme.fallback`.
    public var themeDirectory: URL?
    public var mouse: Bool
    public var environment: [String: String]

    public init(
        mode: DashboardMode, language: Language, refreshInterval: Double, themeName: String, themeDirectory: URL?,
        mouse: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.mode = mode
        self.language = language
        self.refreshInterval = refreshInterval
        self.themeName = themeName
        self.themeDirectory = themeDirectory
        self.mouse = mouse
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
