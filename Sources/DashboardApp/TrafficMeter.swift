import Synchronization

/// Adds up the bytes of the answers the client received, from whichever task got them; the UI
/// thread reads the total once a second.
public final class TrafficMeter: Sendable {
    private let total = Atomic<Int64>(0)

    public init() {}

    public func add(_ bytes: Int) {
        total.add(Int64(bytes), ordering: .relaxed)
    }

    public var bytes: Int64 { total.load(ordering: .relaxed) }
}
