import NIOCore
import NIOPosix
import Synchronization

/// Where the dashboard's tasks run. A refresh is a few small tasks every few seconds: on
/// Swift's default pool each one woke a libdispatch worker thread, which ends after five idle
/// seconds (a refresh interval), so every refresh also created and ended threads, and the
/// request and its answer hopped between those threads and the NIO event loops doing the I/O.
/// Run on NIO's own event loops instead (SwiftNIO's documented take-over of the global
/// executor), the same two long-lived threads do the I/O and the work around it.
public enum TaskThreads {
    private static let shared = Atomic<Bool>(false)

    /// Called once, before the dashboard starts its tasks; a second call does nothing.
    public static func shareEventLoops() {
        guard shared.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
