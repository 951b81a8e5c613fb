import DashboardCore
import Foundation
import SenfenicoAPI
import Synchronization

/// Carries the client's exchanges to the UI loop, numbered in the order they finished. The
/// client calls `record` from whichever task made the request; the UI loop connects its inbox
/// when it starts, and whatever came before (at most a log's worth) is handed over then.
public final class RequestLogFeed: Sendable {
    private struct Feed {
        var inbox: ActionInbox?
        var waiting: [LoggedExchange] = []
        var sequence = 0
        var baseURL: String?
        var sandboxKey: String?
    }

    private let feed = Mutex(Feed())

    public init() {}

    /// For the client's observer: any thread.
    public func record(_ exchange: Exchange) {
        feed.withLock { feed in
            feed.sequence += 1
            let entry = LoggedExchange(sequence: feed.sequence, finishedAt: .now(), exchange: exchange)
            if let inbox = feed.inbox {
                inbox.post(.exchangeRecorded(entry))
            } else {
                feed.waiting.append(entry)
                if feed.waiting.count > RequestLog.capacity {
                    feed.waiting.removeFirst(feed.waiting.count - RequestLog.capacity)
                }
            }
        }
    }

    /// From now on every exchange goes to `inbox`, the waiting ones first. `client` tells the
    /// address the `curl` commands use.
    func connect(_ inbox: ActionInbox, client: SenfenicoClient) {
        let baseURL = (try? client.configuration.validatedBaseURL()) ?? client.configuration.baseURL
        feed.withLock { feed in
            feed.inbox = inbox
            feed.baseURL = baseURL
            for entry in feed.waiting { inbox.post(.exchangeRecorded(entry)) }
            feed.waiting = []
        }
    }

    /// On the embedded sandbox: its key, which is public (any test key works there, on this
    /// machine only), goes into the `curl` commands `y` copies, so they run as is. A key that is
    /// not a test key is refused.
    public func useSandboxKey(_ key: String) {
        guard SandboxKey(key) != nil else { return }
        feed.withLock { $0.sandboxKey = key }
    }

    /// The key a copied command may carry whole: the embedded sandbox's, in sandbox mode only.
    func publicKey(in mode: DashboardMode) -> String? {
        mode == .sandbox ? feed.withLock { $0.sandboxKey } : nil
    }

    /// The UI loop's first state: the address for `curl`, the embedded sandbox's key, and the
    /// developer view open on `--explorer`.
    func prepare(_ state: inout AppState, opensExplorer: Bool) {
        if let baseURL = feed.withLock({ $0.baseURL }) { state.requestLog.baseURL = baseURL }
        state.requestLog.sandboxKey = publicKey(in: state.mode).flatMap(SandboxKey.init)
        if opensExplorer { state.explorer = ExplorerState() }
    }
}
