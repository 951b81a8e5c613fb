import DashboardCore
import Foundation
import Synchronization

/// Where effect tasks and signal handlers leave work for the UI thread, which drains it
/// between two key reads. A lock rather than an actor: the UI thread is a plain thread that
/// must never wait on the async world.
final class ActionInbox: Sendable {
    private struct Contents {
        var actions: [Action] = []
        var stopSignal: Int32?
    }

    private let contents = Mutex(Contents())

    func post(_ action: Action) {
        contents.withLock { $0.actions.append(action) }
    }

    /// Asks the UI loop to leave as soon as it wakes, as after `q`.
    func requestStop(signal: Int32) {
        contents.withLock { if $0.stopSignal == nil { $0.stopSignal = signal } }
    }

    /// Everything posted so far, oldest first, and the signal that asked to stop, if any.
    func drain() -> (actions: [Action], stopSignal: Int32?) {
        contents.withLock { contents in
            let result = (contents.actions, contents.stopSignal)
            contents.actions = []
            return result
        }
    }
}
