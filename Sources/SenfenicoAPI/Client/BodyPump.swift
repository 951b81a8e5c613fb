import AsyncHTTPClient
import NIOCore
import Synchronization

/// Why an answer's body was cut off before its end.
enum BodyStop: Error, Sendable {
    /// The whole exchange's deadline passed while the body was still coming.
    case deadline
    /// After the grace period, the body came slower than the minimum rate (a trickle).
    case tooSlow(bytesPerSecond: Int)
    /// More bytes than the answer size limit.
    case tooLarge(received: Int, limit: Int)
}

/// Moves an answer's body from the HTTP stack to its reader through a stream a watchdog can end.
///
/// AsyncHTTPClient's deadline stops applying once the headers arrive, and a body read cannot be
/// interrupted from outside the task reading it. So a pump task reads the body and forwards its
/// chunks, and a watchdog ends the stream with a `BodyStop` when the deadline passes, the rate
/// falls under the minimum or the size limit is passed; the pump is then cancelled, which closes
/// the connection. The reader sees the `BodyStop` as the stream's error.
///
/// The stream is unbounded, but the pump stops at the size limit, so at most `limit` bytes wait.
struct BodyPump: Sendable {
    struct Limits: Sendable {
        var deadline: ContinuousClock.Instant
        var maximumBytes: Int
        /// Under this many bytes a second on average, after `grace`, the body is a trickle.
        var minimumBytesPerSecond: Int
        var grace: Duration
    }

    static func stream(
        _ body: HTTPClientResponse.Body, limits: Limits
    ) -> (stream: AsyncThrowingStream<ByteBuffer, any Error>, stop: @Sendable () -> Void) {
        let (stream, continuation) = AsyncThrowingStream<ByteBuffer, any Error>.makeStream()
        let received = ByteCount()
        let started = ContinuousClock.now
        let pump = Task {
            do {
                for try await chunk in body {
                    let total = received.value.add(chunk.readableBytes, ordering: .relaxed).newValue
                    if total > limits.maximumBytes {
                        continuation.finish(throwing: BodyStop.tooLarge(received: total, limit: limits.maximumBytes))
                        return
                    }
                    continuation.yield(chunk)
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        let watchdog = Task {
            while !Task.isCancelled {
                let now = ContinuousClock.now
                if now >= limits.deadline {
                    continuation.finish(throwing: BodyStop.deadline)
                    break
                }
                let elapsed = now - started
                if elapsed > limits.grace {
                    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                    let rate = Int(Double(received.value.load(ordering: .relaxed)) / seconds)
                    if rate < limits.minimumBytesPerSecond {
                        continuation.finish(throwing: BodyStop.tooSlow(bytesPerSecond: rate))
                        break
                    }
                }
                try? await Task.sleep(until: min(limits.deadline, now + .milliseconds(250)), clock: .continuous)
            }
            pump.cancel()
        }
        continuation.onTermination = { _ in
            pump.cancel()
            watchdog.cancel()
        }
        return (
            stream,
            {
                pump.cancel(); watchdog.cancel()
            }
        )
    }
}

/// The bytes received so far, shared by the pump and the watchdog.
private final class ByteCount: Sendable {
    let value = Atomic<Int>(0)
}
