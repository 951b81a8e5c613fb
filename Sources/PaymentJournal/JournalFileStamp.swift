import Foundation

/// What the journal's files look like on disk: the database and its write-ahead log, each by
/// identity, size and modification time. Any committed write, by this process or another one
/// on the same file, appends to the log or (at a checkpoint) rewrites the database, and so
/// changes the stamp. Reading it is two `stat` calls, without touching SQLite: a dashboard can
/// tell that nothing was written since it last looked before it asks anything.
public struct JournalFileStamp: Sendable, Hashable {
    struct File: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    let files: [File?]
}

extension PaymentJournal {
    /// The files' stamp now; nil when the database file cannot be looked at.
    public func fileStamp() -> JournalFileStamp? {
        let files = [path, path + "-wal"].map(Self.look)
        guard files[0] != nil else { return nil }
        return JournalFileStamp(files: files)
    }

    private static func look(_ file: String) -> JournalFileStamp.File? {
        var information = stat()
        guard stat(file, &information) == 0 else { return nil }
        return JournalFileStamp.File(
            device: UInt64(information.st_dev), inode: UInt64(information.st_ino), size: Int64(information.st_size),
            modifiedSeconds: information.st_mtim.tv_sec, modifiedNanoseconds: information.st_mtim.tv_nsec)
    }
}
