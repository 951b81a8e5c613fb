/// Finds the line where a key is set. TOMLKit gives a line only for syntax errors, not for
/// values, and a message that says where to look saves searching a long file.
struct KeyLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `key` in the top section, or in `[table]` when given; a key of a
    /// table written inline (`thresholds = { ... }`) gets the table's line.
    func line(of key: String, in table: String? = nil) -> Int? {
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
