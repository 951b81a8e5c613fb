internal import GRDB
import SenfenicoAPI

/// The SQL of the two transfer tables, written out by hand like `JournalRows`: the column names
/// are the file format.
enum TransferRows {
    /// A stored number this version does not take for a mobile number (a newer one may know
    /// more prefixes); `PaymentJournal` reports it as a journal it cannot read.
    struct UnreadablePhone: Error {
        let extID: String
        let digits: String
    }

    static let entryColumns = """
        ext_id, started_at_us, updated_at_us, amount_hundredths, phone, wallet, stage, reference, server_status, \
        fees, debit, failure, note, terminal, account_mode, account_fingerprint
        """

    /// Inserts a new transfer. An `ext_id` already in the journal is refused by the primary key
    /// (the insert fails, as `begin` does for a charge's id), never overwritten.
    static func insert(_ entry: TransferJournalEntry, _ db: Database) throws {
        try db.execute(
            sql:
                "INSERT INTO transfer_entries (\(entryColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                entry.extID, entry.startedAt.microsecondsSinceEpoch, entry.updatedAt.microsecondsSinceEpoch,
                entry.amount.hundredths, entry.phone.digits, entry.wallet?.rawValue, entry.stage.rawValue,
                entry.reference, entry.serverStatus, entry.fees, entry.debit, entry.failure, entry.note,
                entry.terminal, entry.account.mode.rawValue, entry.account.fingerprint,
            ])
    }

    /// Writes the progress fields; what was asked (amount, phone, wallet, ...) is never rewritten.
    static func saveProgress(_ entry: TransferJournalEntry, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE transfer_entries SET updated_at_us = ?, stage = ?, reference = ?, server_status = ?,
                    fees = ?, debit = ?, failure = ?, note = ?
                WHERE ext_id = ?
                """,
            arguments: [
                entry.updatedAt.microsecondsSinceEpoch, entry.stage.rawValue, entry.reference, entry.serverStatus,
                entry.fees, entry.debit, entry.failure, entry.note, entry.extID,
            ])
    }

    /// Records the transfer's progress as it now is.
    static func appendEvent(for entry: TransferJournalEntry, at time: Timestamp, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO transfer_events (ext_id, at_us, stage, reference, server_status, failure, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.extID, time.microsecondsSinceEpoch, entry.stage.rawValue, entry.reference, entry.serverStatus,
                entry.failure, entry.note,
            ])
    }

    static func entries(_ db: Database, where condition: String, _ arguments: StatementArguments = [])
        throws -> [TransferJournalEntry]
    {
        // rowid breaks ties between transfers begun in the same microsecond, in the order written.
        // A cached statement: the dashboard asks the same question every refresh, and compiling
        // it (with GRDB's authorizer) cost more than answering it.
        let statement = try db.cachedStatement(
            sql: "SELECT \(entryColumns) FROM transfer_entries WHERE \(condition) ORDER BY started_at_us, rowid")
        return try Row.fetchAll(statement, arguments: arguments).map(entry)
    }

    static func entry(_ extID: String, _ db: Database) throws -> TransferJournalEntry? {
        try entries(db, where: "ext_id = ?", [extID]).first
    }

    static func entry(_ row: Row) throws -> TransferJournalEntry {
        let extID: String = row["ext_id"]
        let digits: String = row["phone"]
        guard let phone = PhoneNumber(digits) else {
            throw UnreadablePhone(extID: extID, digits: digits)
        }
        return TransferJournalEntry(
            extID: extID,
            startedAt: Timestamp(microsecondsSinceEpoch: row["started_at_us"]),
            updatedAt: Timestamp(microsecondsSinceEpoch: row["updated_at_us"]),
            amount: Money(hundredths: row["amount_hundredths"]),
            phone: phone,
            wallet: (row["wallet"] as String?).map(TransferWallet.init(rawValue:)),
            stage: TransferJournalStage(stored: row["stage"]),
            reference: row["reference"],
            serverStatus: row["server_status"],
            fees: row["fees"],
            debit: row["debit"],
            failure: row["failure"],
            note: row["note"],
            terminal: row["terminal"],
            account: JournalAccount(
                mode: JournalAccount.Mode(rawValue: row["account_mode"]) ?? .unknown,
                fingerprint: row["account_fingerprint"]))
    }

    static func events(of extID: String, _ db: Database) throws -> [TransferJournalEvent] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT sequence, ext_id, at_us, stage, reference, server_status, failure, note
                FROM transfer_events WHERE ext_id = ? ORDER BY sequence
                """,
            arguments: [extID]
        ).map { row in
            TransferJournalEvent(
                sequence: row["sequence"], extID: row["ext_id"], at: Timestamp(microsecondsSinceEpoch: row["at_us"]),
                stage: TransferJournalStage(stored: row["stage"]), reference: row["reference"],
                serverStatus: row["server_status"], failure: row["failure"], note: row["note"])
        }
    }
}
