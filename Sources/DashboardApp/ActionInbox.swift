import DashboardCore
import Foundation

/// Where effect tasks and signal handlers leave work for the UI thread, which drains it
/// between two key reads. A lock rather than an actor: the UI thread is a plain thread that
/// must never wait on the async world.
final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []
    private var stopSignal: Int32?

    func post(_ action: Action) {
        lock.lock()
        defer { lock.unlock() }
        actions.append(action)
    }

    /// Asks the UI loop to leave as soon as it wakes, as after `q`.
    func requestStop(signal: Int32) {
        lock.lock()
        defer { lock.unlock() }
        if stopSignal == nil { stopSignal = signal }
    }

    /// Everything posted so far, oldest first, and the signal that asked to stop, if any.
    func drain() -> (actions: [Action], stopSignal: Int32?) {
        lock.lock()
        defer { lock.unlock() }
        let result = (actions, stopSignal)
        actions = []
        return result
    }
}
