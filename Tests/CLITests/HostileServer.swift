import Foundation
import Hummingbird
import NIOCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A loopback Senfenico that misbehaves on purpose (escape sequences in its text, bodies that
/// trickle or never end, huge or broken JSON, redirects, the key echoed back), and records every
/// request it gets. Each test gives it a route: what to answer to each request.
final class HostileServer: Sendable {
    /// One request as received.
    struct Request: Sendable {
        let method: String
        let path: String
        /// The `X-API-KEY` header the client sent.
        let apiKey: String?
        /// `http://127.0.0.1:PORT` of this server, for redirects to itself.
        let baseURL: String

        var line: String { "\(method) \(path)" }
    }

    struct Reply: Sendable {
        var status: HTTPResponse.Status
        var body: Body
        var location: String?

        enum Body: Sendable {
            /// All at once, with its length.
            case whole([UInt8])
            /// The headers at once (with the whole length), then one byte every `interval`.
            case trickle([UInt8], interval: Duration)
            /// `head`, then `element` followed by a comma, again and again, never closed.
            case endless(head: [UInt8], element: [UInt8])
        }

        static func json(_ status: HTTPResponse.Status, _ text: String, location: String? = nil) -> Reply {
            Reply(status: status, body: .whole(Array(text.utf8)), location: location)
        }

        static func json(_ status: HTTPResponse.Status, bytes: [UInt8]) -> Reply {
            Reply(status: status, body: .whole(bytes))
        }
    }

    typealias Route = @Sendable (Request) -> Reply

    private let route: Route
    private let received = Mutex<[Request]>([])
    private let portBox = Mutex<Int?>(nil)
    private let stopped = Mutex(false)
    private let task = Mutex<Task<Void, any Error>?>(nil)

    init(_ route: @escaping Route) {
        self.route = route
    }

    /// Requests received so far, in order.
    var requests: [Request] { received.withLock { $0 } }

    var baseURL: String { "http://127.0.0.1:\(portBox.withLock { $0 } ?? 0)" }

    /// Starts one, runs `body`, stops it.
    static func with(_ route: @escaping Route, _ body: (HostileServer) async throws -> Void) async throws {
        let server = HostileServer(route)
        try await server.start()
        do {
            try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func start() async throws {
        let router = Router()
        for method in [HTTPRequest.Method.get, .post, .put, .delete, .patch] {
            router.on("**", method: method) { [self] request, _ in self.answer(request) }
        }
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }
        )
        task.withLock { $0 = Task { try await app.run() } }
        for await port in stream { portBox.withLock { $0 = port } }
    }

    /// Ends every trickle and endless body still being written, then the server.
    func stop() async {
        stopped.withLock { $0 = true }
        let running = task.withLock { $0 }
        running?.cancel()
        _ = try? await running?.value
    }

    private var isStopped: Bool { stopped.withLock { $0 } }

    private func answer(_ request: Hummingbird.Request) -> Response {
        let keyName = HTTPFields.Element.Name("X-API-KEY")!
        let seen = Request(
            method: request.method.rawValue, path: request.uri.path, apiKey: request.headers[keyName], baseURL: baseURL)
        received.withLock { $0.append(seen) }
        let reply = route(seen)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let location = reply.location { headers[.location] = location }
        switch reply.body {
        case .whole(let bytes):
            return Response(status: reply.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        case .trickle(let bytes, let interval):
            return Response(
                status: reply.status, headers: headers,
                body: .init(contentLength: bytes.count) { [self] writer in
                    for byte in bytes {
                        guard !self.isStopped else { return }
                        try await writer.write(ByteBuffer(bytes: [byte]))
                        try await Task.sleep(for: interval)
                    }
                    try await writer.finish(nil)
                })
        case .endless(let head, let element):
            var chunk = ByteBuffer()
            for _ in 0..<64 {
                chunk.writeBytes(element)
                chunk.writeString(",")
            }
            let repeated = chunk
            return Response(
                status: reply.status, headers: headers,
                body: .init { [self] writer in
                    try await writer.write(ByteBuffer(bytes: head))
                    while !Task.isCancelled && !self.isStopped { try await writer.write(repeated) }
                })
        }
    }
}

/// One run of the built binary, measured: exit, time, every byte written, peak memory.
struct MeasuredRun {
    let status: Int32
    /// True when the process was ended by a signal (a crash), not by exit().
    let signalled: Bool
    let stdout: Data
    let stderr: Data
    let seconds: Double
    /// The highest VmHWM (peak resident set) read from /proc/PID/status while it ran, in KiB.
    let peakKiB: Int

    var outputBytes: Int { stdout.count + stderr.count }
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    var text: String { stdoutText + stderrText }

    /// What the run looked like, for a failed expectation: head of both streams, cut.
    var summary: String {
        "exit \(status)\(signalled ? " (signal)" : ""), \(String(format: "%.1f", seconds)) s, "
            + "\(outputBytes) bytes, peak \(peakKiB / 1024) MiB; stderr: \(String(stderrText.prefix(600)).debugDescription); "
            + "stdout: \(String(stdoutText.prefix(600)).debugDescription)"
    }

    /// Terminal control bytes in what was written: ESC, BEL, UTF-8 C1 (C2 80–C2 9F), U+202E.
    var controlBytes: [String] { Self.controlBytes(in: stdout) + Self.controlBytes(in: stderr) }

    static func controlBytes(in data: Data) -> [String] {
        var found: [String] = []
        let bytes = [UInt8](data)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x1B { found.append("ESC at \(index)") }
            if byte == 0x07 { found.append("BEL at \(index)") }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                found.append(String(format: "C1 U+%04X at %d", Int(bytes[index + 1]), index))
            }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAE {
                found.append("U+202E at \(index)")
            }
        }
        return found
    }
}

