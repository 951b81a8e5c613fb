import Foundation
import GRDB
import SenfenicoAPI
import Testing

@testable import PaymentJournal

@Suite struct SchemaTests {
    @Test func createsTablesPrivatelyWithWALAndFullSync() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let tables = try journal.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables.contains("journal_entries"))
        #expect(tables.contains("journal_events"))
        let (mode, synchronous) = try journal.database.writeWithoutTransaction { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(mode == "wal")
        #expect(synchronous == 2)  // FULL
        #expect(try temporary.mode(of: temporary.path) == 0o600)
        #expect(try temporary.mode(of: (temporary.path as NSString).deletingLastPathComponent) == 0o700)
    }

    @Test func openingTwiceMigratesOnce() throws {
        let temporary = TemporaryJournal()
        let first = try temporary.open()
        let entry = try first.begin(amount: Money(francs: 1_000), phone: Fixture.phone, provider: .orange)
        let second = try temporary.open()
        let applied = try second.database.read { db in try JournalSchema.migrator.appliedIdentifiers(db) }
        #expect(applied == ["v1 entries and events", "v2 transfer entries and events", "v3 accounts"])
        #expect(try second.entry(id: entry.id) == entry)
    }

    @Test func refusesAJournalFromANewerVersion() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        try journal.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        #expect(throws: JournalError.newerVersion(path: temporary.path)) { try temporary.open() }
    }

    @Test func saysWhichFileIsNotAJournal() throws {
        let temporary = TemporaryJournal()
        try FileManager.default.createDirectory(
            atPath: (temporary.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try String(repeating: "not a database ", count: 100).write(
            toFile: temporary.path, atomically: false, encoding: .utf8)
        do {
            _ = try temporary.open()
            Issue.record("a text file opened as a journal")
        } catch {
            guard case .cannotOpen(let path, _) = error else { throw error }
            #expect(path == temporary.path)
            #expect(error.message(in: .french).hasPrefix("Impossible d'ouvrir le journal des paiements \(path) ("))
        }
    }

    @Test func saysWhyTheFolderCannotBeMade() throws {
        let temporary = TemporaryJournal()
        try FileManager.default.createDirectory(atPath: temporary.directory, withIntermediateDirectories: true)
        try "".write(toFile: temporary.directory + "/blocker", atomically: false, encoding: .utf8)
        let path = temporary.directory + "/blocker/senfenico/journal.sqlite"
        #expect(throws: JournalError.cannotOpen(path: path, detail: "a part of the path is not a folder")) {
            try PaymentJournal(path: path)
        }
    }

    @Test func eventsCannotBeRewritten() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        try journal.begin(amount: Money(francs: 500), phone: Fixture.phone, provider: .moov)
        #expect(throws: DatabaseError.self) {
            try journal.database.write { db in try db.execute(sql: "UPDATE journal_events SET stage = 'succeeded'") }
        }
        #expect(throws: DatabaseError.self) {
            try journal.database.write { db in try db.execute(sql: "DELETE FROM journal_events") }
        }
    }

    @Test func anAmountCannotBeStoredAsAFloat() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let entry = try journal.begin(amount: Money(francs: 500), phone: Fixture.phone, provider: .moov)
        #expect(throws: DatabaseError.self) {
            try journal.database.write { db in
                try db.execute(
                    sql: "UPDATE journal_entries SET amount_hundredths = 500.5 WHERE id = ?", arguments: [entry.id])
            }
        }
    }

    @Test func defaultPathFollowsXDG() {
        #expect(
            PaymentJournal.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/awa"])
                == "/data/senfenico/journal.sqlite")
        #expect(
            PaymentJournal.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/awa"])
                == "/home/awa/.local/share/senfenico/journal.sqlite")
        #expect(
            PaymentJournal.defaultPath(environment: ["HOME": "/home/awa"])
                == "/home/awa/.local/share/senfenico/journal.sqlite")
    }
}
