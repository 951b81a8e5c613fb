import Foundation
import GRDB
import SenfenicoAPI
import Testing

@testable import PaymentJournal

/// One journal file, several accounts: each listing, total and attention count is one
/// account's; two processes writing the same file see each other's changes.
@Suite struct AccountTests {
    static let test = JournalAccount(key: APIKey("sk_test_trail_account01"))

    @Test func eachAccountSeesItsOwnEntriesOnly() throws {
        let temporary = TemporaryJournal()
        let sandbox = try PaymentJournal(path: temporary.path, account: .sandbox)
        let test = try PaymentJournal(path: temporary.path, account: Self.test)
        let practice = try sandbox.begin(amount: Money(francs: 1_000), phone: Fixture.phone, provider: .orange)
        try sandbox.update(practice.id) { $0.stage = .succeeded }
        let real = try test.begin(amount: Money(francs: 2_000), phone: Fixture.otherPhone, provider: .moov)
        #expect(real.account.mode == .test && real.account.fingerprint.count == 12)

        let day = (Fixture.morning, Timestamp.now().adding(seconds: 60))
        #expect(try sandbox.entries(from: day.0, to: day.1).map(\.id) == [practice.id])
        #expect(try test.entries(from: day.0, to: day.1).map(\.id) == [real.id])
        #expect(JournalTotals(try test.entries(from: day.0, to: day.1)).collected == .zero, "no sandbox franc")
        #expect(try sandbox.unfinished().isEmpty && sandbox.unfinishedCount() == 0)
        #expect(try test.unfinished().map(\.id) == [real.id] && test.unfinishedCount() == 1)

        let all = try PaymentJournal(path: temporary.path, account: .sandbox, allAccounts: true)
        #expect(try all.entries(from: day.0, to: day.1).map(\.account.mode) == [.sandbox, .test])
        let csv = JournalExport.csv(try all.entries(from: day.0, to: day.1))
        #expect(csv.contains("\r\nsandbox,") && csv.contains("\r\ntest,"))
        #expect(!csv.contains("sk_test_trail_account01"), "the key itself is never written")
    }

    @Test func transfersAreKeptApartToo() throws {
        let temporary = TemporaryJournal()
        let sandbox = try PaymentJournal(path: temporary.path, account: .sandbox)
        let test = try PaymentJournal(path: temporary.path, account: Self.test)
        try sandbox.beginTransfer(amount: Money(francs: 500), phone: Fixture.phone, wallet: nil)
        try test.beginTransfer(amount: Money(francs: 700), phone: Fixture.phone, wallet: nil)
        #expect(try sandbox.unfinishedTransfers().map(\.amount) == [Money(francs: 500)])
        #expect(try test.unfinishedTransfers().map(\.account) == [Self.test])
    }

    @Test func rowsFromBeforeAccountsAreKeptAsUnknown() throws {
        let temporary = TemporaryJournal()
        try FileManager.default.createDirectory(
            atPath: (temporary.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: temporary.path)
        try JournalSchema.migrator.migrate(old, upTo: "v2 transfer entries and events")
        try old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO journal_entries (id, started_at_us, updated_at_us, amount_hundredths, phone, provider, stage)
                    VALUES ('old', ?, ?, 100000, '76000000', 'orange_bf', 'succeeded')
                    """,
                arguments: [Fixture.morning.microsecondsSinceEpoch, Fixture.morning.microsecondsSinceEpoch])
        }
        try old.close()
        let journal = try PaymentJournal(path: temporary.path, account: .sandbox)
        let kept = try journal.entry(id: "old")
        #expect(kept?.account == .unknown && kept?.amount == Money(francs: 1_000))
        #expect(try journal.entries(on: JournalDay("2025-03-14")!, in: TimeZone(identifier: "UTC")!).isEmpty)
        let all = try PaymentJournal(path: temporary.path, allAccounts: true)
        #expect(try all.entries(on: JournalDay("2025-03-14")!, in: TimeZone(identifier: "UTC")!).map(\.id) == ["old"])
    }

    @Test func twoWritersOnOneFileSeeEachOthersChanges() throws {
        let temporary = TemporaryJournal()
        let first = try temporary.open(terminal: "till-1")
        let second = try temporary.open(terminal: "till-2")
        let entry = try first.begin(amount: Money(francs: 1_000), phone: Fixture.phone, provider: .orange)
        try first.recordCreated(
            entry.id, ChargeAttempt(reference: "ch_1", status: .sendOTP, displayText: nil, liveMode: false))
        #expect(try second.unfinishedCount() == 1, "the other dashboard counts it at once")
        #expect(try second.claimedReferences() == ["ch_1"])
        #expect(try second.claimedReferences(except: entry.id).isEmpty)
        try second.recordCharge(entry.id, Charge(reference: "ch_1", amount: Money(francs: 1_000), status: .success))
        #expect(try first.unfinishedCount() == 0, "and sees it finished by the other")
        #expect(try first.entry(id: entry.id)?.stage == .succeeded)
        #expect(try first.events(of: entry.id).map(\.stage) == [.sending, .awaitingOTP, .succeeded])
    }

    @Test func theDuplicateCheckSkipsChargesThatTookNothing() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let expired = try journal.begin(
            amount: Money(francs: 1_500), phone: Fixture.phone, provider: .coris, at: Fixture.morning)
        try journal.recordError(
            expired.id, .api(APIFailure(httpStatus: 400, message: "expired", code: .otpExpired)), during: .submitOTP)
        #expect(
            try journal.recentSimilar(phone: Fixture.phone, amount: Money(francs: 1_500), since: Fixture.morning)
                .isEmpty)
        let waiting = try journal.begin(
            amount: Money(francs: 1_500), phone: Fixture.phone, provider: .coris, at: Fixture.morning)
        #expect(
            try journal.recentSimilar(phone: Fixture.phone, amount: Money(francs: 1_500), since: Fixture.morning).map(
                \.id)
                == [waiting.id])
    }

    @Test func exportsArePrivateInPrivateFolders() throws {
        let temporary = TemporaryJournal()
        let path = temporary.directory + "/exports/day/senfenico.csv"
        try JournalExport.write("a,b\r\n", toFile: path)
        #expect(try temporary.mode(of: path) == 0o600)
        #expect(try temporary.mode(of: temporary.directory + "/exports/day") == 0o700)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\r\n")
    }
}
