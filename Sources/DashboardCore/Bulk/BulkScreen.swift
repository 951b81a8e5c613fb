import BulkTransfers
import Localization
import SenfenicoAPI

/// The bulk transfer screen: a CSV file chosen, checked row by row, sent in paced batches,
/// and every row's result. Only `preview` sends, once, and `running` ignores keys.
public struct BulkScreen: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        case choosingFile
        case loading
        case preview
        case running
        case results
    }

    public var step: Step = .choosingFile
    public var pathText: String
    public var fileError: LocalizedText?
    public var preview: BulkPreview?
    /// With a live key: the total typed again to confirm.
    public var confirmText = ""
    public var confirmError: LocalizedText?
    public var progress: BulkProgress?
    public var report: BulkReport?
    /// The first line shown of the bad rows (preview) or of the results.
    public var scroll = 0
    public var savedPath: String?

    public init(pathText: String = "") {
        self.pathText = pathText
    }

    /// Where the results go by default: beside the file, named after it and the time.
    func resultsPath(at time: Timestamp) -> String {
        var base = pathText
        if base.lowercased().hasSuffix(".csv") { base.removeLast(4) }
        let stamp = time.iso8601.prefix(19).replacingOccurrences(of: ":", with: "").replacingOccurrences(
            of: "-", with: "")
        return base + "-results-" + stamp + ".csv"
    }
}

/// The app's answers for the bulk screen.
public enum BulkEvent: Sendable, Equatable {
    case loaded(BulkPreview)
    case loadFailed(LocalizedText)
    case progress(BulkProgress)
    case finished(BulkReport)
    /// The results file was written at `path`, or not (`failure`).
    case saved(path: String, failure: String?)
}
