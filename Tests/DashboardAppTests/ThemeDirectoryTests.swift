import Foundation
import Testing

@testable import DashboardApp

/// Where the themes are looked for: the checkout first, the installed package's directories last.
@Suite struct ThemeDirectoryTests {
    /// A fresh empty directory, removed by the caller.
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func makeThemes(at url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("# test\n".utf8).write(to: url.appendingPathComponent("default.toml"))
    }

    @Test func theDebianPackagesDirectoriesAreFallbacks() {
        #expect(ThemeDirectory.systemDirectories.contains("/usr/share/senfenico/themes"))
        #expect(ThemeDirectory.systemDirectories.contains("/usr/local/share/senfenico/themes"))
    }

    @Test func aSystemDirectoryIsUsedWhenNothingIsBesideTheExecutable() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = root.appendingPathComponent("usr/share/senfenico/empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let installed = root.appendingPathComponent("usr/local/share/senfenico/themes")
        try makeThemes(at: installed)
        let found = ThemeDirectory.locate(
            currentDirectory: root.appendingPathComponent("home").path,
            executable: root.appendingPathComponent("opt/bin/senfenico").path,
            sourceFile: root.appendingPathComponent("build/Sources/x/File.swift").path,
            systemDirectories: [empty.path, installed.path])
        #expect(found?.standardizedFileURL.path == installed.standardizedFileURL.path)
    }

    @Test func themesBesideTheExecutableComeBeforeTheSystemDirectories() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let beside = root.appendingPathComponent("prefix/share/senfenico/themes")
        try makeThemes(at: beside)
        let installed = root.appendingPathComponent("usr/share/senfenico/themes")
        try makeThemes(at: installed)
        let found = ThemeDirectory.locate(
            currentDirectory: root.appendingPathComponent("home").path,
            executable: root.appendingPathComponent("prefix/bin/senfenico").path,
            sourceFile: root.appendingPathComponent("build/Sources/x/File.swift").path,
            systemDirectories: [installed.path])
        #expect(found?.standardizedFileURL.path == beside.standardizedFileURL.path)
    }

    @Test func nothingFoundIsNil() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let found = ThemeDirectory.locate(
            currentDirectory: root.path, executable: root.appendingPathComponent("bin/senfenico").path,
            sourceFile: root.appendingPathComponent("src/File.swift").path, systemDirectories: [])
        #expect(found == nil)
    }
}
