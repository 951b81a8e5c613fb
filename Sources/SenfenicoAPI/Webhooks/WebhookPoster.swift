import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Sends one webhook request: the sandbox's deliveries and `senfenico listen --forward-to`.
/// Knows nothing of retries; the caller decides what a failure means.
public final class WebhookPoster: Sendable {
    private let client: HTTPClient

    public init(connectTimeout: Duration = .seconds(2)) {
        var configuration = HTTPClient.Configuration(
            // A receiver's redirect is its own mistake: the delivery is not sent on elsewhere.
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(Int64(connectTimeout.components.seconds) * 1_000_000_000)))
        // A receiver that is down must fail the attempt now; the caller's backoff decides
        // when to try again.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public struct Answer: Sendable {
        public var status: Int
        public var headers: [(name: String, value: String)]
        /// At most ``WebhookPoster/maximumAnswerBytes``; a receiver's answer is only shown.
        public var body: [UInt8]
    }

    /// A receiver's answer is read up to this size and the rest dropped.
    public static let maximumAnswerBytes = 64 * 1024

    /// POSTs `body` with `headers` (sent as given, in order) and waits at most `timeout` for
    /// the whole answer.
    public func post(
        url: String, body: [UInt8], headers: [(name: String, value: String)], timeout: Duration
    ) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let deadline = NIODeadline.now() + .nanoseconds(Int64(timeout / .nanoseconds(1)))
        let response = try await client.execute(request, deadline: deadline)
        var answer: [UInt8] = []
        for try await chunk in response.body {
            let room = Self.maximumAnswerBytes - answer.count
            if room > 0 { answer += chunk.readableBytesView.prefix(room) }
        }
        return Answer(
            status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) }, body: answer)
    }

    public func shutdown() async {
        try? await client.shutdown()
    }
}

/// The header that carries a delivery's hash. Senfenico's reference does not name it; the
/// sandbox sends this one and `senfenico listen` reads it.
public enum WebhookHeader {
    public static let hash = "X-Senfenico-Hash"
    /// Which attempt this is (1 for the first), so a receiver can tell a retry.
    public static let attempt = "X-Senfenico-Delivery-Attempt"
}
