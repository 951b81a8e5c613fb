import Localization

/// A resolved colour theme: one style per semantic key.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var styles: [ThemeKey: Style]

    public init(name: String, styles: [ThemeKey: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(key: ThemeKey) -> Style { styles[key] ?? styles[.text] ?? .plain }

    /// Every style degraded to what the terminal can show.
    public func degraded(to capability: ColorCapability) -> Theme {
        Theme(name: name, styles: styles.mapValues { $0.degraded(to: capability) })
    }

    /// The theme used when no theme file can be read: attributes only, readable anywhere.
    public static let fallback = Theme(
        name: "fallback",
        styles: [
            .paneTitle: Style(bold: true), .paneTitleFocused: Style(bold: true, reverse: true),
            .columnHeader: Style(underline: true), .bannerLive: Style(bold: true, reverse: true),
            .bannerSandbox: Style(bold: true), .bannerTest: Style(bold: true), .alert: Style(bold: true),
            .stale: Style(bold: true), .changed: Style(bold: true), .selection: Style(reverse: true),
            .statusFailed: Style(bold: true),
        ])
}

/// Why a theme was refused: the key (and line, when known) a person must fix.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var theme: String
    public var key: String?
    public var line: Int?
    public var reason: String

    public init(theme: String, key: String? = nil, line: Int? = nil, reason: String) {
        self.theme = theme
        self.key = key
        self.line = line
        self.reason = reason
    }

    public var description: String {
        var location = "theme \(theme)"
        if let key { location += ", key \(key)" }
        if let line { location += ", line \(line)" }
        return "\(location): \(reason)"
    }
}

extension ThemeError {
    /// The sentence shown when the dashboard falls back to the default theme.
    public func message(in language: Language) -> String {
        Strings.Dashboard.themeFallback.filling(["theme": theme, "error": description]).text(in: language)
    }
}
