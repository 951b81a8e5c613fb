import AsyncHTTPClient
import Foundation
import Logging

/// The async Senfenico client: every documented endpoint, typed models in and out.
///
/// Reads are retried by `RetryPolicy`; requests that move money are sent exactly once and a
/// lost answer is reported as `SenfenicoError.outcomeUnknown`. Call `shutdown()` when done.
public final class SenfenicoClient: Sendable {
    public let configuration: ClientConfiguration
    let transport: HTTPTransport
    let logger: Logger
    let listCache = ListCache()
    let bulkPacer: CallPacer
    let observer: (@Sendable (Exchange) -> Void)?

    /// - Parameter observer: called after every exchange (for a developer's request log).
    public init(
        configuration: ClientConfiguration, logger: Logger = Logger(label: "senfenico.client"),
        observer: (@Sendable (Exchange) -> Void)? = nil
    ) throws(SenfenicoError) {
        self.configuration = configuration
        self.transport = try HTTPTransport(configuration: configuration)
        self.logger = logger
        self.bulkPacer = CallPacer(limit: configuration.bulkCallsPerSecond)
        self.observer = observer
    }

    public var mode: APIKey.Mode { configuration.apiKey.mode }

    public func shutdown() async {
        await transport.shutdown()
    }

    /// Runs `body` with a client and shuts it down afterwards, whatever happens.
    public static func with<Result: Sendable>(
        _ configuration: ClientConfiguration, logger: Logger = Logger(label: "senfenico.client"),
        isolation: isolated (any Actor)? = #isolation,
        _ body: (SenfenicoClient) async throws -> Result
    ) async throws -> Result {
        let client = try SenfenicoClient(configuration: configuration, logger: logger)
        do {
            let result = try await body(client)
            await client.shutdown()
            return result
        } catch {
            await client.shutdown()
            throw error
        }
    }

    // MARK: The retry loop

    /// Sends `operation` until it yields an answer, retrying only what `RetryPolicy` and
    /// `Operation.isSafeToRetry` allow, and never past the call's deadline: `requestTimeout`
    /// from the first attempt, or the command's `deadline` when that comes first.
    func perform<Value>(
        _ operation: Operation, path: String, body: [UInt8]? = nil, headers: [(String, String)] = [],
        reference: String? = nil, extID: String? = nil, maximumBytes: Int? = nil,
        handle: (HTTPTransport.Head, HTTPTransport.BodyChunks, ResponseInterpreter, inout BodySummary) async throws
            -> Answer<Value>
    ) async throws(SenfenicoError) -> Value {
        let policy = operation.isSafeToRetry ? configuration.retryPolicy : .never
        let interpreter = ResponseInterpreter(
            operation: operation, redactor: transport.redactor, reference: reference, extID: extID)
        let deadline = callDeadline()
        let sizeLimit = maximumBytes ?? configuration.maximumAnswerBytes
        var attempt = 0
        while true {
            attempt += 1
            let started = ContinuousClock.now
            let answer: Answer<Value>
            var status: Int?
            var summary = BodySummary()
            do {
                answer = try await transport.send(
                    method: operation.method, path: path, body: body, extraHeaders: headers, deadline: deadline,
                    maximumBytes: sizeLimit
                ) { head, responseBody in
                    status = head.status
                    if let redirect: Answer<Value> = interpreter.redirect(head) {
                        return redirect
                    }
                    return try await handle(head, responseBody, interpreter, &summary)
                }
            } catch BodyStop.tooLarge(let received, let limit) {
                let size = AnswerTooLarge(received: received, limit: limit)
                record(
                    operation, path, body, status: status, summary: summary, started: started, attempt: attempt,
                    failure: size.localized.english)
                // The same answer would come again: not retried. A payment's answer too large to
                // read leaves the payment's outcome unknown.
                guard operation.isSafeToRetry else {
                    throw .outcomeUnknown(
                        OutcomeUnknown(
                            operation: operation, reference: reference, extID: extID, cause: size.localized.english))
                }
                throw .answerTooLarge(size)
            } catch {
                let failure = transport.classify(error, attempts: attempt)
                record(
                    operation, path, body, status: status, summary: summary, started: started, attempt: attempt,
                    failure: failure.detail)
                if attempt <= policy.maximumRetries,
                    try await wait(
                        policy, beforeRetry: attempt, retryAfter: nil, until: deadline, after: failure.detail)
                {
                    continue
                }
                if !operation.isSafeToRetry && !failure.neverSent {
                    throw .outcomeUnknown(
                        OutcomeUnknown(operation: operation, reference: reference, extID: extID, cause: failure.detail))
                }
                throw .transport(failure)
            }
            switch answer {
            case .value(let value):
                record(
                    operation, path, body, status: status, summary: summary, started: started, attempt: attempt,
                    failure: nil)
                return value
            case .failure(let error, let retryable, let retryAfter):
                record(
                    operation, path, body, status: status, summary: summary, started: started, attempt: attempt,
                    failure: error.description)
                let waitable = retryAfter.map { $0 <= policy.maximumRetryAfter } ?? true
                if retryable, waitable, attempt <= policy.maximumRetries,
                    try await wait(
                        policy, beforeRetry: attempt, retryAfter: retryAfter, until: deadline, after: error.description)
                {
                    continue
                }
                throw error
            }
        }
    }

