import Foundation
import Hummingbird
import NIOCore
import SenfenicoAPI
import Synchronization

/// A loopback server that answers each request with the next reply of a script, and counts
/// what it received: the stand-in for a misbehaving Senfenico in retry and redirect tests.
final class ScriptedServer: Sendable {
    struct Reply: Sendable {
        var status: HTTPResponse.Status
        var body: String
        var location: String?
        var retryAfter: String?
        var delivery = Delivery.whole

        /// How the body is sent: at once, a byte at a time, or forever.
        enum Delivery: Sendable {
            case whole
            /// One byte every `interval`, as a broken proxy or a dying link would.
            case trickle(interval: Duration)
            /// `body`, then `element` followed by a comma, again and again, never closed.
            case endless(element: String)
        }

        static func json(
            _ status: HTTPResponse.Status, _ body: String, location: String? = nil, retryAfter: String? = nil,
            delivery: Delivery = .whole
        ) -> Reply {
            Reply(status: status, body: body, location: location, retryAfter: retryAfter, delivery: delivery)
        }
    }

    private let script: Mutex<[Reply]>
    private let received: Mutex<[String]>
    private let portBox = Mutex<Int?>(nil)
    private let task = Mutex<Task<Void, any Error>?>(nil)

    init(_ replies: [Reply]) {
        self.script = Mutex(replies)
        self.received = Mutex([])
    }

    /// Requests received so far, as `METHOD path`.
    var requests: [String] { received.withLock { $0 } }

    var baseURL: String { "http://127.0.0.1:\(portBox.withLock { $0 } ?? 0)" }

    func start() async throws {
        let router = Router()
        router.on("**", method: .get) { [self] request, _ in self.answer(request) }
        router.on("**", method: .post) { [self] request, _ in self.answer(request) }
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

    /// Starts a server with `replies`, a client on it (`configure` sets the rest), runs `body`,
    /// then shuts both down, whatever happens.
    static func withClient(
        _ replies: [Reply], key: String, configure: (inout ClientConfiguration) -> Void,
        _ body: (ScriptedServer, SenfenicoClient) async throws -> Void
    ) async throws {
        let server = ScriptedServer(replies)
        try await server.start()
        var configuration = ClientConfiguration(apiKey: APIKey(key)!, baseURL: server.baseURL)
        configure(&configuration)
        let client = try SenfenicoClient(configuration: configuration)
        do {
            try await body(server, client)
        } catch {
            await client.shutdown()
            await server.stop()
            throw error
        }
        await client.shutdown()
        await server.stop()
    }

    func stop() async {
        let running = task.withLock { $0 }
        running?.cancel()
        _ = try? await running?.value
    }

    private func answer(_ request: Request) -> Response {
        received.withLock { $0.append("\(request.method.rawValue) \(request.uri.path)") }
        let reply = script.withLock { replies in replies.count > 1 ? replies.removeFirst() : replies[0] }
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let location = reply.location { headers[.location] = location }
        if let retryAfter = reply.retryAfter { headers[.retryAfter] = retryAfter }
        switch reply.delivery {
        case .whole:
            return Response(
                status: reply.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: reply.body)))
        case .trickle(let interval):
            let bytes = Array(reply.body.utf8)
            return Response(
                status: reply.status, headers: headers,
                body: .init(contentLength: bytes.count) { writer in
                    for byte in bytes {
                        try await writer.write(ByteBuffer(bytes: [byte]))
                        try await Task.sleep(for: interval)
                    }
                    try await writer.finish(nil)
                })
        case .endless(let element):
            let head = ByteBuffer(string: reply.body)
            let chunk = ByteBuffer(string: String(repeating: element + ",", count: 64))
            return Response(
                status: reply.status, headers: headers,
                body: .init { writer in
                    try await writer.write(head)
                    while !Task.isCancelled { try await writer.write(chunk) }
                })
        }
    }
}
