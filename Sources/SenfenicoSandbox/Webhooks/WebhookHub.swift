import SenfenicoAPI
import Synchronization

/// Where the sandbox's accounts announce state changes, and where the receivers are.
///
/// Accounts call ``announce(_:status:initialStatuses:from:event:)`` from inside their actor
/// on every change to a listed row; the hub turns a new status into an event and hands it to
/// the ``WebhookService`` through a stream, synchronously and in order, so an account never
/// waits for a receiver. A class shared by the server, its routes and every account.
final class WebhookHub: Sendable {
    let key: WebhookKey
    /// Where the key came from (`--webhook-key-file`), shown by `GET /_sandbox/webhooks`.
    let keyFile: String?
    /// Multiplies the backoff between attempts, as it does every simulated delay.
    let timeScale: Double
    private let printer: (@Sendable (WebhookDeliveryRecord) -> Void)?
    private let state: Mutex<State>
    let pending: AsyncStream<PendingDelivery>
    private let continuation: AsyncStream<PendingDelivery>.Continuation

    private struct State {
        var receivers: [String]
        /// The last status seen per object (`<account>/<kind>/<reference>`), to tell a change.
        var statuses: [String: String] = [:]
        /// Every account that changed a row, for the pump that applies due events.
        var accounts: [Int: SimulatedAccount] = [:]
        var recent: [WebhookDeliveryRecord] = []
        /// The pump, asleep until there is a receiver.
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    /// An event and the receivers it goes to (those configured when it happened).
    struct PendingDelivery: Sendable {
        var event: WebhookEvent
        var receivers: [String]
    }

    /// Events waiting for the service beyond this are dropped (and logged): a sandbox with a
    /// dead receiver must not grow without bound.
    static let queueLimit = 10_000
    /// Deliveries kept for `GET /_sandbox/webhooks`.
    static let recentLimit = 100

    init(
        receivers: [String] = [], key: WebhookKey = .random(), keyFile: String? = nil, timeScale: Double = 1,
        printer: (@Sendable (WebhookDeliveryRecord) -> Void)? = nil
    ) {
        self.key = key
        self.keyFile = keyFile
        self.timeScale = timeScale
        self.printer = printer
        state = Mutex(State(receivers: receivers))
        (pending, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingOldest(Self.queueLimit))
    }

    var receivers: [String] { state.withLock { $0.receivers } }

    /// Adds a receiver (once); returns them all.
    @discardableResult
    func add(receiver url: String) -> [String] {
        let (receivers, waiters) = state.withLock { state in
            if !state.receivers.contains(url) { state.receivers.append(url) }
            defer { state.waiters = [] }
            return (state.receivers, state.waiters)
        }
        for waiter in waiters { waiter.resume() }
        return receivers
    }

    /// Returns once there is a receiver, or the task is cancelled: a sandbox nobody listens to
    /// (the dashboard's embedded one) does no periodic work for webhooks.
    func waitForReceivers() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                // Cancellation is flagged before the handler below runs, and both take the lock:
                // either the handler finds this waiter, or this check sees the cancellation.
                let ready = state.withLock { state -> Bool in
                    if !state.receivers.isEmpty || Task.isCancelled { return true }
                    state.waiters.append(continuation)
                    return false
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            let waiters = state.withLock { state in
                defer { state.waiters = [] }
                return state.waiters
            }
            for waiter in waiters { waiter.resume() }
        }
    }

    /// Removes one receiver, or all with nil; returns those left.
    @discardableResult
    func remove(receiver url: String?) -> [String] {
        state.withLock { state in
            if let url { state.receivers.removeAll { $0 == url } } else { state.receivers.removeAll() }
            return state.receivers
        }
    }

    var accounts: [SimulatedAccount] { state.withLock { Array($0.accounts.values) } }

    var recentDeliveries: [WebhookDeliveryRecord] { state.withLock { $0.recent } }

    /// Called on every change to an object. An event goes out when the status differs from
    /// the last one seen; an object first seen in one of `initialStatuses` was just created,
    /// which is not a state change. Statuses are only tracked while there are receivers.
    func announce(
        _ object: String, status: String, initialStatuses: Set<String>, from account: SimulatedAccount,
        event: () -> WebhookEvent
    ) {
        let receivers = state.withLock { state -> [String]? in
            state.accounts[account.serial] = account
            guard !state.receivers.isEmpty else { return nil }
            let previous = state.statuses.updateValue(status, forKey: object)
            if previous == status || (previous == nil && initialStatuses.contains(status)) { return nil }
            return state.receivers
        }
        guard let receivers else { return }
        let event = event()
        if case .dropped = continuation.yield(PendingDelivery(event: event, receivers: receivers)) {
            record(WebhookDeliveryRecord(event: event.name, url: receivers.first ?? "", attempt: 0, outcome: .dropped))
        }
    }

    func record(_ delivery: WebhookDeliveryRecord) {
        state.withLock { state in
            state.recent.append(delivery)
            if state.recent.count > Self.recentLimit { state.recent.removeFirst(state.recent.count - Self.recentLimit) }
        }
        printer?(delivery)
    }

    /// Ends the stream: the service stops taking events.
    func close() {
        continuation.finish()
    }
}

/// One delivery attempt, as `GET /_sandbox/webhooks` lists it and the standalone sandbox
/// prints it.
public struct WebhookDeliveryRecord: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// The receiver answered 2xx.
        case delivered(status: Int)
        /// It answered something else; another attempt follows unless it was the last.
        case refused(status: Int, willRetry: Bool)
        /// No answer (refused connection, timeout); another attempt follows unless it was the last.
        case unreachable(reason: String, willRetry: Bool)
        /// Too many deliveries waiting: this one was never attempted.
        case dropped
    }

    public var event: String
    public var url: String
    /// 1 for the first attempt.
    public var attempt: Int
    public var outcome: Outcome

    public init(event: String, url: String, attempt: Int, outcome: Outcome) {
        self.event = event
        self.url = url
        self.attempt = attempt
        self.outcome = outcome
    }

    /// `charge.success → http://127.0.0.1:9000/hook: 200 (attempt 1)`; English, like the
    /// sandbox's other log lines.
    public var line: String {
        let result: String
        switch outcome {
        case .delivered(let status): result = "\(status)"
        case .refused(let status, let willRetry): result = "\(status)" + (willRetry ? ", will retry" : ", gave up")
        case .unreachable(let reason, let willRetry): result = reason + (willRetry ? ", will retry" : ", gave up")
        case .dropped: result = "dropped, too many deliveries waiting"
        }
        return "webhook \(event) → \(url): \(result) (attempt \(attempt))"
    }

    /// The same as one JSON object, for `senfenico sandbox --log-format json`: request lines and
    /// delivery lines then make one stream of JSON lines (deliveries have `"webhook": true`).
    public var jsonLine: String {
        var json = JSONWriter()
        json.object { json in
            json.member("webhook", true)
            json.member("event", event)
            json.member("url", url)
            json.member("attempt", number: String(attempt))
            switch outcome {
            case .delivered(let status):
                json.member("outcome", "delivered")
                json.member("status", number: String(status))
            case .refused(let status, let willRetry):
                json.member("outcome", willRetry ? "refused, will retry" : "refused, gave up")
                json.member("status", number: String(status))
            case .unreachable(let reason, let willRetry):
                json.member("outcome", willRetry ? "unreachable, will retry" : "unreachable, gave up")
                json.member("reason", reason)
            case .dropped:
                json.member("outcome", "dropped")
            }
        }
        return json.text
    }
}
