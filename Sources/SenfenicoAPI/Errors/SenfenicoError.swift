import Localization

/// Every way a call to Senfenico can fail, as one type.
///
/// The cases keep apart what a caller must handle differently: the server said no (`api`,
/// `invalidAPIKey`); the request never left or never got an answer and was safe to repeat
/// (`transport`); a payment request was sent and its answer lost (`outcomeUnknown`, which
/// must be reconciled, never blindly repeated); the answer could not be read (`decoding`).
/// No case ever carries the API key: texts that came from the network are scrubbed of it.
public enum SenfenicoError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `{"status": false, "message": "Invalid API key"}`: the key is wrong, revoked, or of the
    /// wrong mode.
    case invalidAPIKey(httpStatus: Int)
    /// `status: false` with a message, an optional `error_code` and validation `errors`.
    case api(APIFailure)
    /// The input broke a documented rule; nothing was sent.
    case validation(ValidationIssue)
    /// No answer, for a request that was not sent or that is safe to repeat.
    case transport(TransportFailure)
    /// A request that moves money was sent (or may have been) and its answer was lost.
    case outcomeUnknown(OutcomeUnknown)
    /// An answer came but is not the API's JSON.
    case decoding(DecodingFailure)
    /// The server answered with a redirect; it is not followed, since that would carry the key
    /// to another address.
    case redirectRefused(httpStatus: Int, location: String?)
    /// The configuration cannot be used (empty key, plain http to a remote host, bad URL).
    case configuration(ConfigurationProblem)
    /// The answer passed the size limit and was cut off; reads are not repeated after it (the
    /// same answer would come again).
    case answerTooLarge(AnswerTooLarge)

    public var description: String { message(in: .english) }

    /// The error as a person should read it.
    public func message(in language: Language) -> String {
        localized.text(in: language)
    }

    public var localized: LocalizedText {
        typealias E = Strings.Errors
        switch self {
        case .invalidAPIKey: return E.invalidAPIKey
        case .api(let failure): return failure.localized
        case .validation(let issue): return issue.message
        case .transport(let failure): return failure.localized
        case .outcomeUnknown(let unknown): return unknown.localized
        case .decoding(let failure): return failure.localized
        case .redirectRefused(let status, let location):
            return E.redirectRefused.filling([
                "status": String(status), "location": TextSanitizer.message(location ?? "?", limit: 120),
            ])
        case .configuration(let problem): return problem.localized
        case .answerTooLarge(let size): return size.localized
        }
    }

    /// The documented code, when the server gave one.
    public var errorCode: APIErrorCode? {
        if case .api(let failure) = self { return failure.code }
        return nil
    }
}

/// The server's refusal: `{"status": false, "message": ..., "error_code": ..., "errors": ...}`.
public struct APIFailure: Sendable, Equatable {
    public var httpStatus: Int
    public var message: String
    public var code: APIErrorCode?
    /// Field name to messages (`non_field_errors` for the others).
    public var fieldErrors: [String: [String]]
    /// The request it answers, so that the explanation fits it (set by the client).
    public var operation: Operation?

    public init(httpStatus: Int, message: String, code: APIErrorCode?, fieldErrors: [String: [String]] = [:]) {
        self.httpStatus = httpStatus
        self.message = message
        self.code = code
        self.fieldErrors = fieldErrors
    }

    /// The documented description of the code, in the words of the operation it answers, when
    /// there is one (it exists in both languages), with the API's own sentence beside it when
    /// that says more; otherwise the server's own message. Then the field errors. Everything
    /// from the server is cleaned of control characters, keys masked, and cut.
    var localized: LocalizedText {
        let details = TextSanitizer.message(
            fieldErrors.keys.sorted().map { field in
                let text = fieldErrors[field, default: []].joined(separator: " ")
                return field == "non_field_errors" ? text : "\(field): \(text)"
            }.joined(separator: "; "))
        let said = TextSanitizer.message(message)
        let code = self.code.map { TextSanitizer.message($0.rawValue, limit: 60) }
        func compose(_ head: String, _ language: Language) -> String {
            var text = code.map { "\(head) [\($0)]" } ?? head
            if head != said, !said.isEmpty, !head.contains(said), said != self.code?.rawValue,
                said != self.code?.explanation.english
            {
                text += " — " + Strings.ErrorCodes.serverSaid.filling(["message": said]).text(in: language)
            }
            if !details.isEmpty, !text.contains(details) { text += " — \(details)" }
            return text
        }
        if let known = self.code, known.isKnown {
            let explanation = known.explanation(for: operation)
            return LocalizedText(
                en: compose(explanation.english, .english), fr: compose(explanation.french, .french))
        }
        return LocalizedText(en: compose(said, .english), fr: compose(said, .french))
    }
}

