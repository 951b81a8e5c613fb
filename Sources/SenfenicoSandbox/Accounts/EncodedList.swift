import Foundation
import Hummingbird
import SenfenicoAPI
import Synchronization

/// One version of a list answer, encoded once and shared by every request for that version.
///
/// A list of 100 000 seeded charges is about 58 MB of JSON; encoding it on every poll would
/// dominate the sandbox's time, so the account keeps the encoded body (and its gzip form,
/// made on first demand) until the list changes. Encoding runs off the account's actor, so
/// the account keeps answering while a big list is being written.
final class EncodedList: Sendable {
    let etag: String
    private let plain: Task<ByteBuffer, Never>
    private let compressed = Mutex<Task<ByteBuffer, Never>?>(nil)

    init(etag: String, encode: @escaping @Sendable () async -> ByteBuffer) {
        self.etag = etag
        plain = Task.detached { await encode() }
    }

    var body: ByteBuffer {
        get async { await plain.value }
    }

    var gzipped: ByteBuffer {
        get async {
            let task = compressed.withLock { task in
                if let task { return task }
                let made = Task.detached { [plain] in Gzip.compress(await plain.value) }
                task = made
                return made
            }
            return await task.value
        }
    }
}

/// Writes list envelopes from chunks of rows encoded once.
///
/// Rows are kept oldest first (they are appended as they happen) and cut into fixed chunks
/// by position. A change to a row re-encodes only its chunk, so a new charge on top of
/// 100 000 seeded ones costs one chunk plus a copy of the bytes, not 58 MB of JSON writing.
/// Chunks are encoded in parallel, each by its own task.
enum ListEncoder {
    static let chunkSize = 2_048

    /// The rows of one chunk, newest first, comma-separated.
    static func encodeChunk<Row>(_ rows: ArraySlice<Row>, write: (Row, inout JSONWriter) -> Void) -> [UInt8] {
        var json = JSONWriter(reservingCapacity: rows.count * 600)
        // Top-level values written one after another come out comma-separated.
        for row in rows.reversed() { write(row, &json) }
        return json.bytes
    }

    /// `{"status":true,"message":...,"data":[...]}` from chunks given newest first.
    static func assemble(message: String, chunks: [[UInt8]]) -> ByteBuffer {
        var messageWriter = JSONWriter()
        messageWriter.string(message)
        let prefix = Array("{\"status\":true,\"message\":".utf8) + messageWriter.bytes + Array(",\"data\":[".utf8)
        let suffix = Array("]}".utf8)
        let total = prefix.count + suffix.count + chunks.reduce(0) { $0 + $1.count + 1 }
        var buffer = ByteBufferAllocator().buffer(capacity: total)
        buffer.writeBytes(prefix)
        var first = true
        for chunk in chunks where !chunk.isEmpty {
            if !first { buffer.writeInteger(UInt8(ascii: ",")) }
            buffer.writeBytes(chunk)
            first = false
        }
        buffer.writeBytes(suffix)
        return buffer
    }
}
