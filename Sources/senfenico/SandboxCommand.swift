import ArgumentParser
import Dispatch
import Foundation
import Localization
import SenfenicoSandbox
import Synchronization

/// `senfenico sandbox`: Senfenico's test mode on this machine, for trying the dashboard, the
/// commands and integrations without a network or a real key.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a local emulator of Senfenico's test mode on loopback.",
        discussion: """
            Any sk_test_ key with at least 8 characters after the prefix is accepted and gets its own \
            simulated account (live keys are refused). Faults can also be given in \
            \(FaultRule.environmentVariable), separated by semicolons.

            Fault specs: [METHOD] PATH=EFFECT[,EFFECT...], effects latency:MS, error[:RATE], \
            code:ERROR_CODE, status:HTTP, drop, malformed. Examples:
              --fault 'POST /v1/payment/charges/$=drop'
              --fault 'GET /v1/payment/balances=latency:2000'
              --fault '*=error:0.5,code:INTERNAL_ERROR,status:500'
            """
    )

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8089

    @Option(help: "Loopback address to listen on: 127.0.0.1, ::1 or localhost.")
    var host: String = "127.0.0.1"

    @Option(help: "Multiplies every simulated delay (0.01 makes a minute 0.6 s).")
    var timeScale: Double = 1.0

    @Option(help: "Past charges to create in each new account.")
    var seedCharges: Int = 0

    @Option(help: "Past transfers to create in each new account.")
    var seedTransfers: Int = 0

    @Option(help: "Seed of the generated history: the same seed gives the same history.")
    var seed: UInt64 = 1

    @Option(
        help: ArgumentHelp(
            "Accept only the test key in this file.",
            discussion: "Keys are never taken as arguments: they would show in the process list and shell history.",
            valueName: "path"),
        completion: .file())
    var apiKeyFile: String?

    @Option(name: .customLong("fault"), help: ArgumentHelp("A fault to inject (repeatable).", valueName: "spec"))
    var faults: [String] = []

    @Flag(
        name: .customLong("no-etag"),
        help: "Send no ETag and ignore If-None-Match: every list read is a full answer, as from an API without caching."
    )
    var noETag = false

    @Flag(name: .customLong("no-gzip"), help: "Never gzip answers, even when the caller accepts gzip.")
    var noGzip = false

    @OptionGroup var webhooks: SandboxWebhookOptions

    @OptionGroup var requestLog: SandboxLogOptions

    /// The language of messages: `--lang`, else the settings, else the locale.
    private var language: Language { ArgumentErrors.language(CommandLine.arguments) }

    func validate() throws {
        typealias F = Strings.FlagChecks
        guard ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.") else {
            throw ValidationError(F.loopbackOnly.text(in: language))
        }
        guard (0...65_535).contains(port) else { throw ValidationError(F.portRange.text(in: language)) }
        guard timeScale >= 0, timeScale.isFinite else { throw ValidationError(F.timeScale.text(in: language)) }
        guard seedCharges >= 0, seedTransfers >= 0 else { throw ValidationError(F.seedCounts.text(in: language)) }
    }

    func run() async throws {
        var rules: [FaultRule] = []
        do {
            rules = try SandboxServer.faults(fromEnvironment: ProcessInfo.processInfo.environment)
            rules += try faults.map(FaultRule.parse)
        } catch {
            throw ValidationError(Strings.FlagChecks.badFault.filling(["reason": "\(error)"]).text(in: language))
        }

        var restrictedKey: String?
        if let apiKeyFile {
            let text: String
            do {
                text = try String(contentsOfFile: apiKeyFile, encoding: .utf8)
            } catch {
                let reason = SystemErrorText.reason(error).text(in: language)
                throw ValidationError(
                    Strings.FlagChecks.keyFileUnreadable.filling(["path": apiKeyFile, "reason": reason]).text(
                        in: language))
            }
            let key = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard key.hasPrefix("sk_test_") else {
                throw ValidationError(
                    Strings.FlagChecks.keyFileNotTest.filling(["path": apiKeyFile]).text(in: language))
            }
            restrictedKey = key
        }

        var options = SandboxOptions(
            host: host, port: port, timeScale: timeScale, seedCharges: seedCharges, seedTransfers: seedTransfers,
            seed: seed, restrictedKey: restrictedKey, faults: rules, etag: !noETag, gzip: !noGzip)
        let webhookKeyFile = try webhooks.apply(to: &options, language: language)
        defer { SandboxWebhookOptions.removeKeyFile(webhookKeyFile) }
        requestLog.apply(to: &options)
        // The delivery lines follow the request lines' flags: none with --quiet, JSON with
        // --log-format json.
        if requestLog.quiet {
            options.webhookLogPrinter = nil
        } else if requestLog.logFormat == .json {
            options.webhookLogPrinter = { FileHandle.standardOutput.write(Data(($0.jsonLine + "\n").utf8)) }
        }
        // Silent: the one line below is the whole output. Start-up failures are thrown, and
        // stopping cancels the server, which Hummingbird would otherwise log as an error.
        let server = SandboxServer(options: options)

        // Take the signals before listening, so that an early Ctrl-C still stops cleanly.
        let stop = StopSignal()
        let signals = StopSignals(label: "senfenico.sandbox.signals") { stop.fire() }
        defer { signals.cancel() }

        do {
            _ = try await server.start()
        } catch {
            throw StartFailure(description: "Cannot start the sandbox on \(host):\(port): \(error)")
        }
        requestLog.register(url: server.baseURL)
        defer { requestLog.unregister() }
        print("Senfenico sandbox listening on \(server.baseURL) (test mode)")
        if let line = webhooks.startLine(options, language: language) { print(line) }
        fflush(nil)  // all streams: `stdout` itself is a global Swift 6 refuses to touch
        await stop.wait()
        await server.stop()
    }
}

/// Printed by ArgumentParser as `Error: <description>`.
private struct StartFailure: Error, CustomStringConvertible {
    let description: String
}

/// Resolves once, on the first SIGINT or SIGTERM.
private final class StopSignal: Sendable {
    private struct Signal {
        var fired = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let signal = Mutex(Signal())

    func fire() {
        let continuation = signal.withLock { signal in
            let waiter = signal.waiter
            signal.waiter = nil
            signal.fired = true
            return waiter
        }
        continuation?.resume()
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            let fired = signal.withLock { signal in
                if !signal.fired { signal.waiter = continuation }
                return signal.fired
            }
            if fired { continuation.resume() }
        }
    }
}
