import SenfenicoAPI

/// The last `capacity` samples of a balance, oldest first: memory stays flat when the
/// dashboard is left open all day.
public struct BoundedHistory: Sendable, Hashable {
    public let capacity: Int
    private var storage: [Money] = []
    private var start = 0

    public init(capacity: Int = 120) {
        self.capacity = max(1, capacity)
    }

    public mutating func append(_ value: Money) {
        if storage.count < capacity {
            storage.append(value)
        } else {
            storage[start] = value
            start = (start + 1) % capacity
        }
    }

    public var samples: [Money] { Array(storage[start...] + storage[..<start]) }
    public var count: Int { storage.count }
}

extension Balances {
    /// The amount a series tracks.
    public func value(of series: BalanceSeries) -> Money {
        switch series {
        case .collectionAvailable: collection.available
        case .collectionPending: collection.pending
        case .transferTotal: transfer.totalAvailable
        case .orange: transfer.orange.available
        case .moov: transfer.moov.available
        case .sank: transfer.sank.available
        }
    }
}