    /// When the call must be over: `requestTimeout` from now, or the command's deadline.
    func callDeadline() -> ContinuousClock.Instant {
        let own = ContinuousClock.now + configuration.requestTimeout
        guard let command = configuration.deadline else { return own }
        return min(own, command)
    }

    /// Waits before a retry; false (no wait) when the retry could not start before `deadline`.
    private func wait(
        _ policy: RetryPolicy, beforeRetry retry: Int, retryAfter: Duration?, until deadline: ContinuousClock.Instant,
        after reason: String
    ) async throws(SenfenicoError) -> Bool {
        let delay = policy.delay(beforeRetry: retry, retryAfter: retryAfter)
        guard ContinuousClock.now + delay < deadline else { return false }
        logger.notice("retrying in \(delay.loggable) after: \(reason)")
        do {
            try await policy.sleep(delay)
        } catch {
            throw .transport(TransportFailure(kind: .other, detail: "cancelled", attempts: retry, neverSent: false))
        }
        return true
    }

    private func record(
        _ operation: Operation, _ path: String, _ body: [UInt8]?, status: Int?, summary: BodySummary,
        started: ContinuousClock.Instant, attempt: Int, failure: String?
    ) {
        let latency = ContinuousClock.now - started
        let statusText = status.map(String.init) ?? "no answer"
        if let failure {
            logger.info(
                "\(operation.method.rawValue) \(path) \(statusText) in \(latency.loggable) (attempt \(attempt)): \(failure)"
            )
        } else {
            logger.debug(
                "\(operation.method.rawValue) \(path) \(statusText) in \(latency.loggable) (attempt \(attempt))")
        }
        guard let observer else { return }
        observer(
            Exchange(
                operation: operation, path: path, status: status, latency: latency,
                attempt: attempt,
                requestBody: body.map { transport.redactor.scrub(String(decoding: $0, as: UTF8.self)) },
                responseSample: transport.redactor.scrub(String(decoding: summary.head, as: UTF8.self)),
                responseBytes: summary.bytes, failure: failure))
    }

    // MARK: Answer shapes

    /// An answer whose `data` is one object (or, for bulk, whose envelope is the value).
    func single<Payload, Value>(
        _ operation: Operation, path: String, body: [UInt8]? = nil, reference: String? = nil, extID: String? = nil,
        payload readPayload: @escaping (inout JSONReader) throws -> Payload,
        value: @escaping (Envelope<Payload>) -> Value?
    ) async throws(SenfenicoError) -> Value {
        try await perform(
            operation, path: path, body: body, reference: reference, extID: extID,
            maximumBytes: configuration.maximumSingleAnswerBytes
        ) {
            head, responseBody, interpreter, summary in
            var bytes: [UInt8] = []
            for try await chunk in responseBody { bytes += chunk.readableBytesView }
            summary.bytes = bytes.count
            summary.head = Array(bytes.prefix(self.configuration.exchangeBodyLimit))
            do {
                let envelope = try bytes.withUnsafeBytes { raw in try Envelope.read(raw, data: readPayload) }
                return interpreter.interpret(envelope, head: head, value: value)
            } catch {
                return interpreter.unreadable(
                    status: head.status, reason: String(describing: error), body: bytes, reference: reference,
                    extID: extID)
            }
        }
    }

    /// A list answer, decoded while it downloads, revalidated with its ETag.
    func list<Element: JSONReadable & Sendable>(_ operation: Operation) async throws(SenfenicoError) -> [Element] {
        try await list(operation, newest: nil).rows
    }

