import Foundation

/// Finds `NAME.toml` theme files in a directory and resolves `inherits` chains.
public struct ThemeLoader: Sendable {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Theme names (file names without `.toml`), sorted.
    public func availableThemes() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads and validates one theme, following `inherits` (at most 8 levels, no cycles).
    public func load(_ name: String) throws(ThemeError) -> Theme {
        let resolved = try resolve(name, seen: [])
        return Theme(name: name, styles: resolved.styles)
    }

    /// Parses a theme from text; `inherits` is looked up in this loader's directory.
    public func parse(_ text: String, name: String) throws(ThemeError) -> Theme {
        Theme(name: name, styles: try resolve(text: text, name: name, seen: [name]).styles)
    }

    /// The named theme, or `default` with the error that made it necessary; `Theme.fallback`
    /// when even `default` cannot be read. Colours are degraded to `capability`.
    public func loadOrDefault(_ name: String, capability: ColorCapability) -> (theme: Theme, error: ThemeError?) {
        do {
            return (try load(name).degraded(to: capability), nil)
        } catch {
            let base = (try? load("default")) ?? Theme.fallback
            return (base.degraded(to: capability), error)
        }
    }

    private func resolve(_ name: String, seen: [String]) throws(ThemeError) -> (
        styles: [ThemeKey: Style], palette: [String: String]
    ) {
        guard !seen.contains(name), seen.count < 8 else {
            throw ThemeError(theme: seen.first ?? name, key: "inherits", reason: "inherits forms a cycle at \(name)")
        }
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !name.isEmpty else {
            throw ThemeError(theme: name, reason: "a theme name has only letters, digits, - and _")
        }
        let url = directory.appendingPathComponent("\(name).toml")
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
        else {
            throw ThemeError(theme: name, reason: "no readable file \(url.path)")
        }
        return try resolve(text: text, name: name, seen: seen + [name])
    }

    private func resolve(text: String, name: String, seen: [String]) throws(ThemeError) -> (
        styles: [ThemeKey: Style], palette: [String: String]
    ) {
        let document = try ThemeParser.document(text, theme: name)
        var parent: (styles: [ThemeKey: Style], palette: [String: String]) = (Theme.fallback.styles, [:])
        if let inherits = document.inherits {
            parent = try resolve(inherits, seen: seen)
        }
        let styles = try ThemeParser.styles(
            of: document, parent: parent.styles, parentPalette: parent.palette, theme: name, text: text)
        return (styles, parent.palette.merging(document.palette) { _, own in own })
    }
}
