import Foundation
import Localization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a short text file (configuration, API key) with the system's reason when it fails,
/// so a missing file can be told from an unreadable one.
enum SmallFile {
    enum Failure: Error, Equatable {
        case missing
        case unreadable(detail: String)
    }

    /// Larger than any sensible configuration; keeps a wrong path (a disk image...) from being read whole.
    static let maximumBytes = 1 << 20

    static func contents(of path: String) throws(Failure) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? .missing : .unreadable(detail: systemReason(errno))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(detail: systemReason(errno)) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw .unreadable(detail: systemReason(EISDIR)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(detail: systemReason(errno))
            }
            bytes += chunk[..<count]
            guard bytes.count <= maximumBytes else { throw .unreadable(detail: systemReason(EFBIG)) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// In the locale's language (the system's own text is English only).
    static func systemReason(_ code: Int32) -> String {
        SystemErrorText.text(errno: code)
    }
}
