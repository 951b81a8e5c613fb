/// Changes one key of `config.toml`'s text and leaves every other line as it was: comments,
/// blank lines, order and spelling are the user's, and `senfenico config set` must not lose them
/// (a TOML library would write the whole file back without its comments).
///
/// It edits the lines it understands: `key = value` in a `[table]` section, or `table.key = value`
/// at the top. Anything else (an inline table, a value over several lines) is left for
/// `ConfigChange` to notice when it reads the result back.
public struct ConfigEditor: Sendable {
    public private(set) var lines: [String]

    public init(text: String) {
        lines = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A file ending with a line break gives a last empty element, which `text` puts back.
        if lines.last == "" { lines.removeLast() }
    }

    public var text: String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }

    /// Sets `key` of `table` (`nil`: the top level; `thresholds`, `profile.NAME`...) to `literal`,
    /// TOML text such as `5`, `true` or `"fr"`. An existing line keeps its indentation and comment;
    /// a new one goes at the end of its section, and a missing section is added at the end.
    public mutating func set(_ key: String, literal: String, in table: String?) {
        if let index = assignment(of: key, in: table) {
            lines[index] = Self.replacingValue(of: lines[index], with: literal)
            return
        }
        let line = "\(key) = \(literal)"
        if let end = endOfSection(table) {
            lines.insert(line, at: end)
        } else {
            // Only a table can be missing: the top level always exists.
            while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
            if !lines.isEmpty { lines.append("") }
            lines.append("[\(table ?? "")]")
            lines.append(line)
        }
    }

    /// Removes the line setting `key` of `table`; false when there was none.
    @discardableResult
    public mutating func remove(_ key: String, in table: String?) -> Bool {
        guard let index = assignment(of: key, in: table) else { return false }
        lines.remove(at: index)
        return true
    }

    /// The index of the line assigning `key` in `[table]`, or `table.key` at the top.
    func assignment(of key: String, in table: String?) -> Int? {
        var section: String?
        for (index, line) in lines.enumerated() {
            let trimmed = Self.trimmedStart(line)
            if let header = Self.header(trimmed) {
                section = header
            } else if section == table, Self.assigns(key, trimmed) {
                return index
            } else if section == nil, let table, Self.assigns("\(table).\(key)", trimmed) {
                return index
            }
        }
        return nil
    }

    /// Where a new key of `table` goes: after the section's last non-blank line, so the blank
    /// line before the next section stays where it is. `nil` when the section does not exist.
    func endOfSection(_ table: String?) -> Int? {
        var inSection = table == nil
        var lastContent: Int?
        for (index, line) in lines.enumerated() {
            let trimmed = Self.trimmedStart(line)
            if let header = Self.header(trimmed) {
                if inSection { break }
                if header == table {
                    inSection = true
                    lastContent = index
                }
                continue
            }
            if inSection, !trimmed.isEmpty, !trimmed.hasPrefix("#") { lastContent = index }
        }
        guard inSection else { return nil }
        if let lastContent { return lastContent + 1 }
        // A top level without keys: after the comment block that opens the file, if any.
        return lines.prefix(while: { Self.trimmedStart($0).hasPrefix("#") }).count
    }

    /// `[name]` or `[[name]]` gives `name` without spaces or quotes around it.
    static func header(_ line: Substring) -> String? {
        guard line.hasPrefix("["), let end = line.firstIndex(of: "]") else { return nil }
        let inside = line[line.index(after: line.startIndex)..<end].drop(while: { $0 == "[" })
        return inside.split(separator: ".").map { $0.trimmingCharacters(in: [" ", "\t", "\"", "'"]) }
            .joined(separator: ".")
    }

    static func assigns(_ key: String, _ line: Substring) -> Bool {
        for spelling in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(spelling) {
            if line.dropFirst(spelling.count).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") { return true }
        }
        return false
    }

    static func trimmedStart(_ line: String) -> Substring {
        line.drop(while: { $0 == " " || $0 == "\t" })
    }

    /// `  refresh = 5   # seconds` with `10` gives `  refresh = 10   # seconds`.
    static func replacingValue(of line: String, with literal: String) -> String {
        guard let equals = line.firstIndex(of: "=") else { return line }
        let afterEquals = line[line.index(after: equals)...]
        let valueStart = afterEquals.firstIndex(where: { $0 != " " && $0 != "\t" }) ?? line.endIndex
        let rest = line[valueStart...]
        let valueEnd = endOfValue(rest)
        let trailing = line[valueEnd...]
        return String(line[..<valueStart]) + literal + trailing
    }

    /// The end of a one-line value: past its closing quote for a string, else before the
    /// whitespace that precedes a `#` comment (or the line's end).
    private static func endOfValue(_ value: Substring) -> String.Index {
        var index = value.startIndex
        if let quote = value.first, quote == "\"" || quote == "'" {
            index = value.index(after: index)
            while index < value.endIndex, value[index] != quote {
                if quote == "\"", value[index] == "\\" { index = value.index(after: index) }
                if index < value.endIndex { index = value.index(after: index) }
            }
            return index < value.endIndex ? value.index(after: index) : value.endIndex
        }
        let comment = value.firstIndex(of: "#") ?? value.endIndex
        var end = comment
        while end > value.startIndex, value[value.index(before: end)] == " " || value[value.index(before: end)] == "\t"
        {
            end = value.index(before: end)
        }
        return end
    }
}
