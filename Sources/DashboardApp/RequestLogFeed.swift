import DashboardCore
import Foundation
import SenfenicoAPI

/// Carries the client's exchanges to the UI loop, numbered in the order they finished. The
/// client calls `record` from whichever task made the request; the UI loop connects its inbox
/// when it starts, and whatever came before (at most a log's worth) is handed over then.
public final class RequestLogFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var inbox: ActionInbox?
    private var waiting: [LoggedExchange] = []
    private var sequence = 0

    public init() {}

    /// For the client's observer: any thread.
    public func record(_ exchange: Exchange) {
        lock.lock()
        defer { lock.unlock() }
        sequence += 1
        let entry = LoggedExchange(sequence: sequence, finishedAt: .now(), exchange: exchange)
        if let inbox {
            inbox.post(.exchangeRecorded(entry))
        } else {
            waiting.append(entry)
            if waiting.count > RequestLog.capacity { waiting.removeFirst(waiting.count - RequestLog.capacity) }
        }
    }

    private var baseURL: String?

    /// From now on every exchange goes to `inbox`, the waiting ones first. `client` tells the
    /// address the `curl` commands use.
    func connect(_ inbox: ActionInbox, client: SenfenicoClient) {
        lock.lock()
        defer { lock.unlock() }
        self.inbox = inbox
        baseURL = (try? client.configuration.validatedBaseURL()) ?? client.configuration.baseURL
        for entry in waiting { inbox.post(.exchangeRecorded(entry)) }
        waiting = []
    }

    /// The UI loop's first state: the address for `curl`, and the developer view open on
    /// `--explorer`.
    func prepare(_ state: inout AppState, opensExplorer: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if let baseURL { state.requestLog.baseURL = baseURL }
        if opensExplorer { state.explorer = ExplorerState() }
    }
}
