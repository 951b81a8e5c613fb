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
        let message = redactor.scrub(envelope.message ?? "HTTP \(status)")
        if envelope.errorCode == nil, message.caseInsensitiveCompare("Invalid API key") == .orderedSame {
            return .failure(.invalidAPIKey(httpStatus: status), retryable: false, retryAfter: nil)
        }
        let failure = APIFailure(
            httpStatus: status, message: message, code: envelope.errorCode,
            fieldErrors: envelope.errors.mapValues { $0.map(redactor.scrub) })
        let rateLimited = status == 429 || envelope.errorCode == .rateLimitExceeded
        let retryable = rateLimited || status >= 500
        return .failure(.api(failure), retryable: retryable, retryAfter: retryAfter)
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
                operation: operation, reference: reference, extID: extID,
                cause: "HTTP \(status), \(failure.reason)")
            return .failure(.outcomeUnknown(unknown), retryable: false, retryAfter: nil)
        }
        if status == 429 {
            let api = APIFailure(httpStatus: status, message: "Too Many Requests", code: .rateLimitExceeded)
            return .failure(.api(api), retryable: true, retryAfter: nil)
        }
        return .failure(.decoding(failure), retryable: status >= 500, retryAfter: nil)
    }

    /// 3xx other than 304 is never followed.
    func redirect<Value>(_ head: HTTPTransport.Head) -> Answer<Value>? {
        guard (300..<400).contains(head.status), head.status != 304 else { return nil }
        let location = head.headers.first(name: "Location").map(redactor.scrub)
        return .failure(
            .redirectRefused(httpStatus: head.status, location: location), retryable: false, retryAfter: nil)
    }
}
