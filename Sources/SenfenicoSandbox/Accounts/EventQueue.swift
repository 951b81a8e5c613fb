import SenfenicoAPI

/// Something the simulation will do at a given sandbox time.
///
/// There are no timers: the account applies every event that has come due whenever it is
/// next read, at the event's own time, so answers are the same as if the event had happened
/// on time, and a test can move a ``ManualClock`` instead of sleeping.
struct ScheduledEvent: Sendable {
    enum Action: Sendable {
        /// Collected money (amount − fee) moves from collection `pending` to `available`.
        case collectionSettles(Money)
        /// A pay_offline charge completes on the customer's phone.
        case offlineChargeCompletes(reference: String)
        /// A pending transfer reaches the recipient, or fails.
        case transferCompletes(reference: String)
        /// A settlement moves on: processing → in_transit → success.
        case settlementAdvances(reference: String)
    }

    var due: Timestamp
    var sequence: Int
    var action: Action
}

/// Events in due order; equal times keep the order they were scheduled in.
struct EventQueue: Sendable {
    private var events: [ScheduledEvent] = []
    private var nextSequence = 0

    mutating func schedule(_ action: ScheduledEvent.Action, at due: Timestamp) {
        let event = ScheduledEvent(due: due, sequence: nextSequence, action: action)
        nextSequence += 1
        // Binary search for the first event due strictly later.
        var low = 0
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].due <= due { low = middle + 1 } else { high = middle }
        }
        events.insert(event, at: low)
    }

    /// Removes and returns the earliest event due at or before `now`.
    mutating func popDue(now: Timestamp) -> ScheduledEvent? {
        guard let first = events.first, first.due <= now else { return nil }
        return events.removeFirst()
    }

    var isEmpty: Bool { events.isEmpty }
}
