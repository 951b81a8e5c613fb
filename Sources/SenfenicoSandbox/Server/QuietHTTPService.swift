import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import SenfenicoAPI
import ServiceLifecycle
import Synchronization

/// Hummingbird's `Application.run()` without its date cache. That cache is a task that wakes
/// every second to format the `Date` header in advance; in the dashboard's embedded sandbox,
/// idle but for one balances read every 5 s, it was the process's most frequent wake-up (30
/// of an idle 30 s), and the idle dashboard used more CPU than htop. Here the header is
/// formatted when a response goes out in a second that has none yet: the same header, no
/// timer. Otherwise this is what `Application.run()` does for a plain HTTP/1 server.
struct QuietHTTPService<Responder: HTTPResponder>: Service
where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
    let responder: Responder
    let address: BindAddress
    let logger: Logger
    let onServerRunning: @Sendable (any Channel) async -> Void

    func run() async throws {
        let responder = responder
        let logger = logger
        let dates = ResponseDates()
        let server = try HTTPServerBuilder.http1().buildServer(
            configuration: ServerConfiguration(address: address, serverName: nil),
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: logger
        ) { (request, responseWriter: consuming ResponseWriter, channel) in
            let context = Responder.Context(source: .init(channel: channel, logger: logger))
            var response: Response
            do {
                response = try await responder.respond(to: request, context: context)
            } catch let error as HTTPParserError {
                throw error
            } catch {
                logger.debug("Unrecognised Error", metadata: ["error.type": "\(error)"])
                response = Response(status: .internalServerError, body: .init())
            }
            response.headers[.date] = dates.current()
            try await responseWriter.write(response: response.head, body: response.body)
        } onServerRunning: {
            await onServerRunning($0)
        }
        try await server.run()
    }
}

/// The `Date` header of the current second, made at most once a second, on demand.
final class ResponseDates: Sendable {
    private let latest = Mutex<(second: Int, text: String)>((-1, ""))

    func current() -> String {
        let now = Date()
        let second = Int(now.timeIntervalSince1970)
        if let known = latest.withLock({ $0.second == second ? $0.text : nil }) { return known }
        let text = HTTPDate.format(now)
        latest.withLock { $0 = (second, text) }
        return text
    }
}
