import ArgumentParser
import Dispatch
import Foundation
import Localization
import SenfenicoSandbox

/// `senfenico logs`: the requests a sandbox answers.
struct LogsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Watch the requests a local sandbox answers.",
        subcommands: [LogsTailCommand.self]
    )
}

/// `senfenico logs tail`: the recent requests of a sandbox, then each new one as it is answered,
/// like `stripe logs tail`.
struct LogsTailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Print a sandbox's recent requests, then follow new ones until Ctrl-C.",
        discussion: """
            Each line: local time, method, path, HTTP status, duration, the fingerprint of the API key \
            (never the key) and the error code of an error answer. The sandbox is the one at --base-url, \
            else the newest running on this machine (`senfenico sandbox`, or the dashboard's own).

            Examples:
              senfenico logs tail
              senfenico logs tail --status 4xx,5xx --path charges
              senfenico logs tail --json --base-url http://127.0.0.1:8089 | jq .error_code
            """
    )

    @OptionGroup var target: SandboxTarget

    @Option(
        help: ArgumentHelp(
            "Only these statuses: codes or classes, comma-separated (404, 4xx, 2xx,5xx).", valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp("Only paths containing this text (charges, transfers/bulk).", valueName: "text"))
    var path: String?

    @Option(help: ArgumentHelp("Only this method (GET, POST…).", valueName: "method"))
    var method: String?

    @Flag(help: "One JSON object a line instead of text.")
    var json = false

    func validate() throws {
        if let status, StatusFilter(status) == nil {
            throw ValidationError(
                Strings.SandboxTools.badStatusFilter.filling(["value": status]).text(in: target.language))
        }
    }

    func run() async throws {
        let resolved = try target.resolve()
        target.announce(resolved)
        let filter = EntryFilter(
            status: status.flatMap(StatusFilter.init), path: path, method: method?.uppercased())
        let language = target.language
        Console.err(Strings.SandboxTools.following.filling(["url": resolved.url]).text(in: language))

        let stopper = StreamStopper()
        let signals = StopSignals(label: "senfenico.logs.signals") { stopper.fire() }
        defer { signals.cancel() }

        let asJSON = json
        let http = resolved.http
        // The read blocks: on a thread of its own, not on the concurrency pool.
        let outcome: Result<Int, LoopbackHTTP.Failure> = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let result = Result { () throws(LoopbackHTTP.Failure) -> Int in
                    try http.stream("/_sandbox/logs?follow=1", stopper: stopper) { line in
                        guard let entry = RequestLogEntry(jsonLine: line), filter.accepts(entry) else { return }
                        Console.out(asJSON ? entry.jsonLine : entry.textLine())
                    }
                }
                continuation.resume(returning: result)
            }
        }
        switch outcome {
        case .success(let status) where stopper.fired || (200..<300).contains(status):
            // Ctrl-C is the normal way out; a sandbox that stopped ended the follow.
            if !stopper.fired { Console.err(Strings.SandboxTools.streamEnded.text(in: language)) }
        case .success(let status):
            Console.err(
                Strings.SandboxTools.refused.filling([
                    "url": resolved.url, "what": "/_sandbox/logs", "status": String(status), "message": "",
                ]).text(in: language))
            throw ExitCode(1)
        case .failure:
            Console.err(Strings.SandboxTools.cannotReach.filling(["url": resolved.url]).text(in: language))
            throw ExitCode(1)
        }
    }
}

/// `--status 404`, `--status 4xx`, `--status 2xx,5xx`.
struct StatusFilter: Sendable, Equatable {
    /// Exact codes, and classes by their first digit.
    var codes: Set<Int> = []
    var classes: Set<Int> = []

    init?(_ text: String) {
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            if item.count == 3, item.hasSuffix("xx"), let digit = Int(item.prefix(1)), (1...5).contains(digit) {
                classes.insert(digit)
            } else if let code = Int(item), (100...599).contains(code) {
                codes.insert(code)
            } else {
                return nil
            }
        }
        if codes.isEmpty && classes.isEmpty { return nil }
    }

    func accepts(_ status: Int) -> Bool {
        codes.contains(status) || classes.contains(status / 100)
    }
}

/// The filters of `logs tail`, all of which a line must pass.
struct EntryFilter: Sendable {
    var status: StatusFilter?
    var path: String?
    var method: String?

    func accepts(_ entry: RequestLogEntry) -> Bool {
        if let status, !status.accepts(entry.status) { return false }
        if let path, !entry.path.localizedCaseInsensitiveContains(path) { return false }
        if let method, entry.method.uppercased() != method { return false }
        return true
    }
}
