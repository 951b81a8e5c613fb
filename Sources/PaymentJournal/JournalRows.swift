internal import GRDB
import SenfenicoAPI

/// The SQL of the two tables, written out by hand: the column names are the file format, so
/// they are spelled here once rather than derived from Swift property names.
enum JournalRows {
    static let entryColumns = """
        id, started_at_us, updated_at_us, amount_hundredths, phone, provider, reference, stage, server_status, \
        display_text, fees, otp_attempts, failure_code, note, terminal, account_mode, account_fingerprint
        """

    static func insert(_ entry: JournalEntry, _ db: Database) throws {
        try db.execute(
            sql:
                "INSERT INTO journal_entries (\(entryColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                entry.id, entry.startedAt.microsecondsSinceEpoch, entry.updatedAt.microsecondsSinceEpoch,
                entry.amount.hundredths, entry.phone, entry.provider.rawValue, entry.reference, entry.stage.rawValue,
                entry.serverStatus, entry.displayText, entry.fees, entry.otpAttempts, entry.failureCode, entry.note,
                entry.terminal, entry.account.mode.rawValue, entry.account.fingerprint,
            ])
    }

    /// Writes the progress fields; what was asked (amount, phone, ...) is never rewritten.
    static func saveProgress(_ entry: JournalEntry, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE journal_entries SET updated_at_us = ?, reference = ?, stage = ?, server_status = ?,
                    display_text = ?, fees = ?, otp_attempts = ?, failure_code = ?, note = ?
                WHERE id = ?
                """,
            arguments: [
                entry.updatedAt.microsecondsSinceEpoch, entry.reference, entry.stage.rawValue, entry.serverStatus,
                entry.displayText, entry.fees, entry.otpAttempts, entry.failureCode, entry.note, entry.id,
            ])
    }

    /// Records the entry's progress as it now is.
    static func appendEvent(for entry: JournalEntry, at time: Timestamp, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO journal_events
                    (entry_id, at_us, stage, server_status, reference, otp_attempts, failure_code, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.id, time.microsecondsSinceEpoch, entry.stage.rawValue, entry.serverStatus, entry.reference,
                entry.otpAttempts, entry.failureCode, entry.note,
            ])
    }

    static func entries(_ db: Database, where condition: String, _ arguments: StatementArguments = [])
        throws -> [JournalEntry]
    {
        // rowid breaks ties between entries begun in the same microsecond, in the order written.
        // A cached statement: the dashboard asks the same question every refresh, and compiling
        // it (with GRDB's authorizer) cost more than answering it.
        let statement = try db.cachedStatement(
            sql: "SELECT \(entryColumns) FROM journal_entries WHERE \(condition) ORDER BY started_at_us, rowid")
        return try Row.fetchAll(statement, arguments: arguments).map(entry)
    }

    static func entry(_ id: String, _ db: Database) throws -> JournalEntry? {
        try entries(db, where: "id = ?", [id]).first
    }

    static func entry(_ row: Row) -> JournalEntry {
        JournalEntry(
            id: row["id"],
            startedAt: Timestamp(microsecondsSinceEpoch: row["started_at_us"]),
            updatedAt: Timestamp(microsecondsSinceEpoch: row["updated_at_us"]),
            amount: Money(hundredths: row["amount_hundredths"]),
            phone: row["phone"],
            provider: Provider(rawValue: row["provider"] as String),
            reference: row["reference"],
            stage: JournalStage(stored: row["stage"]),
            serverStatus: row["server_status"],
            displayText: row["display_text"],
            fees: row["fees"],
            otpAttempts: row["otp_attempts"],
            failureCode: row["failure_code"],
            note: row["note"],
            terminal: row["terminal"],
            account: JournalAccount(
                mode: JournalAccount.Mode(rawValue: row["account_mode"]) ?? .unknown,
                fingerprint: row["account_fingerprint"]))
    }

    static func events(of id: String, _ db: Database) throws -> [JournalEvent] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT sequence, entry_id, at_us, stage, server_status, reference, otp_attempts, failure_code, note
                FROM journal_events WHERE entry_id = ? ORDER BY sequence
                """,
            arguments: [id]
        ).map { row in
            JournalEvent(
                sequence: row["sequence"], entryID: row["entry_id"],
                at: Timestamp(microsecondsSinceEpoch: row["at_us"]), stage: JournalStage(stored: row["stage"]),
                serverStatus: row["server_status"], reference: row["reference"], otpAttempts: row["otp_attempts"],
                failureCode: row["failure_code"], note: row["note"])
        }
    }
}
