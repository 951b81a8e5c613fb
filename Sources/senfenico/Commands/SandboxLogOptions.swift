import ArgumentParser
import Foundation
import SenfenicoSandbox
import Settings

/// `senfenico sandbox`'s request lines: one line a request on standard output (`--quiet` for
/// none, `--log-format json` for JSON lines), and its entry in the ``SandboxRegistry`` so that
/// `logs tail`, `trigger` and `sandbox advance` find it.
struct SandboxLogOptions: ParsableArguments {
    @Flag(help: "Print no line per request (`senfenico logs tail` still sees them).")
    var quiet = false

    @Option(
        help: ArgumentHelp("Format of the request lines: text or json (one JSON object a line).", valueName: "format"))
    var logFormat: RequestLogFormat = .text

    /// Sets the printer of the request lines.
    func apply(to options: inout SandboxOptions) {
        guard !quiet else { return }
        let format = logFormat
        options.requestLogPrinter = { entry in
            // Unbuffered, one write a line: lines from concurrent requests never interleave.
            FileHandle.standardOutput.write(Data((format.line(entry) + "\n").utf8))
        }
    }

    /// Announces the running sandbox in the registry; removed by ``unregister()``. Without its
    /// key: a key given with --api-key-file is the user's secret and is not written down; the
    /// other tools then use the user's SENFENICO_API_KEY, or a test key of their own (any test
    /// key opens an account in an open sandbox).
    func register(url: String) {
        SandboxRegistry.register(
            SandboxRecord(url: url, pid: getpid(), kind: .standalone, key: nil),
            environment: ProcessInfo.processInfo.environment)
    }

    func unregister() {
        SandboxRegistry.remove(environment: ProcessInfo.processInfo.environment)
    }
}

extension RequestLogFormat: ExpressibleByArgument {}

extension DashboardOptions {
    /// The dashboard's embedded sandbox in the registry, with its key: that key is public (see
    /// ``APISession/embeddedSandboxKey``), and `trigger` needs it to make objects in the
    /// account the dashboard shows. Returns the record's path.
    static func registerEmbeddedSandbox(_ url: String) -> String? {
        SandboxRegistry.register(
            SandboxRecord(url: url, pid: getpid(), kind: .embedded, key: APISession.embeddedSandboxKey),
            environment: ProcessInfo.processInfo.environment)
    }

    static func unregisterEmbeddedSandbox() {
        SandboxRegistry.remove(environment: ProcessInfo.processInfo.environment)
    }
}
