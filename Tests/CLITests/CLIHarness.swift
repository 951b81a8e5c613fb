import Foundation
import SenfenicoAPI
import SenfenicoSandbox
import Synchronization
import Testing

/// What one run of the `senfenico` binary gave.
struct CLIResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Standard output parsed as one JSON object.
    func object(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(
            value as? [String: Any], "stdout is not a JSON object: \(stdout)", sourceLocation: sourceLocation)
    }

    /// `data` of the API envelope on standard output, checked to be a success.
    func data(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let envelope = try object(sourceLocation: sourceLocation)
        #expect(envelope["status"] as? Bool == true, sourceLocation: sourceLocation)
        #expect(envelope["message"] is String, sourceLocation: sourceLocation)
        return try #require(envelope["data"] as? [String: Any], sourceLocation: sourceLocation)
    }

    func list(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let envelope = try object(sourceLocation: sourceLocation)
        #expect(envelope["status"] as? Bool == true, sourceLocation: sourceLocation)
        return try #require(envelope["data"] as? [[String: Any]], sourceLocation: sourceLocation)
    }
}

struct CLIFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The built `senfenico` binary, run as a script would run it: its own HOME (so no config file of
/// the machine's user is read), no inherited SENFENICO_* variables, C.UTF-8.
enum CLI {
    /// The binary next to the test bundle (both live in `.build/<triple>/debug`), else the
    /// package's `.build/debug`, as in EndToEndTests. Nothing is built here.
    static func binary() throws -> URL {
        let bundleDirectory = Bundle.main.bundleURL.deletingLastPathComponent()
        let packageRoot = packageDirectory
        let candidates = [
            bundleDirectory.appendingPathComponent("senfenico"),
            Bundle.main.bundleURL.appendingPathComponent("senfenico"),
            packageRoot.appendingPathComponent(".build/debug/senfenico"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CLIFailure(
                "senfenico binary not found (looked at \(candidates.map(\.path).joined(separator: ", "))); "
                    + "run `swift build --product senfenico` first")
        }
        return found
    }

    static var packageDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The binary's environment: this process's without any SENFENICO_* variable, HOME and the
    /// XDG folders inside `home`, LANG=C.UTF-8 (no LC_ALL/LC_MESSAGES), then `extra`.
    static func environment(home: URL, _ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SENFENICO_") }
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment.merge(extra) { $1 }
        return environment
    }

    /// Runs `senfenico ARGUMENTS` to the end; `stdin` is written to its standard input (else it
    /// reads /dev/null).
    static func run(
        _ arguments: [String], environment extra: [String: String] = [:], stdin: String? = nil
    ) async throws -> CLIResult {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        return try await run(arguments, inEnvironment: environment(home: home, extra), stdin: stdin)
    }

    /// Runs `senfenico ARGUMENTS` to the end with exactly this environment (a home the caller
    /// keeps, as a standalone sandbox's tools share it).
    static func run(
        _ arguments: [String], inEnvironment finalEnvironment: [String: String], stdin: String? = nil
    ) async throws -> CLIResult {
        let binary = try binary()
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = binary
                process.arguments = arguments
                process.environment = finalEnvironment
                let output = Pipe()
                let errors = Pipe()
                let input = Pipe()
                process.standardOutput = output
                process.standardError = errors
                process.standardInput = stdin == nil ? FileHandle.nullDevice : input
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                if let stdin {
                    input.fileHandleForWriting.write(Data(stdin.utf8))
                    try? input.fileHandleForWriting.close()
                }
                let errorData = Mutex(Data())
                let group = DispatchGroup()
                let errorHandle = errors.fileHandleForReading
                DispatchQueue.global().async(group: group) {
                    let data = errorHandle.readDataToEndOfFile()
                    errorData.withLock { $0 = data }
                }
                let outputData = output.fileHandleForReading.readDataToEndOfFile()
                group.wait()
                process.waitUntilExit()
                continuation.resume(
                    returning: CLIResult(
                        status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                        stderr: String(decoding: errorData.withLock { $0 }, as: UTF8.self)))
            }
        }
    }
}

/// A sandbox on a free loopback port in this process, a fresh test key (its own account), and
/// a clock that can jump ahead while still running in real time (the bulk rate limit sees real
/// seconds).
final class CLISandbox: Sendable {
    let server: SandboxServer
    let port: Int
    let key: String
    private let offset: OffsetBox

    private init(server: SandboxServer, port: Int, key: String, offset: OffsetBox) {
        self.server = server
        self.port = port
        self.key = key
        self.offset = offset
    }

    /// Starts one, runs `body`, stops it.
    static func with(_ body: (CLISandbox) async throws -> Void) async throws {
        let offset = OffsetBox()
        var options = SandboxOptions(port: 0)
        options.clock = SandboxClock { Timestamp.now().adding(seconds: offset.seconds) }
        let server = SandboxServer(options: options)
        let port = try await server.start()
        let sandbox = CLISandbox(
            server: server, port: port, key: "sk_test_cli_\(UUID().uuidString.prefix(12))", offset: offset)
        do {
            try await body(sandbox)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Moves the sandbox's time forward (collected money settles, settlements move on).
    func advance(seconds: Double) { offset.add(seconds) }

    var environment: [String: String] {
        ["SENFENICO_API_KEY": key, "SENFENICO_BASE_URL": "http://127.0.0.1:\(port)"]
    }

    /// `senfenico ARGUMENTS` on this sandbox's account.
    func run(_ arguments: [String], environment extra: [String: String] = [:], stdin: String? = nil) async throws
        -> CLIResult
    {
        try await CLI.run(arguments, environment: environment.merging(extra) { $1 }, stdin: stdin)
    }
}

/// Seconds added to the real time.
final class OffsetBox: Sendable {
    private let value = Mutex<Double>(0)
    var seconds: Double { value.withLock { $0 } }
    func add(_ seconds: Double) { value.withLock { $0 += seconds } }
}
