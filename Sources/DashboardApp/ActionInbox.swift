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
    /// A pipe whose read end the UI loop waits on beside the terminal: a post writes a byte,
    /// so the loop sleeps until a key, a post or its own deadline, and never polls.
    private let wakePipe: (read: Int32, write: Int32)

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        }
        wakePipe = (ends[0], ends[1])
    }

    deinit {
        if wakePipe.read >= 0 { close(wakePipe.read) }
        if wakePipe.write >= 0 { close(wakePipe.write) }
    }

    /// What the UI loop waits on for posts; -1 when no pipe could be made (it then wakes on
    /// its deadline only).
    var wakeDescriptor: Int32 { wakePipe.read }

    func post(_ action: Action) {
        contents.withLock { $0.actions.append(action) }
        wake()
    }

    /// Asks the UI loop to leave as soon as it wakes, as after `q`.
    func requestStop(signal: Int32) {
        contents.withLock { if $0.stopSignal == nil { $0.stopSignal = signal } }
        wake()
    }

    /// Everything posted so far, oldest first, and the signal that asked to stop, if any.
    func drain() -> (actions: [Action], stopSignal: Int32?) {
        // Emptied first: a post after this read writes a new byte, so none is slept through.
        if wakePipe.read >= 0 {
            var buffer = [UInt8](repeating: 0, count: 256)
            while read(wakePipe.read, &buffer, buffer.count) > 0 {}
        }
        return contents.withLock { contents in
            let result = (contents.actions, contents.stopSignal)
            contents.actions = []
            return result
        }
    }

    /// One byte is enough; a full pipe (the loop is already due to wake) is fine.
    private func wake() {
        guard wakePipe.write >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)
    }
}
