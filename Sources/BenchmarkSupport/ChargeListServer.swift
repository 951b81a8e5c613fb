import Hummingbird
import Logging
import NIOCore
import SenfenicoAPI
import ServiceLifecycle

/// A loopback server that answers `GET /v1/payment/charges` with one fixed body, so a benchmark
/// can time the client's public path (`SenfenicoClient.charges()`: HTTP, streaming decode,
/// models) in process, without the sandbox's own work in the figures.
///
/// The body carries no ETag: every read is a whole download and a whole decode.
public final class ChargeListServer: Sendable {
    /// `http://127.0.0.1:<port>`.
    public let baseURL: String
    private let group: ServiceGroup
    private let task: Task<Void, Never>

    private init(baseURL: String, group: ServiceGroup, task: Task<Void, Never>) {
        self.baseURL = baseURL
        self.group = group
        self.task = task
    }

    /// The list answer the API sends for these charges (the envelope, then every row in the
    /// reference's field order).
    public static func body(for charges: [Charge]) -> [UInt8] {
        var json = JSONWriter(reservingCapacity: charges.count * 600 + 128)
        json.object { json in
            json.member("status", true)
            json.member("message", "Charges retrieved successfully")
            json.key("data")
            json.array { json in
                for charge in charges { charge.write(to: &json) }
            }
        }
        return json.bytes
    }

    /// Binds a free loopback port and serves `body` until ``stop()``.
    public static func start(body: [UInt8]) async throws -> ChargeListServer {
        let answer = ByteBuffer(bytes: body)
        let router = Router()
        router.get("v1/payment/charges") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: answer))
        }
        let (ports, bound) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "senfenico.benchmark.list-server")
        logger.logLevel = .warning  // no "server started" line in the middle of the figures
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in
                bound.yield(channel.localAddress?.port ?? 0)
                bound.finish()
            },
            logger: logger)
        let group = ServiceGroup(services: [app], logger: logger)
        let task = Task {
            try? await group.run()
            bound.finish()  // stopped before listening: the wait below ends with no port
        }
        var port: Int?
        for await value in ports {
            port = value
            break
        }
        guard let port, port > 0 else {
            task.cancel()
            await task.value
            throw StartFailure()
        }
        return ChargeListServer(baseURL: "http://127.0.0.1:\(port)", group: group, task: task)
    }

    /// Stops listening and waits until the server has shut down.
    public func stop() async {
        await group.triggerGracefulShutdown()
        await task.value
    }

    /// The server did not reach the point of listening.
    public struct StartFailure: Error {}
}
