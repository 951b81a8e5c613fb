import Localization
import SenfenicoAPI

/// The rows sent in one bulk call: at most 100, in file order.
public struct BulkBatch: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    public var rows: [BulkRow]

    public init(number: Int, rows: [BulkRow]) {
        self.number = number
        self.rows = rows
    }

    public var requests: [TransferRequest] { rows.map(\.request) }
}

/// What became of one row.
public enum BulkResult: Sendable, Hashable {
    /// Senfenico accepted it: the transfer is queued (it completes, or fails, later; see
    /// `senfenico transfers get`).
    case queued
    /// Senfenico refused it (its `failed_transfers` entry), or refused its whole batch.
    case refused(reason: LocalizedText)
    /// The batch was sent and its answer lost or unreadable: the row may have been paid. It is
    /// never resent automatically; look its `ext_id` up in the transfers list.
    case unknown(reason: LocalizedText)
    /// Its batch was not sent (refused before sending, or an earlier batch failed).
    case notSent(reason: LocalizedText)

    /// The result's kind, without the reason.
    public var kind: Kind {
        switch self {
        case .queued: .queued
        case .refused: .refused
        case .unknown: .unknown
        case .notSent: .notSent
        }
    }

    public var reason: LocalizedText? {
        switch self {
        case .queued: nil
        case .refused(let reason), .unknown(let reason), .notSent(let reason): reason
        }
    }

    /// The kinds of result, `invalid` included for the rows the preview refused.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case queued
        case refused
        case unknown
        case notSent = "not_sent"
        case invalid

        /// The word a person reads; `rawValue` is the key written to CSV and JSON.
        public var label: LocalizedText {
            switch self {
            case .queued: Strings.Bulk.resultQueued
            case .refused: Strings.Bulk.resultRefused
            case .unknown: Strings.Bulk.resultUnknown
            case .notSent: Strings.Bulk.resultNotSent
            case .invalid: Strings.Bulk.resultInvalid
            }
        }
    }
}

/// One valid row and what became of it.
public struct BulkRowReport: Sendable, Hashable {
    public var row: BulkRow
    /// The batch it was in (1-based).
    public var batch: Int
    public var result: BulkResult

    public init(row: BulkRow, batch: Int, result: BulkResult) {
        self.row = row
        self.batch = batch
        self.result = result
    }
}

/// What one bulk call came to.
public enum BulkBatchOutcome: Sendable, Equatable {
    /// Senfenico answered; `failed_transfers` lists the rows it refused.
    case answered(BulkTransferOutcome)
    /// The call failed as a whole.
    case failed(SenfenicoError)
    /// Not sent: an earlier batch failed, or the run was cancelled.
    case skipped
}

public struct BulkBatchReport: Sendable, Equatable {
    public var number: Int
    public var rowCount: Int
    public var outcome: BulkBatchOutcome

    public init(number: Int, rowCount: Int, outcome: BulkBatchOutcome) {
        self.number = number
        self.rowCount = rowCount
        self.outcome = outcome
    }
}

/// Where a run stands, after each batch.
public struct BulkProgress: Sendable, Equatable {
    /// Rows whose batch has been sent and answered (or whose answer was lost).
    public var rowsSent: Int
    public var totalRows: Int
    /// Batches done, sent or skipped.
    public var batchesDone: Int
    public var totalBatches: Int
    /// The batch that just ended; `nil` in the first report, before any is sent.
    public var lastBatch: BulkBatchReport?

    public init(rowsSent: Int, totalRows: Int, batchesDone: Int, totalBatches: Int, lastBatch: BulkBatchReport?) {
        self.rowsSent = rowsSent
        self.totalRows = totalRows
        self.batchesDone = batchesDone
        self.totalBatches = totalBatches
        self.lastBatch = lastBatch
    }

    /// From 0 to 1, by batches done.
    public var fraction: Double { totalBatches == 0 ? 1 : Double(batchesDone) / Double(totalBatches) }
}

/// The whole run: every valid row's result, in file order, and every batch's outcome.
public struct BulkReport: Sendable, Equatable {
    public var rows: [BulkRowReport]
    public var batches: [BulkBatchReport]

    public init(rows: [BulkRowReport], batches: [BulkBatchReport]) {
        self.rows = rows
        self.batches = batches
    }

    public func count(_ kind: BulkResult.Kind) -> Int { rows.count { $0.result.kind == kind } }

    /// The amount of the queued rows, exact.
    public var queuedAmount: Money {
        rows.filter { $0.result == .queued }.reduce(.zero) { $0 + $1.row.amount }
    }

    public var allQueued: Bool { rows.allSatisfy { $0.result == .queued } }
}

/// A progress report, then the final report, for a caller that reads events (the dashboard).
public enum BulkRunEvent: Sendable, Equatable {
    case progress(BulkProgress)
    case finished(BulkReport)
}
