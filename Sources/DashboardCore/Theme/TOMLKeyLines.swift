import Foundation

/// Finds the line where a key of a TOML file is set. TOMLKit gives a line only for syntax
/// errors, not for values, and a message that says where to look saves searching a long file.
/// The one lookup for every TOML file the program reads: themes here, `config.toml` in
/// Settings.
public struct TOMLKeyLines: Sendable {
    private let lines: [Substring]

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `key` in the top section, or in `[table]` when given; a key of a
    /// table written inline (`thresholds = { ... }`) gets the table's line.
    public func line(of key: String, in table: String? = nil) -> Int? {
        var section: String?
        for (index, raw) in lines.enumerated() {
            let line = raw.drop(while: { $0 == " " || $0 == "\t" })
            if let header = Self.header(line) {
                if table == nil, header == key { return index + 1 }
                section = header
            } else if section == table, Self.assigns(key, line) {
                return index + 1
            } else if section == nil, let table, Self.assigns("\(table).\(key)", line) {
                return index + 1
            }
        }
        guard let table else { return nil }
        return line(of: table)
    }

    /// The line of a dotted path such as `status.failed.fg`: set whole at the top
    /// (`"status.failed" = ...`, `pane.border = ...`), else its last part in the table the rest
    /// names (`[pane]` then `border = ...`), else that table's own line.
    public func line(ofPath path: String) -> Int? {
        if let line = line(of: path) { return line }
        guard let dot = path.lastIndex(of: ".") else { return nil }
        return line(of: String(path[path.index(after: dot)...]), in: String(path[..<dot]))
    }

    /// `[name]` or `[[name]]` gives `name`, without quotes.
    private static func header(_ line: Substring) -> String? {
        guard line.hasPrefix("["), let end = line.firstIndex(of: "]") else { return nil }
        let inside = line[line.index(after: line.startIndex)..<end].drop(while: { $0 == "[" })
        return inside.trimmingCharacters(in: [" ", "\t", "\"", "'"])
    }

    private static func assigns(_ key: String, _ line: Substring) -> Bool {
        for spelling in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(spelling) {
            if line.dropFirst(spelling.count).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") { return true }
        }
        return false
    }
}
