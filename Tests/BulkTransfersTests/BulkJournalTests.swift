import BulkTransfers
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI
import Synchronization
import Testing

/// A bulk run journals its rows as single transfers are: every row at `sending` before its batch
/// leaves, then what the answer says; nothing leaves when the rows cannot be recorded.
@Suite struct BulkJournalTests {
    /// A journal in a folder of its own, removed with the test.
    static func journal() throws -> (PaymentJournal, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (try PaymentJournal(path: folder.appendingPathComponent("journal.sqlite").path), folder)
    }

    @Test func everyRowIsJournaledBeforeItsBatchLeavesThenGetsItsResult() async throws {
        let (journal, folder) = try Self.journal()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batches = try BulkRunnerTests.preview(3).batches()
        let seenAtSending = Mutex<[TransferJournalStage?]>([])
        let runner = BulkTransferRunner(journal: JournaledBulkRun(journal)) {
            (requests) async throws(SenfenicoError) -> BulkTransferOutcome in
            // What the journal holds at the moment the call leaves.
            let stages = requests.map { try? journal.transferEntry(extID: $0.extID ?? "")?.stage }
            seenAtSending.withLock { $0 = stages }
            return BulkTransferOutcome(
                message: "2 transfers queued for processing",
                failedTransfers: [BulkRunnerTests.failed(batches[0].rows[1], extID: "id-2", "Invalid phone")])
        }
        let report = await runner.run(batches)
        #expect(report.count(.queued) == 2 && report.count(.refused) == 1)
        #expect(seenAtSending.withLock { $0 } == [.sending, .sending, .sending])
        #expect(try journal.transferEntry(extID: "id-1")?.stage == .sent)
        #expect(try journal.transferEntry(extID: "id-1")?.serverStatus == "queued")
        #expect(try journal.transferEntry(extID: "id-2")?.stage == .refused)
        #expect(try journal.transferEntry(extID: "id-2")?.failure == "Invalid phone")
        #expect(try journal.transferEntry(extID: "id-3")?.amount == Money(francs: 103))
    }

    @Test func aLostAnswerLeavesTheRowsUnknownToBeReconciled() async throws {
        let (journal, folder) = try Self.journal()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = BulkTransferRunner(journal: JournaledBulkRun(journal)) {
            (_) async throws(SenfenicoError) -> BulkTransferOutcome in
            throw .outcomeUnknown(OutcomeUnknown(operation: .transferBulk, cause: "connection reset"))
        }
        let report = await runner.run(try BulkRunnerTests.preview(2).batches())
        #expect(report.count(.unknown) == 2)
        #expect(try journal.unfinishedTransfers().map(\.extID).sorted() == ["id-1", "id-2"])
        #expect(try journal.transferEntry(extID: "id-1")?.stage == .outcomeUnknown)
    }

    @Test func aReRunOfTheSameFileKeepsTheRowsHistory() async throws {
        let (journal, folder) = try Self.journal()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batches = try BulkRunnerTests.preview(1).batches()
        let lost = BulkTransferRunner(journal: JournaledBulkRun(journal)) {
            (_) async throws(SenfenicoError) -> BulkTransferOutcome in
            throw .outcomeUnknown(OutcomeUnknown(operation: .transferBulk, cause: "timeout"))
        }
        _ = await lost.run(batches)
        let answered = BulkTransferRunner(journal: JournaledBulkRun(journal)) {
            (_) async throws(SenfenicoError) -> BulkTransferOutcome in
            BulkTransferOutcome(message: "1 transfers queued for processing", failedTransfers: [])
        }
        _ = await answered.run(batches)
        #expect(try journal.transferEntry(extID: "id-1")?.stage == .sent)
        let stages = try journal.transferEvents(extID: "id-1").map(\.stage)
        #expect(stages == [.sending, .outcomeUnknown, .sent])
    }

    /// A journal that cannot write.
    struct BrokenJournal: BulkRunJournal {
        struct Full: Error {}
        func willSend(_ batch: BulkBatch) throws { throw Full() }
        func didSend(_ batch: BulkBatch, results: [BulkResult]) {}
    }

    @Test func nothingLeavesWhenTheRowsCannotBeRecorded() async throws {
        let calls = Mutex(0)
        let runner = BulkTransferRunner(journal: BrokenJournal()) {
            (_) async throws(SenfenicoError) -> BulkTransferOutcome in
            calls.withLock { $0 += 1 }
            return BulkTransferOutcome(message: "", failedTransfers: [])
        }
        let report = await runner.run(try BulkRunnerTests.preview(150).batches())
        #expect(calls.withLock { $0 } == 0)
        #expect(report.count(.notSent) == 150)
        #expect(report.rows.first?.result.reason?.text(in: .french).contains("journal") == true)
    }
}
