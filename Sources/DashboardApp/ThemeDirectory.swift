import Foundation

/// Finds the shipped `themes/` directory: the tool runs from a checkout (`swift run`,
/// `.build/debug/senfenico`), from an install prefix with `share/senfenico/themes`, or from the
/// Debian package (`/usr/bin/senfenico` with its themes in `/usr/share/senfenico/themes`).
public enum ThemeDirectory {
    /// Where an installed package keeps its themes, tried after everything else.
    public static let systemDirectories = ["/usr/share/senfenico/themes", "/usr/local/share/senfenico/themes"]

    /// The first candidate holding `default.toml`: `./themes`, then the directories above the
    /// executable, then those above `sourceFile` (the package of the command that asks), then
    /// `systemDirectories`.
    public static func locate(
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executable: String = CommandLine.arguments.first ?? "", sourceFile: String,
        systemDirectories: [String] = ThemeDirectory.systemDirectories
    ) -> URL? {
        var candidates = [URL(fileURLWithPath: currentDirectory).appendingPathComponent("themes")]
        for start in [URL(fileURLWithPath: executable).resolvingSymlinksInPath(), URL(fileURLWithPath: sourceFile)] {
            var directory = start.deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(directory.appendingPathComponent("themes"))
                candidates.append(directory.appendingPathComponent("share/senfenico/themes"))
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates += systemDirectories.map { URL(fileURLWithPath: $0, isDirectory: true) }
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("default.toml").path)
        }
    }
}
