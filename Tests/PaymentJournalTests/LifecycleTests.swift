import Foundation
import SenfenicoAPI
import Testing

@testable import PaymentJournal

@Suite struct LifecycleTests {
    @Test func aBegunChargeIsUnfinishedForTheNextProcess() throws {
        let temporary = TemporaryJournal()
        let running = try temporary.open()
        let entry = try running.begin(
            amount: Money(francs: 2_500), phone: Fixture.phone, provider: .orange, at: Fixture.morning)

        // A restarted process opens the file anew, while the first still holds it.
        let restarted = try temporary.open()
        let unfinished = try restarted.unfinished()
        #expect(unfinished == [entry])
        #expect(unfinished.first?.stage == .sending)
        #expect(unfinished.first?.terminal == "till-1")
        #expect(unfinished.first?.phone == "76000000")
        #expect(unfinished.first?.amount == Money(francs: 2_500))
    }

    @Test func theCallerMayNameTheChargeButNeverTwice() throws {
        let journal = try TemporaryJournal().open()
        let named = try journal.begin(
            id: "wizard-42", amount: Money(francs: 1_000), phone: Fixture.phone, provider: .orange)
        #expect(named.id == "wizard-42")
        #expect(throws: (any Error).self) {
            try journal.begin(id: "wizard-42", amount: Money(francs: 9_000), phone: Fixture.phone, provider: .moov)
        }
        #expect(try journal.entry(id: "wizard-42") == named)
    }

    @Test func everyStageChangeIsKeptAsAnEvent() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let begun = try journal.begin(
            amount: Money(francs: 1_000), phone: Fixture.phone, provider: .orange, at: Fixture.morning)
        let t1 = Fixture.time("2025-03-14T08:00:02Z")
        let t2 = Fixture.time("2025-03-14T08:01:00Z")
        let t3 = Fixture.time("2025-03-14T08:01:03Z")
        try journal.update(begun.id, at: t1) {
            $0.stage = .awaitingOTP
            $0.reference = "ch_1"
            $0.serverStatus = "send_otp"
            $0.displayText = "Composez *144*4*6*1000#"
        }
        try journal.update(begun.id, at: t2) {
            $0.stage = .submittingOTP
            $0.otpAttempts += 1
        }
        let done = try journal.update(begun.id, at: t3) {
            $0.stage = .succeeded
            $0.serverStatus = "success"
            $0.fees = "3.50"
        }
        #expect(done.updatedAt == t3)
        #expect(done.startedAt == Fixture.morning)
        #expect(done.otpAttempts == 1)
        #expect(try temporary.open().entry(id: begun.id) == done)

        let events = try journal.events(of: begun.id)
        #expect(events.map(\.stage) == [.sending, .awaitingOTP, .submittingOTP, .succeeded])
        #expect(events.map(\.at) == [Fixture.morning, t1, t2, t3])
        #expect(events.map(\.serverStatus) == [nil, "send_otp", "send_otp", "success"])
        #expect(events.map(\.otpAttempts) == [0, 0, 1, 1])
        #expect(events.map(\.reference) == [nil, "ch_1", "ch_1", "ch_1"])
        #expect(events.map(\.sequence) == events.map(\.sequence).sorted())
        #expect(try journal.unfinished().isEmpty)
    }

    @Test func anUpdateThatChangesNothingWritesNothing() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let begun = try journal.begin(
            amount: Money(francs: 1_000), phone: Fixture.phone, provider: .moov, at: Fixture.morning)
        try journal.update(begun.id, at: Fixture.time("2025-03-14T08:00:05Z")) {
            $0.stage = .awaitingOffline
            $0.serverStatus = "pay_offline"
        }
        // Polling sees the same status again and again.
        let polled = try journal.update(begun.id, at: Fixture.time("2025-03-14T08:00:10Z")) {
            $0.serverStatus = "pay_offline"
        }
        #expect(polled.updatedAt == Fixture.time("2025-03-14T08:00:05Z"))
        #expect(try journal.events(of: begun.id).count == 2)
    }

    @Test func aChangeThatThrowsLeavesTheEntryAsItWas() throws {
        struct Refused: Error {}
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let begun = try journal.begin(amount: Money(francs: 1_000), phone: Fixture.phone, provider: .sank)
        #expect(throws: Refused.self) {
            try journal.update(begun.id) {
                $0.stage = .failed
                throw Refused()
            }
        }
        #expect(try journal.entry(id: begun.id) == begun)
        #expect(try journal.events(of: begun.id).count == 1)
    }

    @Test func unknownIDsAreReported() throws {
        let journal = try TemporaryJournal().open()
        #expect(try journal.entry(id: "nope") == nil)
        #expect(throws: JournalError.notFound(id: "nope")) { try journal.update("nope") { $0.stage = .failed } }
        #expect(throws: JournalError.notFound(id: "nope")) { try journal.markResolved("nope", note: "x") }
    }

    @Test func theCashierResolvesAnUnfinishedCharge() throws {
        let temporary = TemporaryJournal()
        let journal = try temporary.open()
        let lost = try journal.begin(
            amount: Money(francs: 5_000), phone: Fixture.phone, provider: .orange, at: Fixture.morning)
        try journal.update(lost.id, at: Fixture.time("2025-03-14T08:01:00Z")) { $0.stage = .outcomeUnknown }
        let at = Fixture.time("2025-03-14T08:10:00Z")
        let resolved = try journal.markResolved(lost.id, note: "Vu le SMS de confirmation sur le téléphone", at: at)
        #expect(resolved.stage == .resolvedByCashier)
        #expect(resolved.note == "Vu le SMS de confirmation sur le téléphone")
        #expect(resolved.updatedAt == at)
        #expect(try journal.unfinished().isEmpty)
        let last = try journal.events(of: lost.id).last
        #expect(last?.stage == .resolvedByCashier)
        #expect(last?.note == "Vu le SMS de confirmation sur le téléphone")
        #expect(last?.at == at)
    }

    @Test func aSettledChargeCannotBeResolved() throws {
        let journal = try TemporaryJournal().open()
        let paid = try journal.begin(amount: Money(francs: 5_000), phone: Fixture.phone, provider: .orange)
        try journal.update(paid.id) { $0.stage = .succeeded }
        #expect(throws: JournalError.alreadyFinished(id: paid.id, stage: .succeeded)) {
            try journal.markResolved(paid.id, note: "double")
        }
        #expect(try journal.entry(id: paid.id)?.stage == .succeeded)
    }

    @Test func unfinishedChargesComeOldestFirst() throws {
        let journal = try TemporaryJournal().open()
        let late = try journal.begin(
            amount: Money(francs: 100), phone: Fixture.phone, provider: .orange,
            at: Fixture.time("2025-03-14T10:00:00Z"))
        let early = try journal.begin(
            amount: Money(francs: 200), phone: Fixture.phone, provider: .orange,
            at: Fixture.time("2025-03-14T09:00:00Z"))
        let otp = try journal.begin(
            amount: Money(francs: 300), phone: Fixture.phone, provider: .orange,
            at: Fixture.time("2025-03-14T09:30:00Z"))
        let paid = try journal.begin(
            amount: Money(francs: 400), phone: Fixture.phone, provider: .orange,
            at: Fixture.time("2025-03-14T08:00:00Z"))
        try journal.update(otp.id) { $0.stage = .awaitingOTP }
        try journal.update(paid.id) { $0.stage = .succeeded }
        #expect(try journal.unfinished().map(\.id) == [early.id, otp.id, late.id])
    }

    @Test func onlyThreeStagesAreFinished() {
        #expect(JournalStage.allCases.filter(\.isFinished) == [.succeeded, .failed, .resolvedByCashier])
        #expect(JournalStage(stored: "refunded_by_a_newer_version") == .outcomeUnknown)
    }
}
