import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a file holding the API key is private to its owner.
enum FilePermissions {
    /// Group or others may read or write it (mode & 077): they could take the key, or replace
    /// it with theirs and watch where the money goes. A file that cannot be examined says nothing.
    static func looseWarning(for path: String) -> SettingsWarning? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & 0o077 != 0 else { return nil }
        return .loosePermissions(file: path)
    }
}
