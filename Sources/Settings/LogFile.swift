import Foundation
import Localization
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open log file that every logger of the process appends to, one whole line at a time.
public final class LogFile: Sendable {
    public struct OpenFailure: Error, Equatable {
        public var path: String
        public var detail: String
    }

    public let path: String
    private let descriptor: Int32
    /// Lines from several threads must not interleave.
    private let lock = Mutex(())

    /// Opens `path` for appending, creating it private (0600) and its directory (0700) when
    /// missing: log lines carry payment references and phone numbers.
    public init(path: String) throws(OpenFailure) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw OpenFailure(path: path, detail: Self.reason(error))
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw OpenFailure(path: path, detail: SmallFile.systemReason(errno)) }
        Self.makePrivate(descriptor)
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Writes failing (disk full...) are dropped: logging must never stop the dashboard.
    func append(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        let descriptor = self.descriptor
        lock.withLock { _ in
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// An existing log left readable by others is tightened; a device (`/dev/null`) or a pipe
    /// the user chose is left alone.
    private static func makePrivate(_ descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o077 != 0 else {
            return
        }
        _ = fchmod(descriptor, 0o600)
    }

    private static func reason(_ error: any Error) -> String {
        SystemErrorText.reason(error).text(in: Language.fromEnvironment())
    }
}
