import Foundation
import GRDB
import SenfenicoAPI
import Testing

@testable import PaymentJournal

@Suite struct TransferJournalTests {
    @Test func aBegunTransferIsUnfinishedForTheNextProcess() throws {
        let temporary = TemporaryJournal()
        let running = try temporary.open()
        let entry = try running.beginTransfer(
            amount: Money(francs: 5_000), phone: Fixture.phone, wallet: .orange, at: Fixture.morning)
        #expect(entry.stage == .sending)
        #expect(entry.startedAt == Fixture.morning)
        #expect(entry.updatedAt == Fixture.morning)
        // The default ext_id is a fresh lowercase UUID, the form the dashboard sends.
        #expect(UUID(uuidString: entry.extID) != nil)
        #expect(entry.extID == entry.extID.lowercased())

        // A restarted process opens the file anew, while the first still holds it.
        let restarted = try temporary.open()
        #expect(try restarted.transferEntry(extID: entry.extID) == entry)
        let unfinished = try restarted.unfinishedTransfers()
        #expect(unfinished == [entry])
        #expect(unfinished.first?.terminal == "till-1")
        #expect(unfinished.first?.phone == Fixture.phone)
        #expect(unfinished.first?.wallet == .orange)
        #expect(unfinished.first?.amount == Money(francs: 5_000))
        // Transfers are not charges: the charge list stays empty.
        #expect(try restarted.unfinished().isEmpty)
    }

