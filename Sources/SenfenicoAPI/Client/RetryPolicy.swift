import Foundation

/// When and how long to wait before repeating a read.
///
/// Reads only: `Operation.isSafeToRetry` decides, and a request that moves money is never
/// repeated here. Retries happen on transport failures, 5xx answers and rate limiting (HTTP 429
/// or `RATE_LIMIT_EXCEEDED`), at most `maximumRetries` times, with exponential backoff, full
/// jitter (so many terminals do not retry in step), a cap, and `Retry-After` honoured.
public struct RetryPolicy: Sendable {
    public var maximumRetries: Int
    public var baseDelay: Duration
    public var maximumDelay: Duration
    /// A `Retry-After` longer than this is not waited for: the error is returned instead.
    public var maximumRetryAfter: Duration
    /// Waits; replaced in tests so that no test sleeps for real.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// Returns a number in 0..<1; replaced in tests for exact delays.
    public var random: @Sendable () -> Double

    public init(
        maximumRetries: Int = 2,
        baseDelay: Duration = .milliseconds(500),
        maximumDelay: Duration = .seconds(8),
        maximumRetryAfter: Duration = .seconds(30),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maximumRetries = maximumRetries
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.maximumRetryAfter = maximumRetryAfter
        self.sleep = sleep
        self.random = random
    }

    public static let standard = RetryPolicy()
    public static let never = RetryPolicy(maximumRetries: 0)

    /// The wait before retry number `retry` (1-based): a random point between half and all of
    /// `base × 2^(retry-1)`, capped; never less than the server's `Retry-After`.
    public func delay(beforeRetry retry: Int, retryAfter: Duration?) -> Duration {
        let exponential = baseDelay * (1 << min(max(retry - 1, 0), 20))
        let capped = min(exponential, maximumDelay)
        let jittered = capped * (0.5 + 0.5 * random())
        guard let retryAfter else { return jittered }
        return max(jittered, retryAfter)
    }
}

extension RetryPolicy {
    /// `Retry-After` as seconds (`"2"`) or an HTTP date; `nil` when absent or unreadable.
    static func parseRetryAfter(_ value: String?, now: () -> Timestamp = Timestamp.now) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return .seconds(max(0, seconds)) }
        guard let date = HTTPDate.parse(value) else { return nil }
        let micros = date.microsecondsSinceEpoch - now().microsecondsSinceEpoch
        return .microseconds(max(0, micros))
    }
}
