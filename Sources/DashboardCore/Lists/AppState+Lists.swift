import SenfenicoAPI

/// What the keys and the mouse do to a list, whichever list it is.
public enum ListCommand: Sendable, Hashable {
    case move(by: Int)
    case select(Int)
    case startFilter
    case typeInFilter(Character)
    case deleteInFilter
    case endFilter
    case clearFilter
    case cycleSort
}

/// A list pane read without knowing its kind of row.
public protocol ListReading {
    var selection: Int { get }
    var filter: String { get }
    var isEditingFilter: Bool { get }
    var sort: ListSort { get }
    var count: Int { get }
    var newReferences: Set<String> { get }
    /// The screen Enter opens on the selected row.
    var selectedOverlay: Overlay? { get }
}

extension ListPane: ListReading {
    public var selectedOverlay: Overlay? { selectedRow?.detailOverlay }

    mutating func apply(_ command: ListCommand) {
        switch command {
        case .move(let delta): move(by: delta)
        case .select(let position): select(position)
        case .startFilter: isEditingFilter = true
        case .typeInFilter(let character): filter.append(character)
        case .deleteInFilter: _ = filter.popLast()
        case .endFilter: isEditingFilter = false
        case .clearFilter:
            isEditingFilter = false
            filter = ""
        case .cycleSort:
            let selected: Int? = shown.indices.contains(selection) ? shown[selection] : nil
            sort = sort.next
            // The selected row stays selected in its new place.
            if let selected, let position = shown.firstIndex(of: selected) { selection = position }
        }
    }
}

extension AppState {
    /// The one place a pane is turned into its list.
    public func list(_ pane: Pane) -> any ListReading {
        switch pane {
        case .transfers: transferList
        case .settlements: settlementList
        case .checkouts: checkoutList
        case .balances, .charges: chargeList
        }
    }

    mutating func apply(_ command: ListCommand, to pane: Pane) {
        switch pane {
        case .balances: return
        case .charges: chargeList.apply(command)
        case .transfers: transferList.apply(command)
        case .settlements: settlementList.apply(command)
        case .checkouts: checkoutList.apply(command)
        }
    }

    /// Whether the focused list's filter is being typed: every key goes to it.
    var isEditingFilter: Bool { focus != .balances && list(focus).isEditingFilter }

    // The rows of each list, newest first. Setting them is a refresh without marks.

    public var charges: [Charge] {
        get { chargeList.rows }
        set { chargeList.replaceRows(newValue) }
    }

    public var transfers: [Transfer] {
        get { transferList.rows }
        set { transferList.replaceRows(newValue) }
    }

    public var settlements: [Settlement] {
        get { settlementList.rows }
        set { settlementList.replaceRows(newValue) }
    }

    public var checkouts: [Checkout] {
        get { checkoutList.rows }
        set { checkoutList.replaceRows(newValue) }
    }

    /// New rows stay counted in their pane's title as long as their mark shows.
    mutating func forgetExpiredNewRows() {
        let marks = changeMarks
        func prune(_ references: inout Set<String>) {
            if !references.isEmpty { references = references.filter { marks[$0] != nil } }
        }
        prune(&chargeList.newReferences)
        prune(&transferList.newReferences)
        prune(&settlementList.newReferences)
        prune(&checkoutList.newReferences)
    }

    /// The settlement under the selection on the settlements page.
    var selectedSettlement: Settlement? { settlementList.selectedRow }
    var selectedCheckout: Checkout? { checkoutList.selectedRow }
}
