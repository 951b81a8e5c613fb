internal import GRDB

/// The versioned schema. A migration, once released, is never edited: a change is a new
/// migration appended here, so every journal file on every till reaches the same shape.
enum JournalSchema {
    static let entries = "journal_entries"
    static let events = "journal_events"
    static let transferEntries = "transfer_entries"
    static let transferEvents = "transfer_events"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 entries and events") { db in
            // STRICT: SQLite then refuses a REAL in an INTEGER column, so an amount can never
            // silently become a floating-point number. Money is in hundredths, times in
            // microseconds since 1970 (UTC), both exact integers.
            try db.execute(
                sql: """
                    CREATE TABLE journal_entries (
                        id TEXT PRIMARY KEY NOT NULL,
                        started_at_us INTEGER NOT NULL,
                        updated_at_us INTEGER NOT NULL,
                        amount_hundredths INTEGER NOT NULL,
                        phone TEXT NOT NULL,
                        provider TEXT NOT NULL,
                        reference TEXT,
                        stage TEXT NOT NULL,
                        server_status TEXT,
                        display_text TEXT,
                        fees TEXT,
                        otp_attempts INTEGER NOT NULL DEFAULT 0 CHECK (otp_attempts >= 0),
                        failure_code TEXT,
                        note TEXT,
                        terminal TEXT
                    ) STRICT;
                    CREATE INDEX journal_entries_started ON journal_entries (started_at_us);
                    CREATE INDEX journal_entries_stage ON journal_entries (stage, started_at_us);
                    CREATE INDEX journal_entries_similar ON journal_entries (phone, amount_hundredths, started_at_us);

                    CREATE TABLE journal_events (
                        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                        entry_id TEXT NOT NULL REFERENCES journal_entries (id),
                        at_us INTEGER NOT NULL,
                        stage TEXT NOT NULL,
                        server_status TEXT,
                        reference TEXT,
                        otp_attempts INTEGER NOT NULL,
                        failure_code TEXT,
                        note TEXT
                    ) STRICT;
                    CREATE INDEX journal_events_entry ON journal_events (entry_id, sequence);

                    -- The history is evidence: nothing may rewrite or erase it.
                    CREATE TRIGGER journal_events_no_update BEFORE UPDATE ON journal_events
                    BEGIN SELECT RAISE(ABORT, 'journal_events is append-only'); END;
                    CREATE TRIGGER journal_events_no_delete BEFORE DELETE ON journal_events
                    BEGIN SELECT RAISE(ABORT, 'journal_events is append-only'); END;
                    """)
        }
        migrator.registerMigration("v2 transfer entries and events") { db in
            // Transfers are recorded before they are sent, under the `ext_id` they are sent with,
            // so a retry after a lost answer sends the same one. Same rules as the charges:
            // STRICT, money in hundredths, times in microseconds since 1970 (UTC).
            try db.execute(
                sql: """
                    CREATE TABLE transfer_entries (
                        ext_id TEXT PRIMARY KEY NOT NULL,
                        started_at_us INTEGER NOT NULL,
                        updated_at_us INTEGER NOT NULL,
                        amount_hundredths INTEGER NOT NULL,
                        phone TEXT NOT NULL CHECK (length(phone) = 8 AND phone NOT GLOB '*[^0-9]*'),
                        wallet TEXT,
                        stage TEXT NOT NULL,
                        reference TEXT,
                        server_status TEXT,
                        fees TEXT,
                        debit TEXT,
                        failure TEXT,
                        note TEXT,
                        terminal TEXT
                    ) STRICT;
                    CREATE INDEX transfer_entries_started ON transfer_entries (started_at_us);
                    CREATE INDEX transfer_entries_stage ON transfer_entries (stage, started_at_us);

                    -- What was asked is what was sent: a retry must send the same transfer.
                    CREATE TRIGGER transfer_entries_fixed
                    BEFORE UPDATE OF ext_id, started_at_us, amount_hundredths, phone, wallet, terminal
                    ON transfer_entries
                    BEGIN SELECT RAISE(ABORT, 'what a transfer asked cannot be changed'); END;

                    CREATE TABLE transfer_events (
                        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                        ext_id TEXT NOT NULL REFERENCES transfer_entries (ext_id),
                        at_us INTEGER NOT NULL,
                        stage TEXT NOT NULL,
                        reference TEXT,
                        server_status TEXT,
                        failure TEXT,
                        note TEXT
                    ) STRICT;
                    CREATE INDEX transfer_events_entry ON transfer_events (ext_id, sequence);

                    -- The history is evidence: nothing may rewrite or erase it.
                    CREATE TRIGGER transfer_events_no_update BEFORE UPDATE ON transfer_events
                    BEGIN SELECT RAISE(ABORT, 'transfer_events is append-only'); END;
                    CREATE TRIGGER transfer_events_no_delete BEFORE DELETE ON transfer_events
                    BEGIN SELECT RAISE(ABORT, 'transfer_events is append-only'); END;
                    """)
        }
        migrator.registerMigration("v3 accounts") { db in
            // Each entry says which account took it (its mode and a fingerprint of its key,
            // never the key), so sandbox practice never reaches a TEST or live day. Rows written
            // before are of an account nobody recorded: `unknown`, shown with --all-accounts.
            try db.execute(
                sql: """
                    ALTER TABLE journal_entries ADD COLUMN account_mode TEXT NOT NULL DEFAULT 'unknown';
                    ALTER TABLE journal_entries ADD COLUMN account_fingerprint TEXT NOT NULL DEFAULT '';
                    CREATE INDEX journal_entries_account
                        ON journal_entries (account_fingerprint, account_mode, started_at_us);
                    ALTER TABLE transfer_entries ADD COLUMN account_mode TEXT NOT NULL DEFAULT 'unknown';
                    ALTER TABLE transfer_entries ADD COLUMN account_fingerprint TEXT NOT NULL DEFAULT '';
                    CREATE INDEX transfer_entries_account
                        ON transfer_entries (account_fingerprint, account_mode, started_at_us);
                    """)
        }
        return migrator
    }
}
