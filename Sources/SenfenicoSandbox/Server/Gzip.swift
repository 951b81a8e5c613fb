import CompressNIO
import Foundation
import Hummingbird

/// gzip for answers to clients that send `Accept-Encoding: gzip`.
enum Gzip {
    /// Level 1: a 58 MB charge list compresses about tenfold at this level, several times faster
    /// than at the default level, and the sandbox runs on loopback where bytes are cheap.
    static func compress(_ buffer: ByteBuffer) -> ByteBuffer {
        var input = buffer
        do {
            return try input.compress(with: .gzip(configuration: .init(compressionLevel: .fastestCompression)))
        } catch {
            // zlib only fails here on a programming error (bad parameters or no memory).
            preconditionFailure("gzip failed: \(error)")
        }
    }

    /// For tests: the inverse.
    static func decompress(_ buffer: ByteBuffer) throws -> ByteBuffer {
        var input = buffer
        return try input.decompress(with: .gzip())
    }

    /// Whether an `Accept-Encoding` value accepts gzip (`gzip`, `gzip;q=0.5`, `*`), and does
    /// not refuse it with `q=0`.
    static func isAccepted(by acceptEncoding: String?) -> Bool {
        guard let acceptEncoding else { return false }
        for item in acceptEncoding.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first, coding == "gzip" || coding == "x-gzip" || coding == "*" else { continue }
            let refused = parts.dropFirst().contains { parameter in
                guard parameter.hasPrefix("q=") else { return false }
                return Double(parameter.dropFirst(2)) == 0
            }
            return !refused
        }
        return false
    }
}
