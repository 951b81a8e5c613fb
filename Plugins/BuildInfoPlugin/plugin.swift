import Foundation
import PackagePlugin

/// Writes `BuildCommit.swift` into the BuildInfo module before each build: the short commit of
/// the checkout the binary is built from (`git rev-parse --short HEAD`), `$SENFENICO_BUILD_COMMIT`
/// when set (a packager building from a tarball), else "unknown" (no git, no `.git`).
///
/// A prebuild command runs at every build, so it is one `sh` and one `git` call (a few
/// milliseconds), and the file is rewritten only when its text changes: an unchanged commit
/// leaves its date alone and nothing is recompiled.
@main
struct BuildInfoPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let generated = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
        var environment: [String: String] = [:]
        if let commit = ProcessInfo.processInfo.environment["SENFENICO_BUILD_COMMIT"] {
            environment["SENFENICO_BUILD_COMMIT"] = commit
        }
        return [
            .prebuildCommand(
                displayName: "Recording the git commit of \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [
                    "-c", Self.script, "build-info", context.package.directoryURL.path, generated.path,
                    context.pluginWorkDirectoryURL.path,
                ],
                environment: environment,
                outputFilesDirectory: generated)
        ]
    }

    /// `$1` the package directory, `$2` the folder of generated sources, `$3` a scratch folder.
    static let script = #"""
        PATH="/usr/bin:/bin:/usr/local/bin:/opt/homebrew/bin${PATH:+:$PATH}"
        package="$1"; generated="$2"; scratch="$3"
        commit="${SENFENICO_BUILD_COMMIT:-}"
        if [ -z "$commit" ] && [ -e "$package/.git" ] && command -v git >/dev/null 2>&1; then
          commit="$(git -C "$package" rev-parse --short HEAD 2>/dev/null)" || commit=""
        fi
        case "$commit" in ''|*[!0-9A-Za-z._-]*) commit=unknown ;; esac
        mkdir -p "$generated" "$scratch" || exit 1
        new="$scratch/BuildCommit.swift.new"
        {
          echo '// Generated at build time by Plugins/BuildInfoPlugin: do not edit.'
          echo "let buildCommit = \"$commit\""
        } > "$new" || exit 1
        if cmp -s "$new" "$generated/BuildCommit.swift"; then
          rm -f "$new"
        else
          mv -f "$new" "$generated/BuildCommit.swift"
        fi
        """#
}
