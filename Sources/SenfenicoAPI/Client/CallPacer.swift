/// Keeps calls under a rate: at most `limit` calls in any window of `window`, as the server
/// counts them.
///
/// Senfenico refuses more than five bulk-transfer calls per second with `RATE_LIMIT_EXCEEDED`.
/// The server counts arrivals, which the client cannot see; but a call arrives before its
/// answer comes back. So a call holds its slot from the moment it starts until one window
/// after its answer: a new call then starts a full window after the server saw the one whose
/// slot it takes, whatever the network delays were. A 250-row CSV goes through without one
/// refusal.
public actor CallPacer {
    private let limit: Int
    private let window: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let sleep: @Sendable (Duration) async throws -> Void
    /// One entry per slot in use: `nil` while the call runs, then the instant its answer came.
    private var slots: [Int: ContinuousClock.Instant?] = [:]
    private var nextID = 0

    public init(
        limit: Int, window: Duration = .milliseconds(1_010),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.limit = max(1, limit)
        self.window = window
        self.now = now
        self.sleep = sleep
    }

    /// Waits for a free slot, runs `call`, and keeps the slot for one window after it ends.
    public func paced<Result: Sendable>(
        _ call: @Sendable () async throws -> Result
    ) async throws -> Result {
        let id = try await acquire()
        defer { slots[id] = .some(now()) }
        return try await call()
    }

    private func acquire() async throws -> Int {
        while true {
            let current = now()
            slots = slots.filter { _, finished in finished.map { current - $0 < window } ?? true }
            if slots.count < limit {
                nextID += 1
                slots[nextID] = .some(nil)
                return nextID
            }
            // Wait for the earliest finished slot to expire, or briefly if all are still running.
            let earliest = slots.values.compactMap { $0 }.min()
            try await sleep(earliest.map { window - (current - $0) } ?? .milliseconds(20))
        }
    }
}
