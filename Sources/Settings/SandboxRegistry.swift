import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A sandbox running on this machine, as it announced itself.
public struct SandboxRecord: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// `senfenico sandbox`.
        case standalone
        /// The dashboard's own, when it runs without an API key.
        case embedded
    }

    /// `http://127.0.0.1:<port>`.
    public var url: String
    public var pid: Int32
    public var kind: Kind
    /// The test key to use with it when that key is public (the embedded sandbox's, whose
    /// account the dashboard shows); `nil` otherwise: a key chosen by the user is a secret and
    /// is never written down here.
    public var key: String?
    /// Seconds since 1970, to pick the newest.
    public var started: Double

    public init(url: String, pid: Int32, kind: Kind, key: String?, started: Double = Date().timeIntervalSince1970) {
        self.url = url
        self.pid = pid
        self.kind = kind
        self.key = key
        self.started = started
    }
}

/// Where running sandboxes say where they are, so that `senfenico logs tail`, `trigger` and
/// `sandbox advance` find one without being told its port.
///
/// One file per sandbox, named by its process id, in `$XDG_RUNTIME_DIR/senfenico/sandboxes`
/// (a directory the system empties at logout, as these files mean nothing after a reboot),
/// else `$XDG_STATE_HOME/senfenico/sandboxes` (`~/.local/state/...`). Files are 0600 in a 0700
/// directory. A file whose process is gone (a crash, `kill -9`) is removed by the next reader.
public enum SandboxRegistry {
    public static func directory(environment: [String: String]) -> String {
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
            return runtime + "/senfenico/sandboxes"
        }
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? SettingsPaths.home(environment) + "/.local/state"
        return state + "/senfenico/sandboxes"
    }

    /// Writes the record of this process's sandbox; returns the file's path, or `nil` when it
    /// cannot be written (the sandbox runs anyway; it just cannot be found without its URL).
    @discardableResult
    public static func register(_ record: SandboxRecord, environment: [String: String]) -> String? {
        let folder = directory(environment: environment)
        guard makePrivateDirectory(folder), let data = try? JSONEncoder().encode(record) else { return nil }
        let path = folder + "/\(record.pid).json"
        let temporary = path + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        fchmod(descriptor, 0o600)
        close(descriptor)
        // Renamed into place, so a reader never sees half a record.
        guard written == data.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            return nil
        }
        return path
    }

    /// Removes the record of the sandbox of process `pid` (this one's, at exit).
    public static func remove(pid: Int32 = getpid(), environment: [String: String]) {
        unlink(directory(environment: environment) + "/\(pid).json")
    }

    /// The sandboxes running now, newest first. Records of dead processes are removed.
    public static func running(environment: [String: String]) -> [SandboxRecord] {
        let folder = directory(environment: environment)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var records: [SandboxRecord] = []
        for name in names where name.hasSuffix(".json") {
            let path = folder + "/" + name
            guard let text = try? SmallFile.contents(of: path),
                let record = try? JSONDecoder().decode(SandboxRecord.self, from: Data(text.utf8))
            else { continue }
            if isAlive(record.pid) {
                records.append(record)
            } else {
                unlink(path)
            }
        }
        return records.sorted { $0.started > $1.started }
    }

    /// The newest running sandbox, if any.
    public static func newest(environment: [String: String]) -> SandboxRecord? {
        running(environment: environment).first
    }

    /// `kill(pid, 0)`: no signal is sent; it only says whether the process exists. `EPERM`
    /// means it exists under another user.
    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    private static func makePrivateDirectory(_ path: String) -> Bool {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return false
        }
        return true
    }
}
