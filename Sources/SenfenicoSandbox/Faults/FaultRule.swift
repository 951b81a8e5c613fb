import Foundation
import SenfenicoAPI

/// A network or server misbehaviour injected on matching API requests, so that the client's
/// retries, timeouts and error screens can be exercised against the sandbox.
///
/// Faults only touch the API under `/v1/`; the control routes under `/_sandbox/` always
/// answer normally so a test can always remove the faults it added.
///
/// ## Spec syntax
///
/// ```
/// spec     = [METHOD " "] PATH "=" effect ("," effect)*
/// PATH     = "*"                 any path
///          | "/v1/..."           this path and every path below it (segment-wise;
///                                trailing slashes do not matter)
///          | "/v1/...$"          exactly this path (trailing slashes still do not matter)
/// effect   = "latency:" MS       wait MS milliseconds before answering
///          | "error" [":" RATE]  answer with an error envelope instead of processing the
///                                request, with probability RATE (0...1, default 1)
///          | "code:" CODE        the error's `error_code` (default INTERNAL_ERROR)
///          | "status:" HTTP      the error's HTTP status (default 500; 429 adds Retry-After)
///          | "drop"              process the request, then send the head and part of the
///                                body and close the connection: the client gets a
///                                transport error although the server acted
///          | "malformed"         process the request, then send a truncated JSON body
///                                with the real status (usually 200)
/// ```
///
/// `code:` or `status:` alone imply `error` with rate 1. Examples:
///
/// - `POST /v1/payment/charges/$=drop`: charges are created but the answer never arrives
///   (the `$` keeps `POST /v1/payment/charges/submit` working).
/// - `GET /v1/payment/balances=latency:2000`: balances take two more seconds.
/// - `*=error:0.5,code:INTERNAL_ERROR,status:500`: half of all API calls fail.
/// - `GET /v1/payment/charges=malformed`: the charge list and every fetched charge are cut short.
/// - `POST /v1/payment/transfers/bulk=code:RATE_LIMIT_EXCEEDED,status:429`.
///
/// When several rules match one request, every latency is added up, the first rule whose
/// error fires answers, and `drop`/`malformed` apply if any matching rule asks for them.
public struct FaultRule: Sendable, Hashable, CustomStringConvertible {
    /// `GET`, `POST`, ...; `nil` matches every method.
    public var method: String?
    /// `*` or an absolute path; see the syntax above.
    public var pathPrefix: String
    public var latency: Duration?
    /// The probability (0...1) that a matching request is answered with the error.
    public var errorRate: Double
    /// `nil` writes an error envelope without `error_code`.
    public var errorCode: APIErrorCode?
    public var errorHTTPStatus: Int
    public var dropConnection: Bool
    public var malformedBody: Bool

