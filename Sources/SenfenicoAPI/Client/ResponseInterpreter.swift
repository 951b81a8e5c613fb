import NIOHTTP1

/// Turns a decoded envelope and its HTTP status into a value or a `SenfenicoError`, with the
/// information the retry loop needs.
enum Answer<Value> {
    case value(Value)
    /// A failure; `retryable` says a read may be repeated, `retryAfter` how long to wait.
    case failure(SenfenicoError, retryable: Bool, retryAfter: Duration?)
}

struct ResponseInterpreter {
    let operation: Operation
    let redactor: Redactor
    /// What the request named, to find a payment again when its outcome is unknown.
    var reference: String? = nil
    var extID: String? = nil

    /// The answer for an envelope that was read successfully.
    func interpret<Payload, Value>(
        _ envelope: Envelope<Payload>, head: HTTPTransport.Head, value: (Envelope<Payload>) -> Value?
    ) -> Answer<Value> {
        let status = head.status
        let retryAfter = RetryPolicy.parseRetryAfter(head.headers.first(name: "Retry-After"))
        let succeeded = envelope.status ?? (200..<300).contains(status)
        if succeeded, (200..<300).contains(status) || envelope.status == true {
            if let result = value(envelope) { return .value(result) }
            return unreadable(status: status, reason: "the answer has no data", body: [])
        }
        // A 50 MB message is kept to a readable length here, before it is copied into errors and
        // logs; it is cleaned of control characters and keys where it is shown.
        let message = TextSanitizer.cut(
            redactor.scrub(envelope.message ?? "HTTP \(status)"), to: 4 * TextSanitizer.messageLimit)
        if envelope.errorCode == nil, message.caseInsensitiveCompare("Invalid API key") == .orderedSame {
            return .failure(.invalidAPIKey(httpStatus: status), retryable: false, retryAfter: nil)
        }
        var failure = APIFailure(
            httpStatus: status, message: message, code: envelope.errorCode,
            fieldErrors: envelope.errors.mapValues { $0.map(redactor.scrub) })
        failure.operation = operation
        // A server error answering a request that moves money does not say the request was
        // refused: it may have been carried out before the error (a gateway's 502, a crash after
        // the charge was made). Without a code, or with a code that only says something broke
        // (INTERNAL_ERROR, NETWORK_ERROR, EXTERNAL_API_ERROR, a code we do not know), its outcome
        // is unknown and is reconciled. A code that names a refusal (INSUFFICIENT_FUNDS...)
        // stays the API's refusal whatever the status.
        if !operation.isSafeToRetry, status >= 500, Self.leavesOutcomeOpen(envelope.errorCode) {
            let unknown = OutcomeUnknown(
                operation: operation, reference: reference, extID: extID,
                cause: "HTTP \(status): \(TextSanitizer.message(message))")
            return .failure(.outcomeUnknown(unknown), retryable: false, retryAfter: nil)
        }
        let rateLimited = status == 429 || envelope.errorCode == .rateLimitExceeded
        let retryable = rateLimited || status >= 500
        return .failure(.api(failure), retryable: retryable, retryAfter: retryAfter)
    }

    /// Whether a server error with this code leaves a payment's outcome open.
    static func leavesOutcomeOpen(_ code: APIErrorCode?) -> Bool {
        guard let code else { return true }
        switch code {
        case .internalError, .networkError, .externalAPIError, .unknownError, .unknown: return true
        default: return false
        }
    }

    /// The answer when the body is not the API's JSON. For a request that moves money, a 2xx
    /// or 5xx answer we cannot read leaves its outcome unknown: the server (or a gateway in
    /// front of it) may have carried it out.
    func unreadable<Value>(
        status: Int, reason: String, body: some Collection<UInt8>, reference: String? = nil, extID: String? = nil
    ) -> Answer<Value> {
        let failure = DecodingFailure(httpStatus: status, reason: reason, body: body, redactor: redactor)
        if !operation.isSafeToRetry && ((200..<300).contains(status) || status >= 500) {
            let unknown = OutcomeUnknown(
                operation: operation, reference: reference ?? self.reference, extID: extID ?? self.extID,
                cause: "HTTP \(status), \(failure.reason)")
            return .failure(.outcomeUnknown(unknown), retryable: false, retryAfter: nil)
        }
        if status == 429 {
            let api = APIFailure(httpStatus: status, message: "Too Many Requests", code: .rateLimitExceeded)
            return .failure(.api(api), retryable: true, retryAfter: nil)
        }
        return .failure(.decoding(failure), retryable: status >= 500, retryAfter: nil)
    }

    /// 3xx other than 304 is never followed. For a request that moves money, a redirect does not
    /// say whether Senfenico (or whatever answered) acted on it: the outcome is unknown and is
    /// reconciled, never taken for a refusal.
    func redirect<Value>(_ head: HTTPTransport.Head) -> Answer<Value>? {
        guard (300..<400).contains(head.status), head.status != 304 else { return nil }
        let location = head.headers.first(name: "Location").map { TextSanitizer.message(redactor.scrub($0)) }
        if !operation.isSafeToRetry {
            let unknown = OutcomeUnknown(
                operation: operation, reference: reference, extID: extID,
                cause: "HTTP \(head.status) redirect to \(location ?? "?"), not followed")
            return .failure(.outcomeUnknown(unknown), retryable: false, retryAfter: nil)
        }
        return .failure(
            .redirectRefused(httpStatus: head.status, location: location), retryable: false, retryAfter: nil)
    }
}
