import Localization
import PaymentJournal
import SenfenicoAPI

/// Sends batches one after the other and turns each answer into a result per row.
///
/// The client paces bulk calls itself (at most five per second, `CallPacer`), so the run never
/// meets `RATE_LIMIT_EXCEEDED`. A bulk call moves money, so it is sent once: a batch whose answer
/// is lost is reported `unknown`, never sent again. After a batch fails as a whole, the next
/// batches are not sent (`notSent`): the failure (a refused key, no network, a lost answer) would
/// most likely hit them too, and every row keeps its `ext_id` for a safe re-run.
///
/// One refusal is sent again: `RATE_LIMIT_EXCEEDED`. The server turned the whole call away before
/// looking at it (another process on the same account may have used the second), so nothing was
/// queued; the batch is sent again after a wait, at most `rateLimitRetries` times.
public struct BulkTransferRunner: Sendable {
    /// One bulk call: `SenfenicoClient.bulkTransfer`, or a stand-in in tests.
    public typealias Send = @Sendable ([TransferRequest]) async throws(SenfenicoError) -> BulkTransferOutcome

    private let send: Send
    /// Where every row is recorded before its batch leaves, and its result after; nil in tests
    /// of the sending alone.
    private let journal: (any BulkRunJournal)?
    private let rateLimitRetries: Int
    private let rateLimitWait: Duration
    private let sleep: @Sendable (Duration) async throws -> Void

    /// - Parameters:
    ///   - rateLimitRetries: how many times a batch refused with `RATE_LIMIT_EXCEEDED` is sent again.
    ///   - rateLimitWait: the wait before each of those (the limit counts calls over one second).
    ///   - journal: records each batch's rows before it is sent (nothing is sent when it cannot)
    ///     and their results after.
    public init(
        rateLimitRetries: Int = 3, rateLimitWait: Duration = .milliseconds(1_100),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        journal: (any BulkRunJournal)? = nil, send: @escaping Send
    ) {
        self.send = send
        self.journal = journal
        self.rateLimitRetries = max(0, rateLimitRetries)
        self.rateLimitWait = rateLimitWait
        self.sleep = sleep
    }

    /// Sends through `client.bulkTransfer`, recording the rows in `journal`.
    public init(client: SenfenicoClient, journal: (any BulkRunJournal)?) {
        self.init(journal: journal) { (requests) async throws(SenfenicoError) -> BulkTransferOutcome in
            try await client.bulkTransfer(requests)
        }
    }

    /// Sends `batches` in order, calling `progress` before the first and after each one. Task
    /// cancellation stops it between batches; the rest are then `notSent`.
    public func run(
        _ batches: [BulkBatch], progress: (BulkProgress) -> Void = { _ in }
    ) async -> BulkReport {
        let totalRows = batches.reduce(0) { $0 + $1.rows.count }
        var rowReports: [BulkRowReport] = []
        var batchReports: [BulkBatchReport] = []
        var rowsSent = 0
        var stopped: LocalizedText?
        progress(
            BulkProgress(
                rowsSent: 0, totalRows: totalRows, batchesDone: 0, totalBatches: batches.count, lastBatch: nil))

        for batch in batches {
            let outcome: BulkBatchOutcome
            let results: [BulkResult]
            if stopped == nil, Task.isCancelled { stopped = Strings.Bulk.cancelled }
            if stopped == nil, let journal {
                do {
                    try journal.willSend(batch)
                } catch {
                    stopped = Self.notJournaled(error)
                }
            }
            if let stopped {
                outcome = .skipped
                results = Array(repeating: .notSent(reason: stopped), count: batch.rows.count)
            } else {
                do {
                    let answer = try await sendOnce(batch.requests)
                    outcome = .answered(answer)
                    results = Self.results(of: batch, answer: answer)
                } catch {
                    outcome = .failed(error)
                    results = Array(repeating: Self.result(of: error), count: batch.rows.count)
                    stopped = Strings.Bulk.stoppedAfterBatch.filling(["batch": String(batch.number)])
                }
                if results.contains(where: { $0.kind != .notSent }) { rowsSent += batch.rows.count }
                journal?.didSend(batch, results: results)
            }
            rowReports += zip(batch.rows, results).map { BulkRowReport(row: $0, batch: batch.number, result: $1) }
            let report = BulkBatchReport(number: batch.number, rowCount: batch.rows.count, outcome: outcome)
            batchReports.append(report)
            progress(
                BulkProgress(
                    rowsSent: rowsSent, totalRows: totalRows, batchesDone: batchReports.count,
                    totalBatches: batches.count, lastBatch: report))
        }
        return BulkReport(rows: rowReports, batches: batchReports)
    }