/// Why no answer came.
public struct TransportFailure: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Nothing listens at that address.
        case connectionRefused
        /// No connection within the connect timeout.
        case connectTimeout
        /// The whole request took longer than allowed.
        case timeout
        /// The connection closed before the answer was complete.
        case connectionLost
        /// The TLS handshake or certificate check failed.
        case tls
        /// The host name could not be resolved.
        case dns
        case other
    }

    public var kind: Kind
    /// A technical detail for logs (scrubbed of the key).
    public var detail: String
    /// How many times the request was sent in all.
    public var attempts: Int
    /// True when the request certainly did not reach the server (the connection never opened).
    public var neverSent: Bool

    public init(kind: Kind, detail: String, attempts: Int = 1, neverSent: Bool) {
        self.kind = kind
        self.detail = detail
        self.attempts = attempts
        self.neverSent = neverSent
    }

    var localized: LocalizedText {
        typealias E = Strings.Errors
        let text: LocalizedText =
            switch kind {
            case .connectionRefused: E.connectionRefused
            case .connectTimeout: E.connectTimeout
            case .timeout: E.timeout
            case .connectionLost: E.connectionLost
            case .tls: E.tls
            case .dns: E.dns
            case .other: E.transportOther
            }
        return text.filling(["detail": TextSanitizer.message(detail), "attempts": String(attempts)])
    }
}

/// A payment request whose answer was lost: it may or may not have taken effect.
public struct OutcomeUnknown: Sendable, Equatable {
    public var operation: Operation
    /// The reference concerned, when the request named one (OTP submit, settlement cancel).
    public var reference: String?
    /// The caller's own identifier sent with it (a transfer's `ext_id`), to find it again.
    public var extID: String?
    public var cause: String

    public init(operation: Operation, reference: String? = nil, extID: String? = nil, cause: String) {
        self.operation = operation
        self.reference = reference
        self.extID = extID
        self.cause = cause
    }

    var localized: LocalizedText {
        Strings.Errors.outcomeUnknown.filling(["operation": operation.rawValue, "cause": TextSanitizer.message(cause)])
    }
}

/// An answer that is not the API's JSON.
public struct DecodingFailure: Sendable, Equatable {
    public var httpStatus: Int
    public var reason: String
    /// At most 500 bytes of the body, scrubbed of the key.
    public var bodySample: String

    public static let sampleLimit = 500

    public init(httpStatus: Int, reason: String, body: some Collection<UInt8>, redactor: Redactor) {
        self.httpStatus = httpStatus
        self.reason = redactor.scrub(reason)
        self.bodySample = redactor.scrub(DecodingFailure.sample(body))
    }

    /// The first bytes of the body, cut at a character boundary so the sample stays valid text.
    static func sample(_ body: some Collection<UInt8>) -> String {
        var bytes = Array(body.prefix(sampleLimit))
        while !bytes.isEmpty, String(validating: bytes, as: UTF8.self) == nil { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    var localized: LocalizedText {
        Strings.Errors.decoding.filling([
            "status": String(httpStatus), "reason": TextSanitizer.message(reason),
            "sample": TextSanitizer.message(bodySample, limit: 160),
        ])
    }
}

/// An answer cut off at the size limit.
public struct AnswerTooLarge: Sendable, Equatable {
    /// Bytes received when the answer was cut off.
    public var received: Int
    public var limit: Int

    public init(received: Int, limit: Int) {
        self.received = received
        self.limit = limit
    }

    var localized: LocalizedText {
        Strings.Errors.answerTooLarge.filling([
            "received": AnswerTooLarge.megabytes(received), "limit": AnswerTooLarge.megabytes(limit),
        ])
    }

    /// Whole megabytes, at least 1: `"192"`.
    static func megabytes(_ bytes: Int) -> String {
        String(max(1, (bytes + (1 << 19)) >> 20))
    }
}

public enum ConfigurationProblem: Sendable, Equatable {
    case missingAPIKey
    case insecureBaseURL(String)
    case invalidBaseURL(String)

    var localized: LocalizedText {
        typealias E = Strings.Errors
        switch self {
        case .missingAPIKey: return E.missingAPIKey
        case .insecureBaseURL(let url): return E.insecureBaseURL.filling(["url": url])
        case .invalidBaseURL(let url): return E.invalidBaseURL.filling(["url": url])
        }
    }
}