    @Test func theWalletMayBeLeftToTheServerOrUnknownToThisVersion() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let picked = try journal.beginTransfer(amount: Money(francs: 100), phone: Fixture.otherPhone, wallet: nil)
        let newer = try journal.beginTransfer(
            amount: Money(francs: 100), phone: Fixture.phone, wallet: .unknown("wave_bf"))
        let reread = try temporary.open()
        #expect(try reread.transferEntry(extID: picked.extID)?.wallet == nil)
        #expect(try reread.transferEntry(extID: newer.extID)?.wallet == .unknown("wave_bf"))
    }

    @Test func anExtIDIsRefusedTheSecondTimeNeverOverwritten() throws {
        let journal = try TemporaryJournal().open()
        let first = try journal.beginTransfer(
            extID: "payout-42", amount: Money(francs: 1_000), phone: Fixture.phone, wallet: .orange,
            at: Fixture.morning)
        try journal.updateTransfer(
            extID: "payout-42", stage: .sent, reference: "tr_1", serverStatus: "pending",
            at: Fixture.time("2025-03-14T08:00:02Z"))
        #expect(throws: DatabaseError.self) {
            try journal.beginTransfer(
                extID: "payout-42", amount: Money(francs: 9_000), phone: Fixture.otherPhone, wallet: .moov)
        }
        let kept = try #require(try journal.transferEntry(extID: "payout-42"))
        #expect(kept.amount == first.amount)
        #expect(kept.phone == first.phone)
        #expect(kept.wallet == .orange)
        #expect(kept.stage == .sent)
        #expect(kept.reference == "tr_1")
        #expect(try journal.transferEvents(extID: "payout-42").count == 2)
    }

    @Test func everyStageChangeIsKeptAsAnEvent() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let begun = try journal.beginTransfer(
            amount: Money(francs: 25_000), phone: Fixture.phone, wallet: .orange, at: Fixture.morning)
        let t1 = Fixture.time("2025-03-14T08:00:30Z")
        let t2 = Fixture.time("2025-03-14T08:02:00Z")
        let t3 = Fixture.time("2025-03-14T08:05:00Z")
        try journal.updateTransfer(extID: begun.extID, stage: .outcomeUnknown, failure: "timeout", at: t1)
        // The retry with the same ext_id found the earlier transfer.
        try journal.updateTransfer(
            extID: begun.extID, stage: .sent, reference: "tr_9f2", serverStatus: "pending", fees: "1.00",
            debit: "25250", at: t2)
        let done = try journal.updateTransfer(extID: begun.extID, stage: .sent, serverStatus: "success", at: t3)
        #expect(done.updatedAt == t3)
        #expect(done.startedAt == Fixture.morning)
        // A field not given keeps its value.
        #expect(done.reference == "tr_9f2")
        #expect(done.fees == "1.00")
        #expect(done.debit == "25250")
        #expect(done.failure == "timeout")
        #expect(try temporary.open().transferEntry(extID: begun.extID) == done)

        let events = try journal.transferEvents(extID: begun.extID)
        #expect(events.map(\.stage) == [.sending, .outcomeUnknown, .sent, .sent])
        #expect(events.map(\.at) == [Fixture.morning, t1, t2, t3])
        #expect(events.map(\.serverStatus) == [nil, nil, "pending", "success"])
        #expect(events.map(\.reference) == [nil, nil, "tr_9f2", "tr_9f2"])
        #expect(events.map(\.failure) == [nil, "timeout", "timeout", "timeout"])
        #expect(events.allSatisfy { $0.extID == begun.extID })
        #expect(events.map(\.sequence) == events.map(\.sequence).sorted())
        #expect(try journal.unfinishedTransfers().isEmpty)
    }

    @Test func anUpdateThatChangesNothingWritesNothing() throws {
        let journal = try TemporaryJournal().open()
        let begun = try journal.beginTransfer(
            amount: Money(francs: 1_000), phone: Fixture.phone, wallet: .moov, at: Fixture.morning)
        let sentAt = Fixture.time("2025-03-14T08:00:05Z")
        try journal.updateTransfer(extID: begun.extID, stage: .sent, serverStatus: "pending", at: sentAt)
        // Polling sees the same status again and again.
        let polled = try journal.updateTransfer(
            extID: begun.extID, stage: .sent, serverStatus: "pending", at: Fixture.time("2025-03-14T08:00:10Z"))
        #expect(polled.updatedAt == sentAt)
        #expect(try journal.transferEvents(extID: begun.extID).count == 2)
    }

    @Test func unknownExtIDsAreReported() throws {
        let journal = try TemporaryJournal().open()
        #expect(try journal.transferEntry(extID: "nope") == nil)
        #expect(try journal.transferEvents(extID: "nope").isEmpty)
        #expect(throws: JournalError.notFound(id: "nope")) {
            try journal.updateTransfer(extID: "nope", stage: .sent)
        }
        #expect(throws: JournalError.notFound(id: "nope")) {
            try journal.markTransferResolved(extID: "nope", note: "x")
        }
    }

    @Test func theCashierResolvesAnUnfinishedTransfer() throws {
        let journal = try TemporaryJournal().open()
        let lost = try journal.beginTransfer(
            amount: Money(francs: 5_000), phone: Fixture.phone, wallet: .orange, at: Fixture.morning)
        try journal.updateTransfer(
            extID: lost.extID, stage: .outcomeUnknown, at: Fixture.time("2025-03-14T08:01:00Z"))
        let at = Fixture.time("2025-03-14T08:10:00Z")
        let resolved = try journal.markTransferResolved(
            extID: lost.extID, note: "Le destinataire a reçu le SMS de dépôt", at: at)
        #expect(resolved.stage == .resolved)
        #expect(resolved.note == "Le destinataire a reçu le SMS de dépôt")
        #expect(resolved.updatedAt == at)
        #expect(try journal.unfinishedTransfers().isEmpty)
        let last = try journal.transferEvents(extID: lost.extID).last
        #expect(last?.stage == .resolved)
        #expect(last?.note == "Le destinataire a reçu le SMS de dépôt")
        #expect(last?.at == at)
    }

    @Test func aSettledTransferCannotBeResolved() throws {
        let journal = try TemporaryJournal().open()
        let refused = try journal.beginTransfer(amount: Money(francs: 5_000), phone: Fixture.phone, wallet: .sank)
        try journal.updateTransfer(extID: refused.extID, stage: .refused, failure: "INSUFFICIENT_FUNDS")
        // The error charges and transfers share names a refused transfer as a failed charge.
        #expect(throws: JournalError.alreadyFinished(id: refused.extID, stage: .failed)) {
            try journal.markTransferResolved(extID: refused.extID, note: "double")
        }
        #expect(try journal.transferEntry(extID: refused.extID)?.stage == .refused)
        #expect(try journal.transferEvents(extID: refused.extID).count == 2)
    }

    @Test func unfinishedTransfersComeOldestFirst() throws {
        let journal = try TemporaryJournal().open()
        func begin(_ time: String) throws -> TransferJournalEntry {
            try journal.beginTransfer(
                amount: Money(francs: 100), phone: Fixture.phone, wallet: .orange, at: Fixture.time(time))
        }
        let late = try begin("2025-03-14T10:00:00Z")
        let early = try begin("2025-03-14T09:00:00Z")
        let lost = try begin("2025-03-14T09:30:00Z")
        let sent = try begin("2025-03-14T08:00:00Z")
        let refused = try begin("2025-03-14T08:10:00Z")
        let resolved = try begin("2025-03-14T08:20:00Z")
        try journal.updateTransfer(extID: lost.extID, stage: .outcomeUnknown)
        try journal.updateTransfer(extID: sent.extID, stage: .sent)
        try journal.updateTransfer(extID: refused.extID, stage: .refused)
        try journal.markTransferResolved(extID: resolved.extID, note: "vérifié")
        #expect(try journal.unfinishedTransfers().map(\.extID) == [early.extID, lost.extID, late.extID])
        #expect(try journal.unfinishedTransfers().map(\.stage) == [.sending, .outcomeUnknown, .sending])
    }

    @Test func transfersOfADayFromMidnightToMidnight() throws {
        let journal = try TemporaryJournal().open()
        func begin(_ time: String) throws -> TransferJournalEntry {
            try journal.beginTransfer(
                amount: Money(francs: 100), phone: Fixture.phone, wallet: .moov, at: Fixture.time(time))
        }
        _ = try begin("2025-03-13T23:59:59.999999Z")
        let first = try begin("2025-03-14T00:00:00Z")
        let last = try begin("2025-03-14T23:59:59.999999Z")
        let after = try begin("2025-03-15T00:00:00Z")
        #expect(
            try journal.transferEntries(on: JournalDay("2025-03-14")!, in: TimeZone(identifier: "UTC")!) == [
                first, last,
            ])
        // Paris is one hour ahead of UTC in March: its 15th starts at 23:00 UTC on the 14th.
        let paris = try journal.transferEntries(
            on: JournalDay("2025-03-15")!, in: TimeZone(identifier: "Europe/Paris")!)
        #expect(paris.map(\.extID) == [last.extID, after.extID])
        // Charges are a separate list.
        #expect(try journal.entries(on: JournalDay("2025-03-14")!, in: TimeZone(identifier: "UTC")!).isEmpty)
    }

    @Test func largeAmountsAreStoredExactly() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        // 2^53 + 1 hundredths has no exact Double; Int64.max is the largest Money there is.
        let amounts = [
            Money(francs: 1_234_567), Money(hundredths: 9_007_199_254_740_993), Money(hundredths: .max),
        ]
        let begun = try amounts.map { amount in
            try journal.beginTransfer(amount: amount, phone: Fixture.phone, wallet: .orange)
        }
        let reread = try temporary.open()
        for entry in begun { #expect(try reread.transferEntry(extID: entry.extID)?.amount == entry.amount) }
        let stored = try reread.database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT typeof(amount_hundredths) AS kind, amount_hundredths FROM transfer_entries")
        }
        #expect(stored.map { $0["kind"] as String } == ["integer", "integer", "integer"])
        #expect(stored.map { $0["amount_hundredths"] as Int64 } == [123_456_700, 9_007_199_254_740_993, .max])
    }

    @Test func anAmountCannotBeStoredAsAFloat() throws {
        let journal = try TemporaryJournal().open()
        let entry = try journal.beginTransfer(amount: Money(francs: 500), phone: Fixture.phone, wallet: .moov)
        #expect(throws: DatabaseError.self) {
            try journal.database.write { db in
                try db.execute(
                    sql: "UPDATE transfer_entries SET amount_hundredths = 500.5 WHERE ext_id = ?",
                    arguments: [entry.extID])
            }
        }
    }

    @Test func eventsCannotBeRewrittenNorWhatWasAsked() throws {
        let journal = try TemporaryJournal().open()
        let entry = try journal.beginTransfer(amount: Money(francs: 500), phone: Fixture.phone, wallet: .moov)
        try journal.updateTransfer(extID: entry.extID, stage: .sent, reference: "tr_1")
        func refused(_ sql: String) {
            #expect(throws: DatabaseError.self, "\(sql)") {
                try journal.database.write { db in try db.execute(sql: sql) }
            }
        }
        refused("UPDATE transfer_events SET stage = 'refused'")
        refused("DELETE FROM transfer_events")
        refused("UPDATE transfer_entries SET amount_hundredths = 50000")
        refused("UPDATE transfer_entries SET phone = '70123456'")
        refused("UPDATE transfer_entries SET wallet = 'orange_bf'")
        refused("UPDATE transfer_entries SET ext_id = 'other'")
        // An entry has its history attached: it cannot be deleted either.
        refused("DELETE FROM transfer_entries")
        #expect(try journal.transferEntry(extID: entry.extID)?.amount == Money(francs: 500))
        #expect(try journal.transferEvents(extID: entry.extID).map(\.stage) == [.sending, .sent])
    }

    @Test func aNumberThisVersionCannotReadIsReportedNotHidden() throws {
        let journal = try TemporaryJournal().open()
        // A newer version may know a prefix this one does not.
        try journal.database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO transfer_entries (ext_id, started_at_us, updated_at_us, amount_hundredths, phone, stage,
                        account_mode, account_fingerprint)
                    VALUES ('from-newer', 0, 0, 100, '99000000', 'sending', 'sandbox', 'sandbox')
                    """)
        }
        do {
            _ = try journal.unfinishedTransfers()
            Issue.record("a transfer with an unreadable number was read")
        } catch let error as JournalError {
            #expect(
                error
                    == .cannotOpen(
                        path: journal.path,
                        detail: "transfer from-newer: phone number 99000000 unknown to this version of senfenico"))
        }
        #expect(throws: JournalError.self) { try journal.transferEntry(extID: "from-newer") }
        #expect(throws: JournalError.self) { try journal.updateTransfer(extID: "from-newer", stage: .sent) }
    }

    @Test func aVersionOneJournalGainsTransfersAndKeepsItsCharges() throws {
        let temporary = TemporaryJournal()
        // The file as the previous release made it: private, WAL, only the first migration.
        try JournalFiles.createPrivately(temporary.path)
        let charge = JournalEntry(
            id: "old-charge", startedAt: Fixture.morning, updatedAt: Fixture.time("2025-03-14T08:00:40Z"),
            amount: Money(hundredths: 123_456_789), phone: "76000000", provider: .orange, reference: "ch_A",
            stage: .succeeded, serverStatus: "success", fees: "3.50", terminal: "till-1")
        do {
            var configuration = Configuration()
            configuration.journalMode = .wal
            let old = try DatabaseQueue(path: temporary.path, configuration: configuration)
            try JournalSchema.migrator.migrate(old, upTo: "v1 entries and events")
            try old.write { db in
                // The first release's columns, written as it wrote them.
                try db.execute(
                    sql: """
                        INSERT INTO journal_entries (id, started_at_us, updated_at_us, amount_hundredths, phone,
                            provider, reference, stage, server_status, fees, terminal)
                        VALUES ('old-charge', ?, ?, 123456789, '76000000', 'orange_bf', 'ch_A', 'succeeded',
                            'success', '3.50', 'till-1')
                        """,
                    arguments: [
                        Fixture.morning.microsecondsSinceEpoch,
                        Fixture.time("2025-03-14T08:00:40Z").microsecondsSinceEpoch,
                    ])
                try JournalRows.appendEvent(for: charge, at: Fixture.morning, db)
            }
            let tables = try old.read { db in try db.tableExists("transfer_entries") }
            #expect(!tables)
            try old.close()
        }

        let journal = try temporary.open()
        let applied = try journal.database.read { db in try JournalSchema.migrator.appliedIdentifiers(db) }
        #expect(applied == ["v1 entries and events", "v2 transfer entries and events", "v3 accounts"])
        #expect(try journal.entry(id: "old-charge") == charge, "kept whole, of an unknown account")
        #expect(try journal.events(of: "old-charge").count == 1)
        #expect(try journal.unfinished().isEmpty)

        let transfer = try journal.beginTransfer(amount: Money(francs: 2_000), phone: Fixture.phone, wallet: .orange)
        #expect(try temporary.open().transferEntry(extID: transfer.extID) == transfer)
        #expect(try temporary.mode(of: temporary.path) == 0o600)
        #expect(try temporary.mode(of: temporary.path + "-wal") == 0o600)
    }

    @Test func onlyThreeStagesAreFinished() {
        #expect(TransferJournalStage.allCases.filter(\.isFinished) == [.sent, .refused, .resolved])
        #expect(
            TransferJournalStage.allCases.map(\.rawValue) == [
                "sending", "outcome_unknown", "sent", "refused", "resolved",
            ])
        #expect(TransferJournalStage(stored: "reversed_by_a_newer_version") == .outcomeUnknown)
    }

    @Test func stagesInBothLanguages() {
        #expect(TransferJournalStage.sending.displayName.text(in: .french) == "envoi en cours")
        #expect(TransferJournalStage.outcomeUnknown.displayName.text(in: .french) == "résultat inconnu")
        #expect(TransferJournalStage.sent.displayName.text(in: .english) == "sent")
        #expect(TransferJournalStage.sent.displayName.text(in: .french) == "envoyé")
        #expect(TransferJournalStage.refused.displayName.text(in: .french) == "refusé")
        #expect(TransferJournalStage.resolved.displayName.text(in: .english) == "resolved at the till")
    }
}
