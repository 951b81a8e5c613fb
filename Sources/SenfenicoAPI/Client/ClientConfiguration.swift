import Foundation

/// Where and how the client talks to Senfenico.
public struct ClientConfiguration: Sendable {
    public static let defaultBaseURL = "https://api.senfenico.com"
    /// The tool's version, sent in `User-Agent`.
    public static let version = "0.1.0"

    public var apiKey: APIKey
    /// Scheme, host and optional port; no path. Checked by `validatedBaseURL()`.
    public var baseURL: String
    /// How long to wait for a connection.
    public var connectTimeout: Duration
    /// How long one call may take in all: every attempt, the waits between retries and the
    /// answer's body included. A 100 000-charge list is 58 MB, so the default leaves room for a
    /// slow line.
    public var requestTimeout: Duration
    /// When set, no call goes on past this instant, whatever `requestTimeout` says: a command's
    /// `--timeout` bounds the whole command, however many calls it makes.
    public var deadline: ContinuousClock.Instant?
    /// The most an answer's body may weigh. The default fits an account of 300 000 charges
    /// (about 175 MB of JSON) and stops an answer that never ends before it eats the machine.
    public var maximumAnswerBytes: Int
    /// The most a single-object answer may weigh: a charge or a balance is a few hundred bytes.
    public var maximumSingleAnswerBytes: Int
    /// After `slowBodyGrace`, a body arriving slower than this on average is given up as a
    /// trickle (a broken proxy or captive portal), instead of holding a command for hours.
    public var minimumBytesPerSecond: Int
    public var slowBodyGrace: Duration
    public var retryPolicy: RetryPolicy
    /// At most this many bulk-transfer calls per second ("You cannot call the bulk transfer
    /// endpoint more than 5 times per second").
    public var bulkCallsPerSecond: Int
    public var userAgent: String
    /// Ask for gzip answers. On by default; off by default for a loopback address (the local
    /// sandbox), where compressing costs CPU on both sides and saves nothing.
    public var acceptsGzip: Bool
    /// How many bytes of each answer's body the `observer` receives in `Exchange.responseSample`
    /// (after the key is scrubbed). 4 KB by default, enough for a request log; a command that
    /// prints the API's answer as received (`--json`) raises it to keep the whole body.
    public var exchangeBodyLimit: Int

    /// The default of `exchangeBodyLimit`.
    public static let defaultExchangeBodyLimit = 4_096
    /// The default of `maximumAnswerBytes`: 192 MiB.
    public static let defaultMaximumAnswerBytes = 192 << 20

    public init(
        apiKey: APIKey,
        baseURL: String = ClientConfiguration.defaultBaseURL,
        connectTimeout: Duration = .seconds(10),
        requestTimeout: Duration = .seconds(60),
        retryPolicy: RetryPolicy = .standard,
        bulkCallsPerSecond: Int = 5,
        userAgent: String = "senfenico-terminal/\(ClientConfiguration.version)",
        acceptsGzip: Bool? = nil,
        exchangeBodyLimit: Int = ClientConfiguration.defaultExchangeBodyLimit,
        deadline: ContinuousClock.Instant? = nil,
        maximumAnswerBytes: Int = ClientConfiguration.defaultMaximumAnswerBytes,
        maximumSingleAnswerBytes: Int = 8 << 20,
        minimumBytesPerSecond: Int = 512,
        slowBodyGrace: Duration = .seconds(10)
    ) {
        self.deadline = deadline
        self.maximumAnswerBytes = max(1, maximumAnswerBytes)
        self.maximumSingleAnswerBytes = max(1, min(maximumSingleAnswerBytes, maximumAnswerBytes))
        self.minimumBytesPerSecond = max(0, minimumBytesPerSecond)
        self.slowBodyGrace = slowBodyGrace
        self.exchangeBodyLimit = max(0, exchangeBodyLimit)
        self.acceptsGzip = acceptsGzip ?? !ClientConfiguration.isLoopback(URLComponents(string: baseURL)?.host ?? "")
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.retryPolicy = retryPolicy
        self.bulkCallsPerSecond = bulkCallsPerSecond
        self.userAgent = userAgent
    }

    /// The base URL without a trailing slash, refused when it would send the key in clear text
    /// to another machine: plain `http://` is allowed only to loopback (the local sandbox).
    public func validatedBaseURL() throws(SenfenicoError) -> String {
        var text = baseURL.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix("/") { text.removeLast() }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty, components.path.isEmpty || components.path == "/"
        else { throw .configuration(.invalidBaseURL(text)) }
        switch scheme {
        case "https": return text
        case "http":
            guard ClientConfiguration.isLoopback(host) else { throw .configuration(.insecureBaseURL(text)) }
            return text
        default: throw .configuration(.invalidBaseURL(text))
        }
    }

    /// `localhost`, `127.0.0.0/8` and `::1`.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".")
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }
}
