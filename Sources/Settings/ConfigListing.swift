import TOMLKit

/// What `senfenico config list` prints: every value the file sets, one `name = value` a line,
/// names dotted (`thresholds.orange`, `profile.shop2.base_url`), values as TOML writes them. An
/// API key held in the file is shown masked.
public enum ConfigListing {
    /// The whole file, or only `[profile.NAME]` (names then relative to the profile). `nil` when
    /// the profile does not exist; the text must already have been read by `ConfigFile`.
    public static func lines(of text: String, profile: String?) -> [String]? {
        guard let document = try? TOMLTable(string: text) else { return [] }
        var root = document
        if let profile {
            guard let table = ConfigChange.lookUp(document, ConfigKeys.profile, profile)?.table else { return nil }
            root = table
        }
        var lines: [String] = []
        add(root, prefix: "", to: &lines)
        return lines
    }

    private static func add(_ table: TOMLTable, prefix: String, to lines: inout [String]) {
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            if let inner = value.table {
                add(inner, prefix: prefix + key + ".", to: &lines)
                continue
            }
            let shown = ConfigChange.display(value, isKey: key == ConfigKeys.apiKey)
            let literal = value.type == .string ? ConfigChange.quoted(shown) : shown
            lines.append("\(prefix)\(key) = \(literal)")
        }
    }

    /// The names of the file's `[profile.NAME]` tables.
    public static func profiles(of text: String) -> [String] {
        guard let document = try? TOMLTable(string: text), let table = document[ConfigKeys.profile]?.table else {
            return []
        }
        return table.keys.sorted()
    }
}
