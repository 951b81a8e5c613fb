import Foundation
import Testing

@testable import DashboardCore

@Suite struct ThemeTests {
    /// The real `themes/` directory at the repository root.
    static let loader = ThemeLoader(
        directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes"))

    @Test func shippedThemesLoadAndDefineEveryKey() throws {
        let names = Self.loader.availableThemes()
        #expect(names.contains("default") && names.contains("high-contrast") && names.contains("monochrome"))
        for name in names {
            let theme = try Self.loader.load(name)
            for key in ThemeKey.allCases where key != .text {
                #expect(theme.styles[key] != nil, "\(name) lacks \(key.rawValue)")
            }
        }
    }

    @Test func paletteAndInheritance() throws {
        let base = try Self.loader.load("default")
        #expect(base[.statusSuccess].foreground == .rgb(0x5F, 0xD7, 0x5F))
        #expect(base[.statusFailed].bold)
        let contrast = try Self.loader.load("high-contrast")
        #expect(contrast[.statusSuccess].foreground == .ansi(10))
        let mono = try Self.loader.load("monochrome")
        #expect(mono.styles.values.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(mono[.selection].reverse)
    }

    @Test func unquotedDottedKeysAndPaletteOverridingANSINames() throws {
        let text = """
            pane.border = "red"
            status.failed = { fg = 9, bg = "blue", modifiers = ["underlined"] }
            [palette]
            red = "#ff0000"
            """
        let theme = try Self.loader.parse(text, name: "dotted")
        #expect(theme[.paneBorder].foreground == .rgb(255, 0, 0))
        #expect(theme[.statusFailed] == Style(foreground: .ansi(9), background: .ansi(4), underline: true))
        // Keys it does not set come from the built-in fallback.
        #expect(theme[.selection].reverse)
    }

    @Test func degradation() {
        let colour = TerminalColor.rgb(0xD7, 0x00, 0x00)
        #expect(colour.degraded(to: .trueColor) == colour)
        #expect(colour.degraded(to: .indexed256) == .indexed(160))
        #expect(colour.degraded(to: .ansi16) == .ansi(1))
        #expect(TerminalColor.ansi(9).degraded(to: .ansi8) == .ansi(1))
        #expect(colour.degraded(to: .none) == .default)
        let style = Style(foreground: colour, reverse: true).degraded(to: .none)
        #expect(style.foreground == .default && style.reverse)
    }

    @Test func capabilityFromEnvironment() {
        #expect(ColorCapability.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"]) == .none)
        #expect(ColorCapability.detect(environment: ["COLORTERM": "truecolor"]) == .trueColor)
        #expect(ColorCapability.detect(environment: ["TERM": "xterm-256color"]) == .indexed256)
        #expect(ColorCapability.detect(environment: ["TERM": "linux"], maxColors: 8) == .ansi8)
        #expect(ColorCapability.detect(environment: ["TERM": "dumb"]) == .none)
    }

    @Test func badColourNamesKeyAndLine() {
        let text = "inherits = \"default\"\n\"pane.border\" = \"#12345\"\n"
        #expect {
            _ = try Self.loader.parse(text, name: "broken")
        } throws: { error in
            let themeError = error as? ThemeError
            return themeError?.key == "pane.border" && themeError?.line == 2
        }
    }

    @Test func unknownKeyAndSyntaxErrorsAreReported() {
        #expect(throws: ThemeError.self) { try Self.loader.parse("\"pane.bordr\" = \"red\"", name: "typo") }
        do {
            _ = try Self.loader.parse("\"pane.border\" = \n", name: "syntax")
            Issue.record("a syntax error was accepted")
        } catch {
            #expect(error.line == 1)
        }
        do {
            _ = try Self.loader.parse("\"alert\" = { fg = \"red\", modifiers = [\"blink\"] }", name: "modifier")
            Issue.record("an unknown modifier was accepted")
        } catch {
            #expect(error.key == "alert.modifiers")
        }
    }

    @Test func inheritanceCyclesAndBrokenParentsAreErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "inherits = \"b\"\n".write(
            to: directory.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
        try "inherits = \"a\"\n".write(
            to: directory.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
        try "\"alert\" = \"nope\"\n".write(
            to: directory.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        try "inherits = \"broken\"\n".write(
            to: directory.appendingPathComponent("child.toml"), atomically: true, encoding: .utf8)
        let loader = ThemeLoader(directory: directory)
        #expect(loader.availableThemes() == ["a", "b", "broken", "child"])
        do {
            _ = try loader.load("a")
            Issue.record("a cycle was accepted")
        } catch {
            #expect(error.key == "inherits")
        }
        do {
            _ = try loader.load("child")
            Issue.record("a broken parent was accepted")
        } catch {
            #expect(error.theme == "broken" && error.key == "alert" && error.line == 1)
        }
        #expect(throws: ThemeError.self) { try loader.load("../etc/passwd") }
    }

    @Test func brokenOrMissingThemeFallsBackToDefault() {
        let (theme, error) = Self.loader.loadOrDefault("does-not-exist", capability: .ansi16)
        #expect(error != nil)
        #expect(theme.name == "default")
        #expect(theme[.statusSuccess].foreground == .ansi(10) || theme[.statusSuccess].foreground == .ansi(2))
        let cycle = ThemeLoader(directory: URL(fileURLWithPath: "/nonexistent")).loadOrDefault("x", capability: .none)
        #expect(cycle.theme == Theme.fallback.degraded(to: .none))
    }
}
