import TOMLKit

/// Reads a helix-style theme file:
///
/// ```toml
/// inherits = "default"
/// "status.failed" = { fg = "red", modifiers = ["bold"] }
/// "pane.border" = "grey"
/// [palette]
/// grey = "#808080"
/// ```
///
/// A value is a colour (the foreground) or a table with `fg`, `bg` and `modifiers`
/// (`bold`, `underlined`, `reversed`). A colour is `#rrggbb`, an ANSI index 0-255, an ANSI
/// name (`red`, `light-blue`, ...), `default`, or a name from `[palette]`.
enum ThemeParser {
    struct Document {
        var inherits: String?
        var palette: [String: String]
        /// Raw semantic entries, flattened to dotted keys.
        var entries: [(key: String, value: any TOMLValueConvertible)]
    }

    static func document(_ text: String, theme: String) throws(ThemeError) -> Document {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(theme: theme, line: error.source.begin.line, reason: error.description)
        } catch {
            throw ThemeError(theme: theme, reason: "\(error)")
        }
        var document = Document(inherits: nil, palette: [:], entries: [])
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "inherits":
                guard let name = value.string else {
                    throw error(theme, key, text, "inherits must be a theme name in quotes")
                }
                document.inherits = name
            case "palette":
                guard let palette = value.table else { throw error(theme, key, text, "palette must be a table") }
                for name in palette.keys {
                    guard let colour = palette[name]?.string else {
                        throw error(theme, "palette.\(name)", text, "a palette colour must be a string")
                    }
                    document.palette[name] = colour
                }
            default:
                flatten(value, prefix: key, into: &document.entries)
            }
        }
        return document
    }

    /// Unquoted dotted keys (`pane.border = ...`) arrive as nested tables; helix quotes them.
    private static func flatten(
        _ value: any TOMLValueConvertible, prefix: String,
        into entries: inout [(key: String, value: any TOMLValueConvertible)]
    ) {
        // A table is a style when its key is known or it has style fields; otherwise a group.
        if let table = value.table, ThemeKey(rawValue: prefix) == nil,
            !table.keys.contains(where: { ["fg", "bg", "modifiers"].contains($0) })
        {
            for key in table.keys.sorted() {
                if let inner = table[key] { flatten(inner, prefix: "\(prefix).\(key)", into: &entries) }
            }
        } else {
            entries.append((prefix, value))
        }
    }

    /// Resolves a document on top of its parent's styles.
    static func styles(
        of document: Document, parent: [ThemeKey: Style], parentPalette: [String: String], theme: String,
        text: String
    ) throws(ThemeError) -> [ThemeKey: Style] {
        var styles = parent
        let palette = parentPalette.merging(document.palette) { _, own in own }
        for (name, value) in document.entries {
            guard let key = ThemeKey(rawValue: name) else {
                throw error(
                    theme, name, text,
                    "unknown key; known keys: \(ThemeKey.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            styles[key] = try style(value, key: name, palette: palette, theme: theme, text: text)
        }
        return styles
    }

    private static func style(
        _ value: any TOMLValueConvertible, key: String, palette: [String: String], theme: String, text: String
    ) throws(ThemeError) -> Style {
        if let colour = value.string {
            return Style(foreground: try color(colour, key: key, palette: palette, theme: theme, text: text))
        }
        guard let table = value.table else {
            throw error(theme, key, text, "expected a colour or a table with fg, bg, modifiers")
        }
        var style = Style()
        for field in table.keys {
            guard let fieldValue = table[field] else { continue }
            switch field {
            case "fg", "bg":
                let colour: TerminalColor
                if let name = fieldValue.string {
                    colour = try color(name, key: key, palette: palette, theme: theme, text: text)
                } else if let index = fieldValue.int, (0...255).contains(index) {
                    colour = index < 16 ? .ansi(UInt8(index)) : .indexed(UInt8(index))
                } else {
                    throw error(theme, "\(key).\(field)", text, "a colour must be a string or 0-255")
                }
                if field == "fg" { style.foreground = colour } else { style.background = colour }
            case "modifiers":
                guard let modifiers = fieldValue.array else {
                    throw error(theme, "\(key).modifiers", text, "modifiers must be a list")
                }
                for modifier in modifiers {
                    switch modifier.string {
                    case "bold": style.bold = true
                    case "underlined", "underline": style.underline = true
                    case "reversed", "reverse": style.reverse = true
                    default:
                        throw error(
                            theme, "\(key).modifiers", text,
                            "unknown modifier \(modifier.string ?? "?"); use bold, underlined, reversed")
                    }
                }
            default:
                throw error(theme, "\(key).\(field)", text, "unknown field; use fg, bg, modifiers")
            }
        }
        return style
    }

    static let ansiNames: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "gray": 7, "grey": 7,
        "light-gray": 7, "light-grey": 7, "white": 15, "dark-gray": 8, "dark-grey": 8, "light-red": 9,
        "light-green": 10, "light-yellow": 11, "light-blue": 12, "light-magenta": 13, "light-cyan": 14,
    ]

    static func color(
        _ name: String, key: String, palette: [String: String], theme: String, text: String, depth: Int = 0
    ) throws(ThemeError) -> TerminalColor {
        if name == "default" || name == "reset" { return .default }
        // The palette comes first, as in helix, so a theme may redefine `red`.
        if let alias = palette[name], depth < 8 {
            return try color(alias, key: key, palette: palette, theme: theme, text: text, depth: depth + 1)
        }
        if let index = ansiNames[name] { return .ansi(index) }
        if let index = UInt8(name) { return index < 16 ? .ansi(index) : .indexed(index) }
        if name.hasPrefix("#") {
            let hex = name.dropFirst()
            guard hex.count == 6, let value = UInt32(hex, radix: 16) else {
                throw error(theme, key, text, "\(name) is not a #rrggbb colour")
            }
            return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        }
        throw error(theme, key, text, "\(name) is neither a colour nor a palette name")
    }

    /// TOMLKit gives no position for a value, so the line is found by looking for the key.
    private static func error(_ theme: String, _ key: String, _ text: String, _ reason: String) -> ThemeError {
        ThemeError(theme: theme, key: key, line: TOMLKeyLines(text).line(ofPath: key), reason: reason)
    }
}
