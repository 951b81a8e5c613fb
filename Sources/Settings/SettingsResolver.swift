import DashboardCore
import Foundation
import Localization
import SenfenicoAPI

/// Decides each setting: command-line flag, else environment variable, else config file,
/// else default. The language falls back to the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
public struct SettingsResolver: Sendable {
    /// What the flags said; leave a field `nil` when its flag was not given.
    public var flags: SettingsLayer
    public var environment: [String: String]

    public init(flags: SettingsLayer = SettingsLayer(), environment: [String: String]) {
        self.flags = flags
        self.environment = environment
    }

    /// Reads the config file at its XDG place, then resolves.
    public func resolve() throws(SettingsError) -> ResolvedSettings {
        try resolve(with: ConfigFile.load(environment: environment))
    }

    public func resolve(with file: ConfigFile) throws(SettingsError) -> ResolvedSettings {
        let layers = [flags, try EnvironmentSettings.layer(environment), file.layer]
        func first<Value>(_ field: (SettingsLayer) -> Value?) -> Value? { layers.lazy.compactMap(field).first }

        var warnings = file.warnings
        if file.holdsAPIKey, let warning = FilePermissions.looseWarning(for: file.path) { warnings.append(warning) }
        let apiKey = try Self.apiKey(from: layers, warnings: &warnings)
        return ResolvedSettings(
            apiKey: apiKey,
            baseURL: first(\.baseURL) ?? ClientConfiguration.defaultBaseURL,
            refresh: first(\.refresh) ?? ResolvedSettings.defaultRefresh,
            listsRefresh: first(\.listsRefresh) ?? ResolvedSettings.defaultListsRefresh,
            theme: first(\.theme) ?? ResolvedSettings.defaultTheme,
            language: first(\.language) ?? Language.fromEnvironment(environment),
            mouse: first(\.mouse) ?? true,
            logFile: first(\.logFile),
            thresholds: first(\.thresholds) ?? [:],
            timeout: first(\.timeout) ?? ResolvedSettings.defaultTimeout,
            maximumAnswerBytes: first(\.maxAnswerMB).map { Int($0 * 1_048_576) }
                ?? ClientConfiguration.defaultMaximumAnswerBytes,
            configFile: file.path,
            warnings: warnings)
    }

    /// The language to report a failed resolution in: the flag, else a valid `SENFENICO_LANG`,
    /// else the locale (the config file may be what failed).
    public var fallbackLanguage: Language {
        flags.language ?? EnvironmentSettings.namedLanguage(environment) ?? Language.fromEnvironment(environment)
    }

    /// The key, or the key file, of the first layer that names one: a key file given on the
    /// command line beats a key in the environment.
    private static func apiKey(from layers: [SettingsLayer], warnings: inout [SettingsWarning]) throws(SettingsError)
        -> APIKey?
    {
        for layer in layers {
            if let key = layer.apiKey { return key }
            if let path = layer.apiKeyFile {
                if let warning = FilePermissions.looseWarning(for: path) { warnings.append(warning) }
                return try readKey(path)
            }
        }
        return nil
    }

    private static func readKey(_ path: String) throws(SettingsError) -> APIKey {
        let text: String
        do {
            text = try SmallFile.contents(of: path)
        } catch {
            switch error {
            case .missing: throw .unreadableKeyFile(file: path, detail: SmallFile.systemReason(ENOENT))
            case .unreadable(let detail): throw .unreadableKeyFile(file: path, detail: detail)
            }
        }
        guard let key = APIKey(text) else { throw .emptyKeyFile(file: path) }
        return key
    }
}
