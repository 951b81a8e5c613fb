import Foundation
import Hummingbird
import Logging
import SenfenicoAPI
import ServiceLifecycle
import Synchronization

/// A local emulator of Senfenico's test mode: the documented API on loopback HTTP, with
/// accounts whose charges, transfers, settlements and balances change as they would.
///
/// ```swift
/// let sandbox = SandboxServer(options: SandboxOptions(port: 0, timeScale: 0.01))
/// let port = try await sandbox.start()
/// // ... call sandbox.baseURL with any "sk_test_..." key ...
/// await sandbox.stop()
/// ```
public final class SandboxServer: Sendable {
    public let options: SandboxOptions
    private let logger: Logger
    private let faultBoard: FaultBoard
    private let live: SandboxLiveState
    private let running = Mutex<Running?>(nil)
    private let routes: SandboxRoutes
    private let webhooks: WebhookHub

    public enum StartError: Error, CustomStringConvertible {
        case notLoopback(String)
        case notATestKey
        case alreadyStarted
        case stoppedBeforeListening

        public var description: String {
            switch self {
            case .notLoopback(let host):
                "The sandbox listens on loopback only (127.0.0.1, ::1, localhost), not on \(host): it accepts any test key."
            case .notATestKey:
                "The sandbox accepts test keys only: sk_test_ followed by at least 8 characters."
            case .alreadyStarted: "The sandbox is already running."
            case .stoppedBeforeListening: "The sandbox stopped before it could listen."
            }
        }
    }

