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

    /// The positions of `rows` (newest first) in this order; ties keep the rows' own order
    /// (newest first). Statuses and operators are ranked through the rows' index, each
    /// distinct one once; amounts are compared as integers.
    static func order<Row: PaneRow>(of rows: [Row], by sort: ListSort, index: RowSearchIndex<Row>) -> [Int] {
        switch sort {
        case .time:
            return Array(rows.indices)
        case .amount:
            // Largest first: the negated amount, in hundredths.
            let keys = rows.map { -$0.amount.hundredths }
            return rows.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        case .status:
            return index.order(byStatus: true)
        case .operator:
            return index.order(byStatus: false)
        }
    }
}
