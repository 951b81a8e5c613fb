import Foundation

/// Where the configuration and the log live, following the XDG base directory rules.
public enum SettingsPaths {
    /// `$XDG_CONFIG_HOME/senfenico/config.toml`, else `$HOME/.config/senfenico/config.toml`.
    public static func configFile(environment: [String: String]) -> String {
        let base = xdgDirectory("XDG_CONFIG_HOME", environment) ?? home(environment) + "/.config"
        return base + "/senfenico/config.toml"
    }

    /// `$XDG_STATE_HOME/senfenico/senfenico.log`, else `$HOME/.local/state/senfenico/senfenico.log`:
    /// logs are state (kept between runs, not worth a backup), not configuration or data.
    public static func defaultLogFile(environment: [String: String]) -> String {
        let base = xdgDirectory("XDG_STATE_HOME", environment) ?? home(environment) + "/.local/state"
        return base + "/senfenico/senfenico.log"
    }

    /// `~` and `~/...` become the home directory; a relative path is taken from `directory`
    /// when given (a path in the config file means the same wherever the command is run).
    public static func expand(_ path: String, relativeTo directory: String? = nil, environment: [String: String])
        -> String
    {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return home(environment) + path.dropFirst() }
        if let directory, !path.hasPrefix("/") { return directory + "/" + path }
        return path
    }

    static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    /// The XDG specification says a relative value is invalid and must be ignored.
    private static func xdgDirectory(_ name: String, _ environment: [String: String]) -> String? {
        guard let value = environment[name], value.hasPrefix("/") else { return nil }
        return value
    }
}
