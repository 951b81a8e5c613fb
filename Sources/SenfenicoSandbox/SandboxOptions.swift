import SenfenicoAPI

/// How a sandbox runs. Every field has a default, so `SandboxOptions()` is a working sandbox
/// on `127.0.0.1:8089`.
public struct SandboxOptions: Sendable {
    /// A loopback address (`127.0.0.1`, `::1`, `localhost`): the sandbox accepts any test
    /// key, so it never listens on a network interface.
    public var host: String
    /// 8089 by default; 0 picks a free port (read it from ``SandboxServer/start()``).
    public var port: Int
    /// Multiplies every simulated delay (see the README section): 0.01 makes a minute
    /// 0.6 s; 0 makes operations complete at once (and OTPs never expire).
    public var timeScale: Double
    /// Past charges created in each new account (deterministic from ``seed``).
    public var seedCharges: Int
    /// Past transfers created in each new account (deterministic from ``seed``).
    public var seedTransfers: Int
    public var seed: UInt64
    /// When set, the only key accepted; otherwise any well-formed `sk_test_` key is.
    public var restrictedKey: String?
    /// Faults in force from the start; see ``FaultRule``.
    public var faults: [FaultRule]
    /// Where the sandbox reads the time; tests pass a ``ManualClock``'s.
    public var clock: SandboxClock
    /// Lists and balances carry an `ETag` and answer a matching `If-None-Match` with `304`.
    /// False (`--no-etag`) behaves like an API without conditional requests: no `ETag`,
    /// `If-None-Match` ignored, every read a full `200`.
    public var etag: Bool
    /// Answers are gzipped for a caller that sends `Accept-Encoding: gzip`. False (`--no-gzip`)
    /// behaves like an API without compression: identity bodies whatever the caller accepts.
    public var gzip: Bool
    /// Called with each request the sandbox answers (the standalone `senfenico sandbox` prints
    /// it). `nil`, the default, keeps the requests in the ring of ``SandboxServer/requestLog``
    /// only: an embedding terminal UI must not see lines on its screen.
    public var requestLogPrinter: (@Sendable (RequestLogEntry) -> Void)? = nil
    /// Where every state change is delivered as a signed webhook (`--webhook-url`, repeatable);
    /// more can be added through `POST /_sandbox/webhooks`.
    public var webhookURLs: [String] = []
    /// The key webhooks are signed with (`--webhook-key-file`); nil: a random one for this run,
    /// readable as ``SandboxServer/webhookKey``.
    public var webhookKey: WebhookKey? = nil
    /// Where ``webhookKey`` was read from, shown by `GET /_sandbox/webhooks` instead of the key.
    public var webhookKeyFile: String? = nil
    /// Called with each delivery attempt (the standalone `senfenico sandbox` prints it).
    public var webhookLogPrinter: (@Sendable (WebhookDeliveryRecord) -> Void)? = nil

    public init(
        host: String = "127.0.0.1", port: Int = 8089, timeScale: Double = 1.0, seedCharges: Int = 0,
        seedTransfers: Int = 0, seed: UInt64 = 1, restrictedKey: String? = nil, faults: [FaultRule] = [],
        clock: SandboxClock = .system, etag: Bool = true, gzip: Bool = true
    ) {
        self.host = host
        self.port = port
        self.timeScale = timeScale
        self.seedCharges = seedCharges
        self.seedTransfers = seedTransfers
        self.seed = seed
        self.restrictedKey = restrictedKey
        self.faults = faults
        self.clock = clock
        self.etag = etag
        self.gzip = gzip
    }
}
