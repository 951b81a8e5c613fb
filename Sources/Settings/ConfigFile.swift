/// The user's `config.toml`, read into typed values. Every key is optional:
///
/// ```toml
/// api_key = "sk_test_..."          # the key itself; the file must then be chmod 600
/// api_key_file = "~/.senfenico/key" # or a file holding it (not both); ~ and relative paths work
/// base_url = "https://api.senfenico.com"
/// refresh = 5                       # seconds between balance refreshes, 1 to 3600
/// lists_refresh = 30                # seconds between list refreshes, 5 to 3600
/// theme = "high-contrast"           # a theme name from the themes directory
/// language = "fr"                   # "fr" or "en"
/// mouse = false                     # leave the mouse to the terminal
/// log_file = "~/senfenico.log"
/// timeout = 60                      # seconds a whole command may take (--timeout), 1 to 3600
/// max_answer_mb = 192               # the most an answer may weigh, 1 to 4096 MB
///
/// [thresholds]                      # whole F CFA; a balance below its threshold raises an alert
/// collection = 50000                # collection, available
/// collection_pending = "10 000"
/// transfers_total = "1 000 000"
/// orange = 200000
/// moov = 200000
/// sank = 100000
///
/// [profile.shop2]                   # any of the keys above, used with --profile shop2
/// api_key_file = "~/.config/senfenico/shop2.key"
/// language = "en"
///
/// [profile.shop2.thresholds]
/// orange = 50000
/// ```
///
/// A missing file is an empty configuration. An unknown key is a warning (a typo must not go
/// unnoticed); a value of the wrong type, or a file that is not TOML, is a `SettingsError`.
public struct ConfigFile: Sendable, Equatable {
    /// Where it was looked for, to name it in messages.
    public var path: String
    public var layer: SettingsLayer
    /// `api_key` is in the file (at the top or in a profile): then the file itself must be private.
    public var holdsAPIKey: Bool
    public var warnings: [SettingsWarning]
    /// Each `[profile.NAME]` table, by name: settings that replace the top level's when the
    /// profile is selected.
    public var profiles: [String: SettingsLayer] = [:]

    public init(
        path: String, layer: SettingsLayer = SettingsLayer(), holdsAPIKey: Bool = false,
        warnings: [SettingsWarning] = []
    ) {
        self.path = path
        self.layer = layer
        self.holdsAPIKey = holdsAPIKey
        self.warnings = warnings
    }

    /// The file at its XDG place; an empty configuration when there is none.
    public static func load(environment: [String: String]) throws(SettingsError) -> ConfigFile {
        try load(path: SettingsPaths.configFile(environment: environment), environment: environment)
    }

    public static func load(path: String, environment: [String: String]) throws(SettingsError) -> ConfigFile {
        let text: String
        do {
            text = try SmallFile.contents(of: path)
        } catch {
            switch error {
            case .missing: return ConfigFile(path: path)
            case .unreadable(let detail): throw .unreadableFile(file: path, detail: detail)
            }
        }
        return try ConfigFileParser(path: path, text: text, environment: environment).parse()
    }

    public static func parse(_ text: String, path: String, environment: [String: String]) throws(SettingsError)
        -> ConfigFile
    {
        try ConfigFileParser(path: path, text: text, environment: environment).parse()
    }
}