    public init(
        method: String? = nil, pathPrefix: String = "*", latency: Duration? = nil, errorRate: Double = 0,
        errorCode: APIErrorCode? = .internalError, errorHTTPStatus: Int = 500, dropConnection: Bool = false,
        malformedBody: Bool = false
    ) {
        self.method = method?.uppercased()
        self.pathPrefix = pathPrefix
        self.latency = latency
        self.errorRate = min(max(errorRate, 0), 1)
        self.errorCode = errorCode
        self.errorHTTPStatus = errorHTTPStatus
        self.dropConnection = dropConnection
        self.malformedBody = malformedBody
    }

    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var spec: String
        public var reason: String
        public var description: String { "Invalid fault \"\(spec)\": \(reason)" }
    }

    /// Parses one spec; see the type's documentation for the syntax.
    public static func parse(_ spec: String) throws -> FaultRule {
        let trimmed = spec.trimmingCharacters(in: .whitespaces)
        func failure(_ reason: String) -> ParseError { ParseError(spec: spec, reason: reason) }
        // Split at the last "=" so that paths never need escaping.
        guard let equals = trimmed.lastIndex(of: "=") else { throw failure("expected TARGET=EFFECTS") }
        let target = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
        let effects = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)

        var rule = FaultRule()
        let targetParts = target.split(separator: " ", omittingEmptySubsequences: true)
        switch targetParts.count {
        case 1:
            rule.pathPrefix = String(targetParts[0])
        case 2:
            let method = targetParts[0].uppercased()
            guard method == "*" || method.allSatisfy({ $0.isLetter }) else { throw failure("bad method \(method)") }
            rule.method = method == "*" ? nil : method
            rule.pathPrefix = String(targetParts[1])
        default:
            throw failure("expected [METHOD] PATH before \"=\"")
        }
        guard rule.pathPrefix == "*" || rule.pathPrefix.hasPrefix("/") else {
            throw failure("the path must be * or start with /")
        }
        guard !effects.isEmpty else { throw failure("no effect after \"=\"") }

        var sawError = false
        var sawCodeOrStatus = false
        for item in effects.split(separator: ",") {
            let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let name = parts[0].lowercased()
            let value = parts.count > 1 ? parts[1] : nil
            switch (name, value) {
            case ("latency", let value?):
                guard let milliseconds = Int(value), milliseconds >= 0 else {
                    throw failure("latency is whole milliseconds")
                }
                rule.latency = (rule.latency ?? .zero) + .milliseconds(milliseconds)
            case ("error", nil):
                rule.errorRate = 1
                sawError = true
            case ("error", let value?):
                guard let rate = Double(value), (0...1).contains(rate) else {
                    throw failure("error rate is between 0 and 1")
                }
                rule.errorRate = rate
                sawError = true
            case ("code", let value?):
                let code = APIErrorCode(rawValue: value.uppercased())
                guard code.isKnown else { throw failure("unknown error code \(value)") }
                rule.errorCode = code
                sawCodeOrStatus = true
            case ("status", let value?):
                guard let status = Int(value), (100...599).contains(status) else {
                    throw failure("status is an HTTP status")
                }
                rule.errorHTTPStatus = status
                sawCodeOrStatus = true
            case ("drop", nil):
                rule.dropConnection = true
            case ("malformed", nil):
                rule.malformedBody = true
            default:
                throw failure("unknown effect \"\(item)\"")
            }
        }
        if sawCodeOrStatus && !sawError { rule.errorRate = 1 }
        return rule
    }

    /// Parses a semicolon-separated list, the form of `SENFENICO_SANDBOX_FAULTS`.
    public static func parseList(_ specs: String) throws -> [FaultRule] {
        try specs.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map(parse)
    }

    /// The rule written back in spec syntax.
    public var description: String {
        var effects: [String] = []
        if let latency {
            let (seconds, attoseconds) = latency.components
            effects.append("latency:\(seconds * 1000 + attoseconds / 1_000_000_000_000_000)")
        }
        if errorRate > 0 {
            effects.append(errorRate == 1 ? "error" : "error:\(errorRate)")
            if let errorCode { effects.append("code:\(errorCode.rawValue)") }
            effects.append("status:\(errorHTTPStatus)")
        }
        if dropConnection { effects.append("drop") }
        if malformedBody { effects.append("malformed") }
        let target = method.map { "\($0) \(pathPrefix)" } ?? pathPrefix
        return "\(target)=\(effects.joined(separator: ","))"
    }

    /// Whether this rule applies to a request.
    func matches(method requestMethod: String, path: String) -> Bool {
        if let method, method != requestMethod.uppercased() { return false }
        if pathPrefix == "*" { return true }
        var pattern = Substring(pathPrefix)
        let exact = pattern.hasSuffix("$")
        if exact { pattern = pattern.dropLast() }
        let patternSegments = pattern.split(separator: "/")
        let pathSegments = path.split(separator: "?", maxSplits: 1).first.map { $0.split(separator: "/") } ?? []
        if exact { return patternSegments == pathSegments }
        return pathSegments.starts(with: patternSegments)
    }
}

extension FaultRule {
    /// The name of the environment variable read by ``faults(fromEnvironment:)``.
    public static let environmentVariable = "SENFENICO_SANDBOX_FAULTS"

    /// The rules in `SENFENICO_SANDBOX_FAULTS` (semicolon-separated specs); empty when unset.
    public static func faults(fromEnvironment environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> [FaultRule]
    {
        guard let value = environment[environmentVariable], !value.isEmpty else { return [] }
        return try parseList(value)
    }
}
