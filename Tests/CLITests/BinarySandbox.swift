import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `senfenico sandbox` run by the built binary, as a developer runs it, in a home of its own
/// (its registry record lands there, so `logs tail` and `trigger` run with the same home find
/// it). Every process started here is ended by ``stop()``, which ``with(_:_:)`` always calls.
final class BinarySandbox: Sendable {
    let home: URL
    let url: String
    private let process: LongRunningCLI

    private init(home: URL, url: String, process: LongRunningCLI) {
        self.home = home
        self.url = url
        self.process = process
    }

    /// Starts `senfenico sandbox --port 0 ARGUMENTS`, runs `body`, stops the sandbox and removes
    /// the home whatever happened.
    static func with(_ arguments: [String] = [], _ body: (BinarySandbox) async throws -> Void) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-sbx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let process = try LongRunningCLI.start(["sandbox", "--port", "0"] + arguments, home: home)
        defer { process.stop() }
        let line = try await process.waitForOutput(containing: "listening on http://", seconds: 60)
        let url = try #require(line.firstMatch(of: /http:\/\/127\.0\.0\.1:[0-9]+/).map { String($0.output) })
        try await body(BinarySandbox(home: home, url: url, process: process))
    }

    /// What the sandbox printed so far (its request lines).
    var output: String { process.output }

    /// `senfenico ARGUMENTS` to its end, with this sandbox's home.
    func run(_ arguments: [String]) async throws -> CLIResult {
        try await CLI.run(arguments, inEnvironment: BinarySandbox.environment(home: home))
    }

    /// A long-running `senfenico ARGUMENTS` (a follow) with this sandbox's home; the caller stops it.
    func start(_ arguments: [String]) throws -> LongRunningCLI {
        try LongRunningCLI.start(arguments, home: home)
    }

    /// CLI's environment, plus the runtime folder inside the home: the registry of running
    /// sandboxes must be this test's, not the machine user's.
    static func environment(home: URL) -> [String: String] {
        CLI.environment(home: home, ["XDG_RUNTIME_DIR": home.appendingPathComponent("run").path])
    }
}

/// A `senfenico` process that keeps running, its output collected as it comes.
final class LongRunningCLI: Sendable {
    private let process: Process
    private let collected = Mutex(Data())
    private let collectedErrors = Mutex(Data())

    private init(process: Process) {
        self.process = process
    }

    static func start(_ arguments: [String], home: URL) throws -> LongRunningCLI {
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = arguments
        process.environment = BinarySandbox.environment(home: home)
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let running = LongRunningCLI(process: process)
        output.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            running.collected.withLock { $0.append(data) }
        }
        errors.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            running.collectedErrors.withLock { $0.append(data) }
        }
        try process.run()
        return running
    }

    var output: String { collected.withLock { String(decoding: $0, as: UTF8.self) } }
    var errors: String { collectedErrors.withLock { String(decoding: $0, as: UTF8.self) } }
    var isRunning: Bool { process.isRunning }

    /// The first line of standard output containing `text`, waiting for it up to `seconds`.
    func waitForOutput(containing text: String, seconds: Double) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let line = output.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            if !process.isRunning, !output.contains(text) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CLIFailure("no line with \(text) after \(seconds) s; output: \(output); errors: \(errors)")
    }

    /// Sends `signal` and waits up to 10 s for the exit; returns its status.
    func interrupt(_ signal: Int32 = SIGINT) async -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, signal)
        for _ in 0..<200 where process.isRunning {
            try? await Task.sleep(for: .milliseconds(50))
        }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Ends it for good: SIGTERM, then SIGKILL if it lingers.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<100 where process.isRunning { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
