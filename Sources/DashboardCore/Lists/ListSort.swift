import Localization
import SenfenicoAPI

/// The orders a list can be shown in; `o` cycles them on the focused list and the pane's title
/// names the current one.
public enum ListSort: Sendable, Hashable, CaseIterable {
    /// Newest first, as the API lists them.
    case time
    /// Largest first.
    case amount
    /// By status word, then newest first.
    case status
    /// By operator or wallet name, then newest first.
    case `operator`

    public var name: LocalizedText {
        switch self {
        case .time: Strings.Dashboard.sortTime
        case .amount: Strings.Dashboard.sortAmount
        case .status: Strings.Dashboard.sortStatus
        case .operator: Strings.Dashboard.sortOperator
        }
    }

    public var next: ListSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The positions of `rows` (newest first) in this order. Each row's key is made once, then
    /// compared as an integer; ties keep the rows' own order (newest first).
    static func order<Row: PaneRow>(of rows: [Row], by sort: ListSort) -> [Int] {
        let keys: [Int64]
        switch sort {
        case .time:
            return Array(rows.indices)
        case .amount:
            // Largest first: the negated amount, in hundredths.
            keys = rows.map { -$0.amount.hundredths }
        case .status:
            keys = ranks(rows.map(\.status.rawValue))
        case .operator:
            keys = ranks(rows.map(\.operatorName))
        }
        return rows.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    /// Each text's rank among the distinct texts, in alphabetical order.
    private static func ranks(_ texts: [String]) -> [Int64] {
        let distinct = Set(texts).sorted()
        let rank = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($0.element, Int64($0.offset)) })
        return texts.map { rank[$0]! }
    }
}
