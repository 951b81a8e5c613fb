import BulkTransfers
import Foundation
import Localization
import SenfenicoAPI
import Synchronization
import Testing

/// Sending batches with a stand-in for the API: results per row from `failed_transfers`,
/// progress, and what happens after a batch fails.
@Suite struct BulkRunnerTests {
    static func preview(_ rows: Int) throws -> BulkPreview {
        var text = ""
        for index in 1...rows { text += "\(100 + index),7600\(String(format: "%04d", index)),,id-\(index)\n" }
        return try BulkPreview.parse(text)
    }

    static func failed(_ row: BulkRow, extID: String?, _ message: String) -> FailedTransfer {
        FailedTransfer(
            amount: row.amount, recipientPhone: row.recipientPhone.digits, recipientWallet: row.wallet, extID: extID,
            errors: ["non_field_errors": [message]])
    }

    @Test func rowsRefusedByExtIDOrByPhoneAndAmount() throws {
        let batch = try Self.preview(4).batches()[0]
        let answer = BulkTransferOutcome(
            message: "2 transfers queued for processing",
            failedTransfers: [
                Self.failed(
                    batch.rows[1], extID: "id-2", "Insufficient balance for Orange BF transfer including fees."),
                Self.failed(batch.rows[3], extID: nil, "no"),
            ])
        let results = BulkTransferRunner.results(of: batch, answer: answer)
        #expect(
            results == [
                .queued,
                .refused(
                    reason: LocalizedText(
                        en: "Insufficient balance for Orange BF transfer including fees.",
                        fr: "Insufficient balance for Orange BF transfer including fees.")),
                .queued,
                .refused(reason: LocalizedText(en: "no", fr: "no")),
            ])
    }

    @Test func fieldErrorsAreNamed() throws {
        let batch = try Self.preview(1).batches()[0]
        var failed = Self.failed(batch.rows[0], extID: "id-1", "")
        failed.errors = ["ext_id": ["transfer with this ext id already exists."], "amount": ["too small"]]
        let results = BulkTransferRunner.results(
            of: batch,
            answer: BulkTransferOutcome(message: "0 transfers queued for processing", failedTransfers: [failed]))
        #expect(results[0].reason?.english == "amount: too small; ext_id: transfer with this ext id already exists.")
    }

    @Test func anAnswerThatMatchesNoRowMakesTheOthersUnknown() throws {
        let batch = try Self.preview(3).batches()[0]
        let stranger = FailedTransfer(
            amount: Money(francs: 9), recipientPhone: "70000000", recipientWallet: nil, extID: "other", errors: [:])
        let results = BulkTransferRunner.results(
            of: batch,
            answer: BulkTransferOutcome(message: "2 transfers queued for processing", failedTransfers: [stranger]))
        #expect(results.allSatisfy { $0.kind == .unknown })

        let miscounted = BulkTransferRunner.results(
            of: batch, answer: BulkTransferOutcome(message: "1 transfers queued for processing", failedTransfers: []))
        #expect(miscounted.allSatisfy { $0.kind == .unknown })
        #expect(miscounted[0].reason?.english.contains("says 1 queued, 3 were expected") == true)
    }

    @Test func runsInOrderWithProgressAndStopsAfterAFailedBatch() async throws {
        let preview = try Self.preview(250)
        let batches = preview.batches()
        let sent = Mutex<[Int]>([])
        let runner = BulkTransferRunner { (requests) async throws(SenfenicoError) -> BulkTransferOutcome in
            let number = sent.withLock {
                $0.append(requests.count)
                return $0.count
            }
            if number == 2 {
                throw .outcomeUnknown(OutcomeUnknown(operation: .transferBulk, cause: "connection reset"))
            }
            return BulkTransferOutcome(
                message: "\(requests.count) transfers queued for processing", failedTransfers: [])
        }
        var progress: [BulkProgress] = []
        let report = await runner.run(batches) { progress.append($0) }
        #expect(sent.withLock { $0 } == [100, 100])
        #expect(progress.map(\.rowsSent) == [0, 100, 200, 200])
        #expect(progress.map(\.batchesDone) == [0, 1, 2, 3])
        #expect(progress.last?.fraction == 1)
        #expect(report.rows.count == 250)
        #expect(report.count(.queued) == 100)
        #expect(report.count(.unknown) == 100)
        #expect(report.count(.notSent) == 50)
        #expect(report.rows[150].result.reason?.english.contains("connection reset") == true)
        #expect(report.rows[249].result == .notSent(reason: Strings.Bulk.stoppedAfterBatch.filling(["batch": "2"])))
        #expect(report.batches.map(\.outcome.isSkipped) == [false, false, true])
        #expect(!report.allQueued)
        #expect(report.queuedAmount == preview.rows.prefix(100).reduce(.zero) { $0 + $1.amount })
    }

    @Test func aBatchRefusedForTheRateLimitIsSentAgain() async throws {
        let batches = try Self.preview(150).batches()
        let calls = Mutex(0)
        let waits = Mutex<[Duration]>([])
        let runner = BulkTransferRunner(
            rateLimitRetries: 2, rateLimitWait: .milliseconds(1_100),
            sleep: { duration in waits.withLock { $0.append(duration) } }
        ) { (requests) async throws(SenfenicoError) -> BulkTransferOutcome in
            let call = calls.withLock {
                $0 += 1
                return $0
            }
            if call == 2 || call == 3 {
                throw .api(APIFailure(httpStatus: 429, message: "slow down", code: .rateLimitExceeded))
            }
            return BulkTransferOutcome(
                message: "\(requests.count) transfers queued for processing", failedTransfers: [])
        }
        let report = await runner.run(batches)
        #expect(report.allQueued)
        #expect(calls.withLock { $0 } == 4)
        #expect(waits.withLock { $0 } == [.milliseconds(1_100), .milliseconds(1_100)])

        // Past the retries, the refusal stands for the batch.
        calls.withLock { $0 = 1 }
        let stingy = BulkTransferRunner(rateLimitRetries: 0, sleep: { _ in }) {
            (_) async throws(SenfenicoError) -> BulkTransferOutcome in
            throw .api(APIFailure(httpStatus: 429, message: "slow down", code: .rateLimitExceeded))
        }
        let refused = await stingy.run(batches)
        #expect(refused.count(.refused) == 100)
        #expect(refused.count(.notSent) == 50)
    }

    @Test func batchErrorsClassified() {
        let refused = SenfenicoError.api(
            APIFailure(httpStatus: 429, message: "slow down", code: .rateLimitExceeded))
        #expect(BulkTransferRunner.result(of: refused).kind == .refused)
        #expect(BulkTransferRunner.result(of: .invalidAPIKey(httpStatus: 401)).kind == .refused)
        let neverSent = SenfenicoError.transport(
            TransportFailure(kind: .connectionRefused, detail: "", neverSent: true))
        #expect(BulkTransferRunner.result(of: neverSent).kind == .notSent)
        #expect(BulkTransferRunner.result(of: .validation(.bulkEmpty)).kind == .notSent)
    }

    @Test func eventsEndWithTheReport() async throws {
        let batches = try Self.preview(120).batches()
        let runner = BulkTransferRunner { (requests) async throws(SenfenicoError) -> BulkTransferOutcome in
            BulkTransferOutcome(message: "\(requests.count) transfers queued for processing", failedTransfers: [])
        }
        var events: [BulkRunEvent] = []
        for await event in runner.events(batches) { events.append(event) }
        #expect(events.count == 4)
        guard case .finished(let report) = events.last else {
            Issue.record("no report")
            return
        }
        #expect(report.allQueued)
        #expect(report.count(.queued) == 120)
    }
}

extension BulkBatchOutcome {
    var isSkipped: Bool {
        if case .skipped = self { return true }
        return false
    }
}
