import Logging
import SenfenicoAPI
import ServiceLifecycle
import Synchronization

/// Delivers the hub's events, and applies due events while there are receivers.
///
/// Runs beside the HTTP server in its service group. Each delivery is a child task of its
/// own: a slow or dead receiver holds only its own task, never a request or another
/// delivery. Attempts time out after ``attemptTimeout``; a failed one is tried again after
/// 1, 2, 4 then 8 seconds (× the time scale), ``attempts`` in all, each attempt logged.
struct WebhookService: Service {
    let hub: WebhookHub
    let logger: Logger

    static let attempts = 5
    static let attemptTimeout = Duration.seconds(5)
    /// The first wait after a failed attempt, before the time scale; it doubles each time.
    static let firstBackoff = 1.0
    /// At time scale 0 the waits would vanish: a receiver that is restarting still gets a moment.
    static let shortestBackoff = Duration.milliseconds(10)
    /// How often due events are applied while there are receivers: events happen when an
    /// account is read (see ``EventQueue``), and a webhook must not wait for someone to read.
    static let pumpInterval = Duration.milliseconds(100)
    /// Deliveries in flight beyond this are dropped and logged.
    static let inFlightLimit = 1_000

    func run() async throws {
        let poster = WebhookPoster()
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask { await pump() }
                let inFlight = InFlightCounter()
                for await pending in hub.pending {
                    for url in pending.receivers {
                        guard inFlight.enter(limit: Self.inFlightLimit) else {
                            report(
                                WebhookDeliveryRecord(
                                    event: pending.event.name, url: url, attempt: 0, outcome: .dropped))
                            continue
                        }
                        group.addTask {
                            await deliver(pending.event, to: url, poster: poster)
                            inFlight.leave()
                        }
                    }
                }
                group.cancelAll()
            }
        }
        await poster.shutdown()
    }

    private func pump() async {
        while !Task.isCancelled {
            if hub.receivers.isEmpty { await hub.waitForReceivers() }
            try? await Task.sleep(for: Self.pumpInterval)
            for account in hub.accounts { _ = await account.prepare() }
        }
    }

    private func deliver(_ event: WebhookEvent, to url: String, poster: WebhookPoster) async {
        let body = event.body
        let hash = WebhookSignature.hash(of: body, key: hub.key)
        for attempt in 1...Self.attempts {
            if Task.isCancelled { return }
            let last = attempt == Self.attempts
            let headers = [
                (name: "Content-Type", value: "application/json"),
                (name: WebhookHeader.hash, value: hash),
                (name: WebhookHeader.attempt, value: String(attempt)),
                (name: "User-Agent", value: "senfenico-sandbox"),
            ]
            do {
                let answer = try await poster.post(url: url, body: body, headers: headers, timeout: Self.attemptTimeout)
                if (200..<300).contains(answer.status) {
                    report(
                        WebhookDeliveryRecord(
                            event: event.name, url: url, attempt: attempt, outcome: .delivered(status: answer.status)))
                    return
                }
                report(
                    WebhookDeliveryRecord(
                        event: event.name, url: url, attempt: attempt,
                        outcome: .refused(status: answer.status, willRetry: !last)))
            } catch {
                if Task.isCancelled { return }
                report(
                    WebhookDeliveryRecord(
                        event: event.name, url: url, attempt: attempt,
                        outcome: .unreachable(reason: Self.reason(error), willRetry: !last)))
            }
            if last { return }
            do {
                try await Task.sleep(for: backoff(after: attempt))
            } catch {
                return
            }
        }
    }

    func backoff(after attempt: Int) -> Duration {
        let seconds = Self.firstBackoff * Double(1 << (attempt - 1)) * hub.timeScale
        return max(Self.shortestBackoff, .milliseconds(Int64(seconds * 1000)))
    }

    private func report(_ delivery: WebhookDeliveryRecord) {
        switch delivery.outcome {
        case .delivered: logger.info("\(delivery.line)")
        case .refused, .unreachable, .dropped: logger.warning("\(delivery.line)")
        }
        hub.record(delivery)
    }

    /// A short reason, without the library's type names.
    static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectTimeout") || text.contains("deadlineExceeded") { return "timed out" }
        if text.contains("connect") || text.contains("refused") { return "connection refused" }
        return "no answer"
    }
}

/// Deliveries in flight, counted across child tasks.
private final class InFlightCounter: Sendable {
    private let count = Mutex(0)

    func enter(limit: Int) -> Bool {
        count.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() { count.withLock { $0 -= 1 } }
}
