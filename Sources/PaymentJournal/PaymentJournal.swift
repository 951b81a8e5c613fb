import Foundation
internal import GRDB
import SenfenicoAPI

/// The local record of every charge this terminal starts, kept in SQLite.
///
/// A charge is written here before its request is sent, and every stage it reaches is written
/// before the terminal acts on it, each in its own committed transaction: a process killed at
/// any moment, or a power cut, leaves the journal saying what may have happened, so the next
/// start can reconcile instead of losing or repeating a payment.
///
/// Every method blocks on the disk (one fsync per write): call it off the UI thread. Several
/// processes may use the same file at once (the dashboard and `senfenico journal`).
public final class PaymentJournal: Sendable {
    public let path: String
    /// Stamped on every entry begun through this journal.
    public let terminal: String?
    /// Stamped on every entry begun through this journal: the account the caller points at.
    public let account: JournalAccount
    /// What the listings, totals and the attention count cover: `account` unless told otherwise.
    public let scope: JournalScope
    let database: DatabaseQueue

    /// Opens the journal at `path`, creating it (folders 0700, file 0600) and bringing its schema
    /// up to date.
    ///
    /// - Parameters:
    ///   - account: the account new entries are taken with; listings show its entries only.
    ///   - allAccounts: listings show every account's entries (reading only: `--all-accounts`).
    public init(
        path: String, terminal: String? = PaymentJournal.hostName(), account: JournalAccount = .sandbox,
        allAccounts: Bool = false
    ) throws(JournalError) {
        self.path = path
        self.terminal = terminal
        self.account = account
        self.scope = allAccounts ? .allAccounts : .account(account)
        try JournalFiles.createPrivately(path)
        do {
            database = try DatabaseQueue(path: path, configuration: Self.configuration)
            // GRDB sets `synchronous = NORMAL` when it turns WAL on, after `prepareDatabase`, so
            // FULL is set here, on the one connection that writes. NORMAL with WAL survives a
            // killed process but may drop the last commits on a power cut, and counters in
            // Burkina Faso lose power often; FULL costs one fsync per commit, a few per payment.
            try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            let migrator = JournalSchema.migrator
            let newer = try database.read { db in try migrator.hasBeenSuperseded(db) }
            guard !newer else { throw JournalError.newerVersion(path: path) }
            try migrator.migrate(database)
        } catch let error as JournalError {
            throw error
        } catch {
            throw .cannotOpen(path: path, detail: Self.reason(error))
        }
    }

    /// `$XDG_DATA_HOME/senfenico/journal.sqlite`, else `$HOME/.local/share/senfenico/journal.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        JournalFiles.defaultPath(environment: environment)
    }

    /// This machine's host name, the default `terminal`.
    public static func hostName() -> String? { JournalFiles.hostName() }

    private static var configuration: Configuration {
        var configuration = Configuration()
        // WAL: a reader (an export) never blocks the till's writes, and a commit is one append.
        configuration.journalMode = .wal
        // The dashboard and a `senfenico journal` command may write at the same moment.
        configuration.busyMode = .timeout(10)
        configuration.label = "senfenico.journal"
        return configuration
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.resultCode.description }
        return String(describing: error)
    }

    // MARK: - Writing

    /// Records a charge about to be sent, at stage `sending`. The row is committed when this
    /// returns: only then may the create request leave.
    ///
    /// - Parameter id: the caller's id for the charge (the dashboard makes it before anything
    ///   else, so its screen and the journal speak of the same payment); a new UUID by default.
    ///   An id already in the journal is refused (the insert fails), never overwritten.
    @discardableResult
    public func begin(
        id: String = UUID().uuidString.lowercased(), amount: Money, phone: PhoneNumber, provider: Provider,
        at time: Timestamp = .now()
    ) throws -> JournalEntry {
        let entry = JournalEntry(
            id: id, startedAt: time, updatedAt: time, amount: amount,
            phone: phone.digits, provider: provider, stage: .sending, terminal: terminal, account: account)
        try database.write { db in
            try JournalRows.insert(entry, db)
            try JournalRows.appendEvent(for: entry, at: time, db)
        }
        return entry
    }

    /// Applies `change` to the entry and commits it, with an event, in one transaction; returns
    /// the entry as saved. A change that changes nothing writes nothing (polling the same status
    /// leaves no trace); a `change` that throws writes nothing and rethrows.
    ///
    ///     try journal.update(id) { $0.stage = .submittingOTP; $0.otpAttempts += 1 }
    @discardableResult
    public func update(_ id: String, at time: Timestamp = .now(), _ change: (inout JournalEntry) throws -> Void)
        throws -> JournalEntry
    {
        try database.write { db in
            guard var entry = try JournalRows.entry(id, db) else { throw JournalError.notFound(id: id) }
            let before = entry
            try change(&entry)
            guard entry != before else { return entry }
            entry.updatedAt = time
            try JournalRows.saveProgress(entry, db)
            try JournalRows.appendEvent(for: entry, at: time, db)
            return entry
        }
    }

    /// The cashier settled an unfinished charge by hand; `note` says how. Throws
    /// `JournalError.alreadyFinished` for a charge that succeeded or failed.
    @discardableResult
    public func markResolved(_ id: String, note: String, at time: Timestamp = .now()) throws -> JournalEntry {
        try update(id, at: time) { entry in
            guard !entry.stage.isFinished else { throw JournalError.alreadyFinished(id: id, stage: entry.stage) }
            entry.stage = .resolvedByCashier
            entry.note = note
        }
    }
}
