import Foundation

/// A stream over another that gives out at most `limit` bytes, lets the first bytes be looked at
/// before reading starts (to choose the delimiter), and knows exactly when its source has ended.
///
/// CSV.swift asks `hasBytesAvailable` before each byte and takes a read of 0 bytes after a
/// `true` answer as an error; a file or pipe stream may say `true` at its end, so this one reads
/// ahead instead of guessing. A source longer than `limit` ends early with `exceededLimit` set,
/// so a huge file or an endless pipe never grows the program's memory past the limit.
final class BoundedInputStream: InputStream {
    private let source: InputStream
    private let limit: Int
    private static let chunkSize = 64 * 1024

    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var sourceEnded = false
    private var delivered = 0
    private var status: Stream.Status = .notOpen

    /// True once the source had more than `limit` bytes.
    private(set) var exceededLimit = false
    /// The source's error, when reading it failed.
    private(set) var sourceError: (any Error)?

    init(source: InputStream, limit: Int) {
        self.source = source
        self.limit = limit
        super.init(data: Data())
    }

    /// Up to `count` first bytes, left to be read.
    func peek(upTo count: Int) -> ArraySlice<UInt8> {
        while pending.count - pendingStart < count, pull() {}
        return pending[pendingStart..<min(pending.count, pendingStart + count)]
    }

    override func open() {
        if source.streamStatus == .notOpen { source.open() }
        status = source.streamStatus == .error ? .error : .open
        if status == .error { sourceError = source.streamError }
    }

    override func close() {
        source.close()
        status = .closed
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { sourceError }

    override var hasBytesAvailable: Bool {
        if exceededLimit { return false }
        if pendingStart < pending.count { return true }
        return pull()
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        guard !exceededLimit, maxLength > 0 else { return 0 }
        if pendingStart == pending.count, !pull() { return sourceError == nil ? 0 : -1 }
        let count = min(maxLength, pending.count - pendingStart)
        guard delivered + count <= limit else {
            exceededLimit = true
            return 0
        }
        pending.withUnsafeBufferPointer { bytes in
            buffer.update(from: bytes.baseAddress! + pendingStart, count: count)
        }
        pendingStart += count
        delivered += count
        return count
    }

    /// Reads one more chunk of the source into `pending`; false at its end or on an error.
    private func pull() -> Bool {
        guard !sourceEnded else { return false }
        if source.streamStatus == .notOpen { source.open() }
        if pendingStart > 0 {
            pending.removeFirst(pendingStart)
            pendingStart = 0
        }
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        let count = chunk.withUnsafeMutableBufferPointer { source.read($0.baseAddress!, maxLength: $0.count) }
        guard count > 0 else {
            sourceEnded = true
            if count < 0 { sourceError = source.streamError ?? CocoaError(.fileReadUnknown) }
            return false
        }
        pending.append(contentsOf: chunk[..<count])
        return true
    }
}
