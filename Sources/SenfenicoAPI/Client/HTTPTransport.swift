import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix

/// One HTTP exchange with the API: sends a request and hands the answer's body, chunk by
/// chunk, to a consumer. Knows nothing of JSON; classifies failures for the retry logic.
final class HTTPTransport: Sendable {
    private let client: HTTPClient
    private let configuration: ClientConfiguration
    private let baseURL: String
    let redactor: Redactor

    init(configuration: ClientConfiguration) throws(SenfenicoError) {
        self.configuration = configuration
        self.baseURL = try configuration.validatedBaseURL()
        self.redactor = Redactor(key: configuration.apiKey)
        var http = HTTPClient.Configuration(
            // Never follow a redirect: AsyncHTTPClient would send X-API-KEY to the new host.
            redirectConfiguration: .disallow,
            timeout: .init(connect: configuration.connectTimeout.timeAmount),
            // Lists are sent gzipped when we ask (`Accept-Encoding` below); 58 MB of JSON is
            // about a sixth of that on the wire. The limit only guards against a zip bomb.
            // The decompressor asks for gzip on every request by itself, so it is installed
            // only when gzip is wanted (not on loopback, where it would cost a fifth of a list's
            // decode time for nothing).
            decompression: configuration.acceptsGzip ? .enabled(limit: .size(1 << 30)) : .disabled
        )
        // A refused connection must fail now, not after the connect timeout: the retry policy
        // decides what is repeated, and a payment request never is.
        http.connectionPool.retryConnectionEstablishment = false
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: http)
    }

    func shutdown() async {
        try? await client.shutdown()
    }

    struct Head: Sendable {
        var status: Int
        var headers: HTTPHeaders
    }

    /// The body of an answer as it arrives; ends with a `BodyStop` when cut off.
    typealias BodyChunks = PumpedBody

    /// Sends one request. `consume` receives the status and headers, then the body chunks.
    /// Nothing of the exchange outlives `deadline`: the headers are awaited until then, and the
    /// body is cut off then (or sooner, when it trickles or passes `maximumBytes`).
    func send<Result>(
        method: Operation.Method, path: String, body: [UInt8]?, extraHeaders: [(String, String)],
        deadline: ContinuousClock.Instant, maximumBytes: Int,
        consume: (Head, BodyChunks) async throws -> Result
    ) async throws -> Result {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method == .get ? .GET : .POST
        request.headers.add(name: "X-API-KEY", value: configuration.apiKey.secret)
        request.headers.add(name: "Accept", value: "application/json")
        if configuration.acceptsGzip { request.headers.add(name: "Accept-Encoding", value: "gzip") }
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        for (name, value) in extraHeaders { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let remaining = deadline - ContinuousClock.now
        guard remaining > .zero else { throw HTTPClientError.deadlineExceeded }
        let response = try await client.execute(request, deadline: .now() + remaining.timeAmount)
        let limits = BodyPump.Limits(
            deadline: deadline, maximumBytes: maximumBytes,
            minimumBytesPerSecond: configuration.minimumBytesPerSecond, grace: configuration.slowBodyGrace)
        let (chunks, stop) = BodyPump.stream(response.body, limits: limits)
        defer { stop() }
        return try await consume(Head(status: Int(response.status.code), headers: response.headers), chunks)
    }

    /// Sorts a failure from the HTTP stack into what a caller can act on. `neverSent` is true
    /// only when the connection itself could not be made, so nothing reached the server.
    func classify(_ error: any Error, attempts: Int) -> TransportFailure {
        let failure = classifyKind(error, attempts: attempts)
        switch failure.kind {
        case .connectionRefused, .connectTimeout, .dns:
            // The address says more to a person than NIO's description of the socket error.
            var named = failure
            named.detail = baseURL
            return named
        default:
            return failure
        }
    }

    private func classifyKind(_ error: any Error, attempts: Int) -> TransportFailure {
        let detail = redactor.scrub(String(describing: error))
        if let stop = error as? BodyStop {
            switch stop {
            case .deadline:
                return TransportFailure(
                    kind: .timeout, detail: "the answer was still arriving at the deadline", attempts: attempts,
                    neverSent: false)
            case .tooSlow(let rate):
                return TransportFailure(
                    kind: .timeout, detail: "the answer came at \(rate) bytes/s", attempts: attempts, neverSent: false)
            case .tooLarge:
                break
            }
        }
        if let http = error as? HTTPClientError {
            switch http {
            case .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout:
                return TransportFailure(kind: .connectTimeout, detail: detail, attempts: attempts, neverSent: true)
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return TransportFailure(kind: .timeout, detail: detail, attempts: attempts, neverSent: false)
            case .remoteConnectionClosed, .bodyLengthMismatch, .uncleanShutdown, .cancelled:
                return TransportFailure(kind: .connectionLost, detail: detail, attempts: attempts, neverSent: false)
            default:
                break
            }
        }
        if error is NIOConnectionError {
            let dns = detail.contains("dns")
            return TransportFailure(
                kind: dns ? .dns : .connectionRefused, detail: detail, attempts: attempts, neverSent: true)
        }
        if let io = error as? IOError {
            if io.errnoCode == ECONNREFUSED {
                return TransportFailure(kind: .connectionRefused, detail: detail, attempts: attempts, neverSent: true)
            }
            return TransportFailure(kind: .connectionLost, detail: detail, attempts: attempts, neverSent: false)
        }
        if case ChannelError.connectTimeout = error {
            return TransportFailure(kind: .connectTimeout, detail: detail, attempts: attempts, neverSent: true)
        }
        if error is NIOHTTPDecompression.DecompressionError {
            return TransportFailure(kind: .connectionLost, detail: detail, attempts: attempts, neverSent: false)
        }
        let typeName = String(reflecting: type(of: error))
        if typeName.contains("SSL") || typeName.contains("TLS") {
            return TransportFailure(kind: .tls, detail: detail, attempts: attempts, neverSent: true)
        }
        return TransportFailure(kind: .other, detail: detail, attempts: attempts, neverSent: false)
    }
}

extension Duration {
    /// `"120 ms"`, for log lines.
    var loggable: String {
        let (seconds, attoseconds) = components
        return "\(seconds * 1_000 + attoseconds / 1_000_000_000_000_000) ms"
    }

    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