/// A HOME of its own for a series of runs (so a journal written by one run is read by the next),
/// removed at the end.
final class HostileHome: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Runs `senfenico ARGUMENTS` to the end with this HOME, no inherited SENFENICO_* variables,
    /// LANG=C.UTF-8 and `extra`, reading /proc/PID/status every 20 ms while it runs.
    func run(_ arguments: [String], environment extra: [String: String]) async throws -> MeasuredRun {
        let binary = try CLI.binary()
        let finalEnvironment = CLI.environment(home: url, extra)

        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = binary
                process.arguments = arguments
                process.environment = finalEnvironment
                let output = Pipe()
                let errors = Pipe()
                process.standardOutput = output
                process.standardError = errors
                process.standardInput = FileHandle.nullDevice
                let started = ContinuousClock.now
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                let pid = process.processIdentifier
                let finished = Mutex(false)
                let peak = Mutex(0)
                let group = DispatchGroup()
                DispatchQueue.global().async(group: group) {
                    while !finished.withLock({ $0 }) {
                        if let kib = Self.peakResidentKiB(of: pid) { peak.withLock { $0 = max($0, kib) } }
                        usleep(20_000)
                    }
                }
                let errorData = Mutex(Data())
                let errorHandle = errors.fileHandleForReading
                DispatchQueue.global().async(group: group) {
                    let data = errorHandle.readDataToEndOfFile()
                    errorData.withLock { $0 = data }
                }
                let outputData = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                let took = ContinuousClock.now - started
                finished.withLock { $0 = true }
                group.wait()
                let seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
                continuation.resume(
                    returning: MeasuredRun(
                        status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                        stdout: outputData, stderr: errorData.withLock { $0 }, seconds: seconds,
                        peakKiB: peak.withLock { $0 }))
            }
        }
    }

    /// `VmHWM` of /proc/PID/status, in KiB; nil once the process is gone.
    private static func peakResidentKiB(of pid: Int32) -> Int? {
        // Read with open(2)/read(2): /proc files claim a size of 0, which Foundation's readers trust.
        let fd = open("/proc/\(pid)/status", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        let status = String(decoding: bytes, as: UTF8.self)
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst("VmHWM:".count).split(whereSeparator: \.isWhitespace).first ?? "")
        }
        return nil
    }
}
