import DashboardCore
import Foundation
import Localization
import SenfenicoAPI

/// Decides each setting: command-line flag, else environment variable, else the selected
/// `[profile.NAME]` of the config file, else its top level, else default. The language falls
/// back to the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
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
        let environmentLayer = try EnvironmentSettings.layer(environment)
        let profile = try Self.selectedProfile(flags: flags, environment: environmentLayer, file: file)
        var layers: [(layer: SettingsLayer, source: SettingSource)] = [
            (flags, .flag), (environmentLayer, .environment),
        ]
        if let profile, let layer = file.profiles[profile.name] { layers.append((layer, .profile(profile.name))) }
        layers.append((file.layer, .configFile))

        var sources: [SettingName: SettingSource] = [:]
        func first<Value>(_ name: SettingName, _ field: (SettingsLayer) -> Value?) -> Value? {
            for (layer, source) in layers {
                if let value = field(layer) {
                    sources[name] = source
                    return value
                }
            }
            sources[name] = .builtInDefault
            return nil
        }

        var warnings = file.warnings
        if file.holdsAPIKey, let warning = FilePermissions.looseWarning(for: file.path) { warnings.append(warning) }
        let key = try Self.apiKey(from: layers, warnings: &warnings)
        if let key { sources[.apiKey] = key.source }
        let language = first(.language, \.language)
        if language == nil { sources[.language] = .locale }
        var settings = ResolvedSettings(
            apiKey: key?.key,
            baseURL: first(.baseURL, \.baseURL) ?? ClientConfiguration.defaultBaseURL,
            refresh: first(.refresh, \.refresh) ?? ResolvedSettings.defaultRefresh,
            listsRefresh: first(.listsRefresh, \.listsRefresh) ?? ResolvedSettings.defaultListsRefresh,
            theme: first(.theme, \.theme) ?? ResolvedSettings.defaultTheme,
            language: language ?? Language.fromEnvironment(environment),
            mouse: first(.mouse, \.mouse) ?? true,
            logFile: first(.logFile, \.logFile),
            thresholds: first(.thresholds, \.thresholds) ?? [:],
            timeout: first(.timeout, \.timeout) ?? ResolvedSettings.defaultTimeout,
            maximumAnswerBytes: first(.maxAnswerMB, \.maxAnswerMB).map { Int($0 * 1_048_576) }
                ?? ClientConfiguration.defaultMaximumAnswerBytes,
            configFile: file.path,
            warnings: warnings)
        settings.profile = profile.flatMap { file.profiles[$0.name] == nil ? nil : $0.name }
        settings.profileSource = settings.profile == nil ? nil : profile?.source
        settings.sources = sources
        settings.apiKeyFile = key?.file
        return settings
    }

    /// The name a flag or `SENFENICO_PROFILE` gives, checked against the file's profiles.
    /// `default` names the top level when no `[profile.default]` exists, so a variable set for
    /// the shell can be overridden back to the top level with `--profile default`.
    static func selectedProfile(flags: SettingsLayer, environment: SettingsLayer, file: ConfigFile)
        throws(SettingsError) -> (name: String, source: SettingSource)?
    {
        let chosen: (name: String, source: SettingSource)? =
            if let name = flags.profile {
                (name, .flag)
            } else if let name = environment.profile {
                (name, .environment)
            } else {
                nil
            }
        guard let chosen, file.profiles[chosen.name] == nil else { return chosen }
        if chosen.name == Self.defaultProfile { return nil }
        throw .unknownProfile(name: chosen.name, file: file.path, known: file.profiles.keys.sorted())
    }

    /// The name `auth status` shows when no profile is selected, and that selects none.
    public static let defaultProfile = "default"

    /// The language to report a failed resolution in: the flag, else a valid `SENFENICO_LANG`,
    /// else the locale (the config file may be what failed).
    public var fallbackLanguage: Language {
        flags.language ?? EnvironmentSettings.namedLanguage(environment) ?? Language.fromEnvironment(environment)
    }

    /// The key, or the key file, of the first layer that names one: a key file given on the
    /// command line beats a key in the environment.
    private static func apiKey(
        from layers: [(layer: SettingsLayer, source: SettingSource)], warnings: inout [SettingsWarning]
    ) throws(SettingsError) -> (key: APIKey, source: SettingSource, file: String?)? {
        for (layer, source) in layers {
            if let key = layer.apiKey { return (key, source, nil) }
            if let path = layer.apiKeyFile {
                if let warning = FilePermissions.looseWarning(for: path) { warnings.append(warning) }
                return (try readKey(path), source, path)
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
