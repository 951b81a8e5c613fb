import Foundation
import Localization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file readable by its owner only (an export holds customers' phone numbers), whole
/// or not at all: the text goes to a temporary file beside it, synced, then renamed over it, so
/// a crash mid-write never leaves half a day's export. Missing folders are made 0700.
///
/// Every file the program writes with customers' data goes through here (`CSVFile.write`): the day's export
/// (`journal export --output`, `e`/F9), bulk results and transfer results.
public enum PrivateFile {
    public static func save(_ bytes: [UInt8], to path: String) throws(PrivateFileError) {
        let directory = (path as NSString).deletingLastPathComponent
        try createFolders(directory, for: path)
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, detail: systemReason(errno)) }
        var failure: Int32?
        var written = 0
        while failure == nil, written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 {
                written += count
            } else if errno != EINTR {
                failure = errno
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, detail: systemReason(failure))
        }
        // The rename is durable once the folder itself is synced.
        let folder = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// In the locale's language (the system's own text is English only).
    static func systemReason(_ code: Int32) -> String { SystemErrorText.text(errno: code) }

    /// Makes each missing folder of `directory` with mode 0700; existing ones are left as they are.
    static func createFolders(_ directory: String, for path: String) throws(PrivateFileError) {
        guard !directory.isEmpty else { return }
        var folder = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            folder += "/" + component
            var status = stat()
            guard stat(folder, &status) != 0 else { continue }
            if mkdir(folder, 0o700) != 0 && errno != EEXIST {
                throw .cannotWrite(path: path, detail: systemReason(errno))
            }
        }
    }
}

/// A private file that could not be written, and the system's reason.
public struct PrivateFileError: Error, Sendable, Hashable {
    public let path: String
    public let detail: String

    public static func cannotWrite(path: String, detail: String) -> PrivateFileError {
        PrivateFileError(path: path, detail: detail)
    }
}

/// Writes a CSV file: its text as UTF-8, through `PrivateFile` (0600 in 0700 folders, synced,
/// whole or not at all). The one writer of every CSV the program makes.
public enum CSVFile {
    public static func write(_ text: String, toFile path: String) throws(PrivateFileError) {
        try PrivateFile.save(Array(text.utf8), to: path)
    }
}
