import Foundation
import SenfenicoAPI

/// Which requests the developer view's list shows: those the `/` filter finds, without the
/// balance polls when `b` hides them. The log holds at most `RequestLog.capacity` requests, so
/// the list is worked out again whenever it is needed.
struct ExplorerFilter {
    /// The filter lowercased without accents, spaces around it ignored; empty finds everything.
    private let needle: String
    private let hidesBalancePolls: Bool

    init(_ explorer: ExplorerState) {
        needle = RowQuery.fold(explorer.filter.trimmingCharacters(in: .whitespaces))
        hidesBalancePolls = explorer.hidesBalancePolls
    }

    /// The requests of `log` the list shows, newest first.
    static func visible(_ explorer: ExplorerState, _ log: RequestLog) -> [LoggedExchange] {
        let filter = ExplorerFilter(explorer)
        guard !filter.needle.isEmpty || filter.hidesBalancePolls else { return log.entries }
        return log.entries.filter(filter.shows)
    }

    /// A balance poll: the dashboard reads the balances only to refresh them (on its timer,
    /// or `r`), so every `balances` request is one.
    static func isBalancePoll(_ entry: LoggedExchange) -> Bool {
        entry.exchange.operation == .balances
    }

    /// How many balance polls the log holds.
    static func balancePolls(in log: RequestLog) -> Int {
        log.entries.reduce(0) { $0 + (isBalancePoll($1) ? 1 : 0) }
    }

    func shows(_ entry: LoggedExchange) -> Bool {
        if hidesBalancePolls, Self.isBalancePoll(entry) { return false }
        guard !needle.isEmpty else { return true }
        let exchange = entry.exchange
        return contains(exchange.method.rawValue) || contains(exchange.path)
            || contains(exchange.status.map(String.init) ?? "") || contains(exchange.operation.rawValue)
            || contains(Self.errorCode(in: exchange.responseSample) ?? "")
    }

    private func contains(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased() : RowQuery.fold(text)
        return folded.contains(needle)
    }

    /// The `error_code` of an answer's JSON body (`{"error_code":"INVALID_DATA",…}`), found by
    /// a plain search: the sample may be cut, and only the code is wanted.
    static func errorCode(in body: String) -> String? {
        guard let key = body.range(of: #""error_code""#) else { return nil }
        var rest = body[key.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard rest.first == "\"" else { return nil }
        let code = rest.dropFirst().prefix { $0 != "\"" && $0 != "\\" }
        return code.isEmpty ? nil : String(code.prefix(64))
    }

    /// The index in `entries` (newest first) the selection `sequence` stands on; nil means the
    /// newest. A request no longer in the list (filtered out, or dropped from the log) gives
    /// way to the next older one shown, else to the oldest.
    static func index(of sequence: Int?, in entries: [LoggedExchange]) -> Int? {
        guard !entries.isEmpty else { return nil }
        guard let sequence else { return 0 }
        return entries.firstIndex { $0.sequence <= sequence } ?? entries.count - 1
    }
}
