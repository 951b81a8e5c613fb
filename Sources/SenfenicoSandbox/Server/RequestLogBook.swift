import Foundation
import Synchronization

/// The sandbox's recent requests, and everyone following them.
///
/// A ring of the last ``capacity`` entries (a sandbox left running for days must not grow
/// without bound), handed to each follower of `GET /_sandbox/logs?follow=1` as it is added,
/// and to the printer of the standalone `senfenico sandbox`. The dashboard's embedded sandbox
/// has no printer: its screen is the terminal, and a line on it would tear the display.
public final class RequestLogBook: Sendable {
    /// What a follower receives: a request, or a nudge to write something so that a follower
    /// that went away is noticed (writing to a closed connection fails; waiting does not).
    enum Followed: Sendable {
        case entry(RequestLogEntry)
        case heartbeat
    }

    public static let defaultCapacity = 1_000
    public let capacity: Int

    private struct State {
        var ring: [RequestLogEntry] = []
        /// Where the next entry goes once the ring is full.
        var next = 0
        var followers: [Int: AsyncStream<Followed>.Continuation] = [:]
        var nextFollower = 0
        var printer: (@Sendable (RequestLogEntry) -> Void)?
        var closed = false
    }

    private let state = Mutex(State())

    public init(capacity: Int = RequestLogBook.defaultCapacity) {
        self.capacity = max(1, capacity)
    }

    /// Called with every entry as it is added (the standalone sandbox prints it); `nil` stops.
    public func setPrinter(_ printer: (@Sendable (RequestLogEntry) -> Void)?) {
        state.withLock { $0.printer = printer }
    }

    public func add(_ entry: RequestLogEntry) {
        let (printer, followers) = state.withLock { state in
            if state.ring.count < capacity {
                state.ring.append(entry)
            } else {
                state.ring[state.next] = entry
                state.next = (state.next + 1) % capacity
            }
            return (state.printer, Array(state.followers.values))
        }
        printer?(entry)
        for follower in followers { follower.yield(.entry(entry)) }
    }

    /// The entries held, oldest first.
    public var recent: [RequestLogEntry] {
        state.withLock { state in Array(state.ring[state.next...] + state.ring[..<state.next]) }
    }

    /// The entries held now and a stream of every later one, with no entry lost or doubled
    /// between the two. The stream ends at ``close()`` or when the follower stops reading it.
    func follow() -> (recent: [RequestLogEntry], stream: AsyncStream<Followed>, id: Int) {
        let (stream, continuation) = AsyncStream.makeStream(
            of: Followed.self, bufferingPolicy: .bufferingNewest(10_000))
        let (recent, id, closed) = state.withLock { state in
            let id = state.nextFollower
            state.nextFollower += 1
            if !state.closed { state.followers[id] = continuation }
            return (Array(state.ring[state.next...] + state.ring[..<state.next]), id, state.closed)
        }
        if closed { continuation.finish() }
        continuation.onTermination = { [weak self] _ in self?.unfollow(id) }
        return (recent, stream, id)
    }

    func unfollow(_ id: Int) {
        let continuation = state.withLock { $0.followers.removeValue(forKey: id) }
        continuation?.finish()
    }

    func heartbeat(_ id: Int) {
        let continuation = state.withLock { $0.followers[id] }
        continuation?.yield(.heartbeat)
    }

    /// Ends every follow stream: the server is stopping, and a follow is a request that would
    /// otherwise keep it waiting.
    public func close() {
        let followers = state.withLock { state in
            state.closed = true
            defer { state.followers = [:] }
            return Array(state.followers.values)
        }
        for follower in followers { follower.finish() }
    }

    /// How many follow streams are open; for tests.
    public var followerCount: Int { state.withLock { $0.followers.count } }
}