    /// - Parameter logger: where Hummingbird logs; silent by default, because an embedding
    ///   terminal UI must not see log lines on its screen.
    public init(
        options: SandboxOptions,
        logger: Logger = Logger(label: "senfenico.sandbox", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.options = options
        self.logger = logger
        faultBoard = FaultBoard(options.faults)
        let live = SandboxLiveState(baseURL: Self.url(host: options.host, port: options.port))
        self.live = live
        let base = options.clock
        let clock = SandboxClock { base.now().adding(microseconds: live.clockOffset.withLock { $0 }) }
        let webhooks = WebhookHub(
            receivers: options.webhookURLs, key: options.webhookKey ?? .random(), keyFile: options.webhookKeyFile,
            timeScale: options.timeScale, printer: options.webhookLogPrinter)
        self.webhooks = webhooks
        let configuration = AccountConfiguration(
            clock: clock, delays: SimulatedDelays(timeScale: options.timeScale), otpsExpire: options.timeScale > 0,
            seed: options.seed, seedCharges: max(0, options.seedCharges), seedTransfers: max(0, options.seedTransfers),
            etagEpoch: String(UInt32.random(in: 0...UInt32.max), radix: 36),
            webhooks: webhooks)
        routes = SandboxRoutes(
            directory: AccountDirectory(configuration: configuration), faults: faultBoard, live: live,
            restrictedKey: options.restrictedKey, clock: clock, timeScale: options.timeScale, etag: options.etag,
            gzip: options.gzip, webhooks: webhooks)
        routes.requestLog.setPrinter(options.requestLogPrinter)
    }

    /// The requests answered lately (and a way to follow them); see `GET /_sandbox/logs`.
    public var requestLog: RequestLogBook { routes.requestLog }

    /// The key this sandbox signs webhooks with (random unless ``SandboxOptions/webhookKey``).
    public var webhookKey: WebhookKey { webhooks.key }

    /// Where webhooks go now (the options' URLs and those added through `/_sandbox/webhooks`).
    public var webhookURLs: [String] { webhooks.receivers }

    /// The latest delivery attempts, oldest first.
    public var webhookDeliveries: [WebhookDeliveryRecord] { webhooks.recentDeliveries }

    /// `http://127.0.0.1:<port>`: the real port once started.
    public var baseURL: String { live.baseURL.withLock { $0 } }

    /// Binds and serves in a background task; returns the bound port (useful with port 0).
    public func start() async throws -> Int {
        guard Self.isLoopback(options.host) else { throw StartError.notLoopback(options.host) }
        if let key = options.restrictedKey, !APIKeyMiddleware.isWellFormedTestKey(key) { throw StartError.notATestKey }

        let bound = PortPromise()
        // Served without Hummingbird's once-a-second date timer (see `QuietHTTPService`).
        let app = QuietHTTPService(
            responder: routes.makeRouter().buildResponder(),
            address: .hostname(options.host, port: options.port),
            logger: logger,
            onServerRunning: { channel in bound.fulfil(channel.localAddress?.port ?? 0) })
        // A service group of its own, so that ``stop()`` can shut down gracefully: idle
        // keep-alive connections close at once and requests in progress finish, where a plain
        // cancellation would wait for every client to hang up.
        let group = ServiceGroup(services: [app, WebhookService(hub: webhooks, logger: logger)], logger: logger)
        let task = Task {
            do {
                try await group.run()
                bound.fail(StartError.stoppedBeforeListening)
            } catch {
                bound.fail(error)
            }
        }
        let alreadyRunning = running.withLock { current -> Bool in
            if current != nil { return true }
            current = Running(task: task, group: group)
            return false
        }
        if alreadyRunning {
            task.cancel()
            throw StartError.alreadyStarted
        }
        do {
            let port = try await bound.value
            live.baseURL.withLock { $0 = Self.url(host: options.host, port: port) }
            if let key = options.restrictedKey, options.seedCharges > 0 || options.seedTransfers > 0 {
                // The only account there will be: seed it while the client is still starting.
                Task { [routes] in await routes.directory.account(for: key).warmUp() }
            }
            return port
        } catch {
            running.withLock { $0 = nil }
            task.cancel()
            await task.value
            throw error
        }
    }

    /// Stops listening and waits until the server has shut down. Requests in progress get
    /// `stopGracePeriod` to finish; then their connections are cut.
    public func stop() async {
        guard
            let current = running.withLock({ current -> Running? in
                defer { current = nil }
                return current
            })
        else { return }
        routes.requestLog.close()  // a follow would otherwise hold the shutdown for the grace period
        await current.group.triggerGracefulShutdown()
        await withTaskGroup(of: Void.self) { waiters in
            waiters.addTask { await current.task.value }
            waiters.addTask {
                try? await Task.sleep(for: Self.stopGracePeriod)
                current.task.cancel()
            }
            await waiters.next()
            waiters.cancelAll()
        }
        await current.task.value
    }

    /// How long ``stop()`` lets requests in progress (a fault's latency, a big list) finish.
    static let stopGracePeriod = Duration.seconds(2)

    private struct Running: Sendable {
        let task: Task<Void, Never>
        let group: ServiceGroup
    }

    /// Replaces the fault rules in force; see ``FaultRule``.
    public func setFaults(_ rules: [FaultRule]) async {
        faultBoard.replace(with: rules)
    }

    /// The fault rules in force.
    public var faults: [FaultRule] { faultBoard.current }

    /// The rules in `SENFENICO_SANDBOX_FAULTS` (semicolon-separated specs).
    public static func faults(fromEnvironment environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> [FaultRule]
    {
        try FaultRule.faults(fromEnvironment: environment)
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    static func url(host: String, port: Int) -> String {
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shown):\(port)"
    }
}

/// The bound port, or why binding failed, handed from the server task to ``SandboxServer/start()``.
private final class PortPromise: Sendable {
    private enum State {
        case waiting([CheckedContinuation<Int, any Error>])
        case done(Result<Int, any Error>)
    }

    private let state = Mutex<State>(.waiting([]))

    func fulfil(_ port: Int) { resolve(.success(port)) }
    func fail(_ error: any Error) { resolve(.failure(error)) }

    private func resolve(_ result: Result<Int, any Error>) {
        let waiting = state.withLock { state -> [CheckedContinuation<Int, any Error>] in
            guard case .waiting(let continuations) = state else { return [] }
            state = .done(result)
            return continuations
        }
        for continuation in waiting { continuation.resume(with: result) }
    }

    var value: Int {
        get async throws {
            try await withCheckedThrowingContinuation { continuation in
                let ready = state.withLock { state -> Result<Int, any Error>? in
                    switch state {
                    case .waiting(let continuations):
                        state = .waiting(continuations + [continuation])
                        return nil
                    case .done(let result):
                        return result
                    }
                }
                if let ready { continuation.resume(with: ready) }
            }
        }
    }
}