    /// Sends one batch; again after a wait while Senfenico refuses it for the rate limit.
    private func sendOnce(_ requests: [TransferRequest]) async throws(SenfenicoError) -> BulkTransferOutcome {
        var retries = 0
        while true {
            do {
                return try await send(requests)
            } catch {
                guard error.errorCode == .rateLimitExceeded, retries < rateLimitRetries else { throw error }
                retries += 1
                do {
                    try await sleep(rateLimitWait)
                } catch {
                    throw .transport(TransportFailure(kind: .other, detail: "cancelled", neverSent: true))
                }
            }
        }
    }

    /// The same run as a stream: `.progress` events, then one `.finished`. Ending the stream's
    /// iteration early cancels the run between batches.
    public func events(_ batches: [BulkBatch]) -> AsyncStream<BulkRunEvent> {
        AsyncStream { continuation in
            let task = Task {
                let report = await run(batches) { continuation.yield(.progress($0)) }
                continuation.yield(.finished(report))
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    // MARK: Answers to results

    /// Each row of `batch` given Senfenico's answer: refused when `failed_transfers` names it
    /// (matched by `ext_id`; by phone and amount for an entry without one), else queued. When an
    /// entry matches no row, or the queued count in the message disagrees, the rows not refused
    /// are `unknown` rather than claimed queued.
    public static func results(of batch: BulkBatch, answer: BulkTransferOutcome) -> [BulkResult] {
        var refused: [Int: LocalizedText] = [:]
        var indexOfExtID: [String: Int] = [:]
        for (index, row) in batch.rows.enumerated() where indexOfExtID[row.extID] == nil {
            indexOfExtID[row.extID] = index
        }
        var unmatched = 0
        for failed in answer.failedTransfers {
            let reason = self.reason(failed.errors)
            if let extID = failed.extID {
                if let index = indexOfExtID[extID], refused[index] == nil {
                    refused[index] = reason
                } else {
                    unmatched += 1
                }
                continue
            }
            let phone = failed.recipientPhone.flatMap(PhoneNumber.init)
            let match = batch.rows.indices.first { index in
                refused[index] == nil && batch.rows[index].recipientPhone == phone
                    && batch.rows[index].amount == failed.amount
            }
            if let match { refused[match] = reason } else { unmatched += 1 }
        }

        let expected = batch.rows.count - refused.count
        var doubt: LocalizedText?
        if unmatched > 0 {
            doubt = Strings.Bulk.answerMatchesNoRow
        } else if let queued = answer.queuedCount, queued != expected {
            doubt = Strings.Bulk.countMismatch.filling(["queued": String(queued), "expected": String(expected)])
        }
        return batch.rows.indices.map { index in
            if let reason = refused[index] { return .refused(reason: reason) }
            if let doubt { return .unknown(reason: doubt) }
            return .queued
        }
    }

    /// The result of every row of a batch that failed as a whole.
    public static func result(of error: SenfenicoError) -> BulkResult {
        switch error {
        case .outcomeUnknown(let unknown):
            return .unknown(reason: Strings.Bulk.lostAnswer.filling(["cause": unknown.cause]))
        case .decoding, .redirectRefused, .answerTooLarge: return .unknown(reason: error.localized)
        case .api, .invalidAPIKey: return .refused(reason: error.localized)
        case .transport, .validation, .configuration: return .notSent(reason: error.localized)
        }
    }

    /// Why a batch was not sent when the journal refused to record it.
    static func notJournaled(_ error: any Error) -> LocalizedText {
        let english = (error as? JournalError)?.message(in: .english) ?? String(describing: error)
        let french = (error as? JournalError)?.message(in: .french) ?? english
        return LocalizedText(
            en: Strings.Bulk.notJournaled.filling(["reason": english]).text(in: .english),
            fr: Strings.Bulk.notJournaled.filling(["reason": french]).text(in: .french))
    }

    /// `errors` as one line: `non_field_errors` messages as they are, others as `field: message`.
    static func reason(_ errors: [String: [String]]) -> LocalizedText {
        let text = errors.keys.sorted().map { field in
            let messages = errors[field, default: []].joined(separator: " ")
            return field == "non_field_errors" ? messages : "\(field): \(messages)"
        }.joined(separator: "; ")
        return text.isEmpty ? Strings.Bulk.noReason : LocalizedText(en: text, fr: text)
    }
}
