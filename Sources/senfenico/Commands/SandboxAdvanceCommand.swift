import ArgumentParser
import Foundation
import Localization

/// `senfenico sandbox`: `serve` (the default, so `senfenico sandbox --port 0` runs one) and
/// `advance`.
struct SandboxCommands: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run a local emulator of Senfenico's test mode on loopback, or move its clock.",
        discussion: """
            With no subcommand, or with `serve`, runs a sandbox (see `senfenico sandbox serve --help`).

            Examples:
              senfenico sandbox --port 8089 --time-scale 0.1
              senfenico sandbox advance 5m
            """,
        subcommands: [SandboxCommand.self, SandboxAdvanceCommand.self],
        defaultSubcommand: SandboxCommand.self
    )
}

/// `senfenico sandbox advance 5m`: moves a running sandbox's clock forward, so OTPs expire,
/// transfers arrive and settlements move on without waiting.
struct SandboxAdvanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advance",
        abstract: "Move a running sandbox's clock forward (90s, 5m, 2h, 1d).",
        discussion: """
            The sandbox is the one at --base-url, else the newest running on this machine \
            (`senfenico sandbox`, or the dashboard's own). Its clock only moves forward.

            Examples:
              senfenico sandbox advance 5m
              senfenico sandbox advance 90s --base-url http://127.0.0.1:8089
            """
    )

    @Argument(help: ArgumentHelp("How far: a whole number and s, m, h or d.", valueName: "duration"))
    var duration: String

    @OptionGroup var target: SandboxTarget

    func validate() throws {
        guard SandboxDuration.seconds(duration) != nil else {
            throw ValidationError(
                Strings.SandboxTools.badDuration.filling(["value": duration]).text(in: target.language))
        }
    }

    func run() async throws {
        guard let seconds = SandboxDuration.seconds(duration) else { throw ExitCode(2) }
        let resolved = try target.resolve()
        target.announce(resolved)
        let answer = try target.call(
            resolved, "POST", "/_sandbox/time/advance", json: ["seconds": seconds], what: "time advance")
        let now = answer.data?["now"] as? String ?? "?"
        Console.out(
            Strings.SandboxTools.advanced.filling(["duration": duration, "now": now]).text(in: target.language))
    }
}

/// `90s`, `5m`, `2h`, `1d` (a bare number is seconds).
enum SandboxDuration {
    static func seconds(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = trimmed.last else { return nil }
        let units = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        let (digits, unit) = last.isNumber ? (trimmed, 1) : (String(trimmed.dropLast()), units[String(last)] ?? 0)
        guard unit > 0, !digits.isEmpty, digits.allSatisfy(\.isASCII), let count = Int(digits), count >= 0,
            count <= 3_650 * 86_400 / unit
        else { return nil }
        return count * unit
    }
}
