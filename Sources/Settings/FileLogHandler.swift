import Foundation
import Logging
import SenfenicoAPI

/// A swift-log handler that appends to a `LogFile`, so nothing is ever written over the
/// dashboard. Every line goes through a `Redactor` as well: a key that slipped into a message
/// unmasked is replaced by its masked form before it reaches the disk.
public struct FileLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    private let label: String
    private let file: LogFile
    private let redactor: Redactor
    private let now: @Sendable () -> Date

    public init(
        label: String, file: LogFile, redactor: Redactor = Redactor(key: nil),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.label = label
        self.file = file
        self.redactor = redactor
        self.now = now
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        merged.merge(metadataProvider?.get() ?? [:]) { _, provided in provided }
        merged.merge(event.metadata ?? [:]) { _, explicit in explicit }
        if let error = event.error { merged["error"] = "\(error)" }
        let line = LogLine.format(
            time: now(), level: event.level, label: label, message: event.message.description, metadata: merged)
        file.append(redactor.scrub(line))
    }
}
