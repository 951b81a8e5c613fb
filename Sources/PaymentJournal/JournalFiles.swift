import Foundation
import Localization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the journal lives and how its file is made: private to the cashier's account, since it
/// holds customers' phone numbers and amounts.
enum JournalFiles {
    /// `$XDG_DATA_HOME/senfenico/journal.sqlite`, else `$HOME/.local/share/senfenico/journal.sqlite`:
    /// the journal is data (worth a backup), not state like the log.
    static func defaultPath(environment: [String: String]) -> String {
        // The XDG specification says a relative value is invalid and must be ignored.
        if let base = environment["XDG_DATA_HOME"], base.hasPrefix("/") {
            return base + "/senfenico/journal.sqlite"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/senfenico/journal.sqlite"
    }

    /// Creates the missing folders (0700) and the file (0600) before SQLite opens it: SQLite
    /// would create it with the umask's mode, and gives its `-wal` and `-shm` files the mode
    /// of the database file. An existing folder or file is left as it is.
    static func createPrivately(_ path: String) throws(JournalError) {
        var folder = path.hasPrefix("/") ? "" : "."
        // Each ancestor in turn, so a failure names the system's reason (`mkdir` and `open`
        // report errno; Foundation's wrapping loses it on Linux).
        for component in (path as NSString).deletingLastPathComponent.split(separator: "/") {
            folder += "/" + component
            var status = stat()
            guard stat(folder, &status) != 0 else { continue }
            if mkdir(folder, 0o700) != 0 && errno != EEXIST {
                throw .cannotOpen(path: path, detail: systemReason(errno))
            }
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, detail: systemReason(errno)) }
        close(descriptor)
    }

    /// The machine's name, or nil when it has none: it tells tills apart in merged exports.
    static func hostName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return nil }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? nil : name
    }

    /// In the locale's language (the system's own text is English only).
    static func systemReason(_ code: Int32) -> String {
        SystemErrorText.text(errno: code)
    }
}
