import Foundation
import SenfenicoAPI
import Synchronization

/// Where the sandbox reads the time. Every simulated state change (an OTP expiring, a
/// transfer completing, a settlement moving on) is computed from timestamps against this
/// clock when an account is next read, so a test can move time instead of sleeping.
public struct SandboxClock: Sendable {
    private let read: @Sendable () -> Timestamp

    public init(_ read: @escaping @Sendable () -> Timestamp) {
        self.read = read
    }

    /// The machine's clock.
    public static let system = SandboxClock { Timestamp.now() }

    public func now() -> Timestamp { read() }
}

/// A clock that moves only when told to; for tests.
///
/// ```swift
/// let clock = ManualClock(start: Timestamp(iso8601: "2024-08-18T12:00:00Z")!)
/// var options = SandboxOptions(port: 0)
/// options.clock = clock.sandboxClock
/// clock.advance(seconds: 301)   // the OTP of a charge created before is now expired
/// ```
public final class ManualClock: Sendable {
    private let time: Mutex<Timestamp>

    public init(start: Timestamp = .now()) {
        time = Mutex(start)
    }

    public var now: Timestamp { time.withLock { $0 } }

    public func advance(seconds: Double) {
        time.withLock { $0 = $0.adding(seconds: seconds) }
    }

    public func set(_ timestamp: Timestamp) {
        time.withLock { $0 = timestamp }
    }

    public var sandboxClock: SandboxClock {
        SandboxClock { [self] in now }
    }
}
