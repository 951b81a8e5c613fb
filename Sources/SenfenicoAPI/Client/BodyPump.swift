import AsyncHTTPClient
import NIOCore
import NIOPosix
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
/// The pump waits while more than `Limits.bytesAhead` bytes are read but not yet taken by the
/// reader (`InFlightGate`): a reader slower than loopback (decoding 100 000 charges) would
/// otherwise have the whole body, tens of megabytes, wait in memory beside what it decodes.
struct BodyPump: Sendable {
    struct Limits: Sendable {
        var deadline: ContinuousClock.Instant
        var maximumBytes: Int
        /// Under this many bytes a second on average, after `grace`, the body is a trickle.
        var minimumBytesPerSecond: Int
        var grace: Duration
        /// Bytes read ahead of the reader before the pump waits for it.
        var bytesAhead = 1 << 20
    }

    static func stream(
        _ body: HTTPClientResponse.Body, limits: Limits
    ) -> (stream: PumpedBody, stop: @Sendable () -> Void) {
        let (stream, continuation) = AsyncThrowingStream<ByteBuffer, any Error>.makeStream()
        let gate = InFlightGate(limit: limits.bytesAhead)
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
                    let size = chunk.readableBytes
                    continuation.yield(chunk)
                    await gate.added(size)
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        // On an event loop's timer, not a sleeping task: an answer of a few bytes is read long
        // before the first check, which is then cancelled without ever waking a thread.
        let watchdog = Watchdog(on: MultiThreadedEventLoopGroup.singleton.any()) {
            let now = ContinuousClock.now
            if now >= limits.deadline {
                continuation.finish(throwing: BodyStop.deadline)
                pump.cancel()
                return nil
            }
            let elapsed = now - started
            if elapsed > limits.grace {
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                let rate = Int(Double(received.value.load(ordering: .relaxed)) / seconds)
                if rate < limits.minimumBytesPerSecond {
                    continuation.finish(throwing: BodyStop.tooSlow(bytesPerSecond: rate))
                    pump.cancel()
                    return nil
                }
            }
            return min(limits.deadline, now + .milliseconds(250))
        }
        watchdog.start(at: min(limits.deadline, started + .milliseconds(250)))
        continuation.onTermination = { _ in
            pump.cancel()
            watchdog.cancel()
            gate.open()
        }
        return (
            PumpedBody(chunks: stream, gate: gate),
            {
                pump.cancel(); watchdog.cancel(); gate.open()
            }
        )
    }
}

/// Runs `check` at the instant it last asked for, on an event loop, until it returns nil or
/// the watchdog is cancelled.
private final class Watchdog: Sendable {
    private let loop: any EventLoop
    private let check: @Sendable () -> ContinuousClock.Instant?
    private let scheduled = Mutex<(task: Scheduled<Void>?, cancelled: Bool)>((nil, false))

    init(on loop: any EventLoop, check: @escaping @Sendable () -> ContinuousClock.Instant?) {
        self.loop = loop
        self.check = check
    }

    func start(at instant: ContinuousClock.Instant) {
        let delay = ContinuousClock.now.duration(to: instant)
        let nanoseconds = max(
            0, delay.components.seconds * 1_000_000_000 + delay.components.attoseconds / 1_000_000_000)
        scheduled.withLock { state in
            guard !state.cancelled else { return }
            state.task = loop.scheduleTask(in: .nanoseconds(nanoseconds)) { [self] in
                if let next = check() { start(at: next) }
            }
        }
    }

    func cancel() {
        scheduled.withLock { state in
            state.cancelled = true
            state.task?.cancel()
            state.task = nil
        }
    }
}

/// The bytes received so far, shared by the pump and the watchdog.
private final class ByteCount: Sendable {
    let value = Atomic<Int>(0)
}

/// An answer's body as its reader takes it: each chunk taken tells the pump's gate.
struct PumpedBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let chunks: AsyncThrowingStream<ByteBuffer, any Error>
    let gate: InFlightGate

    struct AsyncIterator: AsyncIteratorProtocol {
        var chunks: AsyncThrowingStream<ByteBuffer, any Error>.AsyncIterator
        let gate: InFlightGate

        mutating func next() async throws -> ByteBuffer? {
            let chunk = try await chunks.next()
            if let chunk { gate.taken(chunk.readableBytes) }
            return chunk
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(chunks: chunks.makeAsyncIterator(), gate: gate)
    }
}

/// Bytes the pump has passed on that the reader has not taken yet. The pump waits while they
/// are over the limit, until the reader takes enough or the body ends (`open`: then it never
/// waits again, so a pump cancelled or left behind is never stuck).
final class InFlightGate: Sendable {
    private struct State {
        var bytes = 0
        var isOpen = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// The pump passed `count` bytes on: waits while too many are waiting for the reader.
    func added(_ count: Int) async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let waitsNow = state.withLock { state in
                    state.bytes += count
                    guard !state.isOpen, state.bytes > limit else { return false }
                    state.waiter = continuation
                    return true
                }
                if !waitsNow { continuation.resume() }
            }
        } onCancel: {
            open()
        }
    }

    /// The reader took `count` bytes: the pump goes on once half the limit is left.
    func taken(_ count: Int) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.bytes -= count
            guard state.bytes <= limit / 2 else { return nil }
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    func open() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.isOpen = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }
}