    /// A list answer, or only its first `limit` rows: the API's lists are newest first and have
    /// no paging, so the newest rows are read by stopping the download once they are decoded
    /// (the connection is closed; the rest of the body is never read). `complete` is false when
    /// the answer had more rows than that. A cut answer is never cached; a `304` to a tag of a
    /// whole answer returns that whole answer.
    ///
    /// `keeping`: the whole answer is read, but only its first rows are decoded and kept; the
    /// others are counted (`ListRead.total`). Such a read is not cached either.
    ///
    /// `each`: every row is handed to `take` as soon as it is decoded and not held (a table of
    /// 100 000 charges then holds its text, not the charges). A read tried again starts over:
    /// `restart` is called first at each attempt. Not cached.
    func list<Element: JSONReadable & Sendable>(
        _ operation: Operation, newest limit: Int?, keeping kept: Int = .max,
        each: (restart: () -> Void, take: (Element) -> Void)? = nil
    ) async throws(SenfenicoError) -> ListRead<Element> {
        let path = operation.path()
        var headers: [(String, String)] = []
        let caches = kept == .max && each == nil
        if caches, let etag = await listCache.etag(for: path) { headers.append(("If-None-Match", etag)) }
        let cache = listCache
        let headLimit = configuration.exchangeBodyLimit
        return try await perform(operation, path: path, headers: headers) { head, responseBody, interpreter, summary in
            if head.status == 304, let cached = await cache.value(for: path, as: [Element].self) {
                return .value(ListRead(rows: cached, complete: true))
            }
            var decoder = ListStreamDecoder<Element>(keep: kept)
            var cut = false
            each?.restart()
            do {
                for try await chunk in responseBody {
                    if summary.head.count < headLimit {
                        summary.head += chunk.readableBytesView.prefix(headLimit - summary.head.count)
                    }
                    summary.bytes += chunk.readableBytes
                    try chunk.withUnsafeReadableBytes { try decoder.feed($0) }
                    if let each { decoder.takeElements().forEach(each.take) }
                    if let limit, head.status == 200, decoder.elements.count > limit {
                        cut = true
                        break
                    }
                }
                if !cut { try decoder.finish() }
            } catch let failure as JSONReader.Failure {
                return interpreter.unreadable(status: head.status, reason: "\(failure)", body: decoder.head)
            } catch let missing as MissingField {
                return interpreter.unreadable(
                    status: head.status, reason: "a \(missing.model) without \(missing.name)", body: decoder.head)
            }
            if cut {
                // The envelope's status and message come before `data`: it is checked as usual.
                let newest = Array(decoder.elements.prefix(limit ?? 0))
                let tagged = head.headers.first(name: "ETag") != nil
                return interpreter.interpret(decoder.envelope, head: head) { _ in
                    ListRead(rows: newest, complete: false, tagged: tagged)
                }
            }
            let answer = interpreter.interpret(decoder.envelope, head: head) { _ in
                decoder.sawDataArray ? decoder.elements : nil
            }
            switch answer {
            case .value(let elements):
                let etag = head.headers.first(name: "ETag")
                guard caches else {
                    return .value(ListRead(rows: elements, complete: true, total: decoder.count, tagged: etag != nil))
                }
                if let etag { await cache.store(elements, etag: etag, for: path) }
                return .value(ListRead(rows: elements, complete: true, tagged: etag != nil))
            case .failure(let error, let retryable, let retryAfter):
                return .failure(error, retryable: retryable, retryAfter: retryAfter)
            }
        }
    }
}

/// Rows of a list answer, and whether they are all of it.
public struct ListRead<Element: Sendable>: Sendable {
    public var rows: [Element]
    /// False when only the newest rows were read and the answer had more.
    public var complete: Bool
    /// How many rows the answer had, when only its first were kept (`rows.count` otherwise).
    public var total: Int
    /// Whether the answer carried an ETag (or was a `304` to one): without, every read of the
    /// list is a full answer, and the dashboard reads it less often.
    public var tagged: Bool

    public init(rows: [Element], complete: Bool, total: Int? = nil, tagged: Bool = true) {
        self.rows = rows
        self.complete = complete
        self.total = total ?? rows.count
        self.tagged = tagged
    }
}

/// What the request log keeps of an answer's body: its size and its first
/// `ClientConfiguration.exchangeBodyLimit` bytes.
struct BodySummary {
    /// The default limit (the observer's sample when `exchangeBodyLimit` is not raised).
    static let headLimit = ClientConfiguration.defaultExchangeBodyLimit
    var bytes = 0
    var head: [UInt8] = []
}
