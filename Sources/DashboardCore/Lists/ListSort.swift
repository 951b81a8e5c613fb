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

    /// Whether row `a` comes before row `b`. Ties keep the rows' order (newest first), since
    /// the sort that uses this is stable.
    func precedes<Row: PaneRow>(_ a: Row, _ b: Row) -> Bool {
        switch self {
        case .time: false
        case .amount: a.amount > b.amount
        case .status: a.status.rawValue < b.status.rawValue
        case .operator: a.operatorName < b.operatorName
        }
    }
}
