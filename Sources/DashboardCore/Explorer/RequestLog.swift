import Foundation
import SenfenicoAPI

/// One exchange as the request log keeps it: numbered in the order the client finished them.
public struct LoggedExchange: Sendable, Hashable {
    /// 1 for the session's first exchange, then one more for each.
    public var sequence: Int
    /// When the client had the answer (or gave up on it).
    public var finishedAt: Timestamp
    public var exchange: Exchange

    public init(sequence: Int, finishedAt: Timestamp, exchange: Exchange) {
        self.sequence = sequence
        self.finishedAt = finishedAt
        self.exchange = exchange
    }
}

/// Every request the client made this session, newest first, for the developer view. Bounded:
/// a dashboard left open all day keeps the last `capacity` (each holds at most two 4 KB
/// bodies), so memory stays flat.
public struct RequestLog: Sendable, Hashable {
    public static let capacity = 500

    /// Newest first.
    public private(set) var entries: [LoggedExchange] = []
    /// How many were recorded in all, the dropped ones included.
    public private(set) var recordedCount = 0
    /// Where the client sends its requests (scheme, host, port), for the `curl` command.
    public var baseURL = ClientConfiguration.defaultBaseURL
    /// Set on the embedded sandbox only: its key goes into the copied `curl` commands. Against
    /// Senfenico (test or live) they read the key from `$SENFENICO_API_KEY`.
    public var sandboxKey: SandboxKey?

    public init() {}

    /// Adds an exchange in sequence order (usually on top) and drops the oldest past capacity.
    public mutating func record(_ entry: LoggedExchange) {
        let index = entries.firstIndex { $0.sequence < entry.sequence } ?? entries.count
        entries.insert(entry, at: index)
        recordedCount += 1
        if entries.count > Self.capacity { entries.removeLast(entries.count - Self.capacity) }
    }

    /// The index of the entry numbered `sequence`; nil means the newest. An entry dropped
    /// meanwhile was older than all the others, so the oldest stands for it.
    func index(of sequence: Int?) -> Int? {
        guard !entries.isEmpty else { return nil }
        guard let sequence else { return 0 }
        return entries.firstIndex { $0.sequence == sequence } ?? entries.count - 1
    }

    /// The `curl` command that repeats `entry`, as `y` copies it: on the embedded sandbox with
    /// its key, so it runs as is.
    public func curlCommand(for entry: LoggedExchange) -> String {
        command(for: entry, key: sandboxKey?.secret)
    }

    /// The same command as the screen shows it: the sandbox's key masked.
    func shownCurlCommand(for entry: LoggedExchange) -> String {
        command(for: entry, key: sandboxKey?.masked)
    }

    /// The header `Exchange.curlCommand` reads the key with, when the command runs.
    static let keyFromEnvironment = #"--header "X-API-KEY: $SENFENICO_API_KEY""#

    private func command(for entry: LoggedExchange, key: String?) -> String {
        let command = entry.exchange.curlCommand(baseURL: baseURL)
        // The first one: the header comes before the body, which could hold the same words.
        guard let key, let range = command.range(of: Self.keyFromEnvironment) else { return command }
        let header = "--header " + Exchange.shellQuoted("X-API-KEY: " + key)
        return command.replacingCharacters(in: range, with: header)
    }
}
