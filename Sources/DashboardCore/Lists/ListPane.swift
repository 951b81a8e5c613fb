import SenfenicoAPI

/// One list of the dashboard (charges, transfers, settlements, checkouts): its rows newest
/// first, and what the person did to it: selection, filter, sort. The rows shown are kept as
/// indices, updated when the rows, the filter or the sort change, so drawing a frame or moving
/// the selection never re-filters 100 000 rows; a filter searches the rows' index
/// (`RowSearchIndex`), typing one more character only the rows the shorter query let through,
/// and Backspace goes back to them.
public struct ListPane<Row: PaneRow>: Sendable, Equatable {
    /// Newest first.
    public private(set) var rows: [Row] = []
    /// The selected row, as a position among those shown.
    public var selection = 0
    public var isEditingFilter = false
    public var filter = "" {
        didSet { if filter != oldValue { refilter(from: oldValue) } }
    }
    public var sort: ListSort = .time {
        didSet { if sort != oldValue { reorder() } }
    }
    /// Rows that arrived since the previous refresh and are still marked, for the title.
    public var newReferences: Set<String> = []
    /// The server has older rows than these: only the newest were read (the API's lists have
    /// no paging or count, so routine refreshes read the newest rows only). The title then
    /// says "N+", never a false total; filtering, sorting or scrolling to the end reads all.
    public var hasMore = false
    /// Indices into `rows` of the rows shown, in the order shown.
    public private(set) var shown: [Int] = []
    /// The filtered indices for each query typed so far, in row order: Backspace goes back to
    /// the previous one instead of searching again.
    private var filtered: [(query: String, indices: [Int])] = []
    /// Each sort's order of every row, made with the rows (`PreparedRows`), or here the first
    /// time it is asked for.
    private var sortedOrders: [ListSort: [Int]] = [:]
    /// What the filter searches, laid out once per load (see `RowSearchIndex`).
    private var index = RowSearchIndex<Row>([])

    public init(rows: [Row] = []) {
        replaceRows(rows)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rows == rhs.rows && lhs.selection == rhs.selection && lhs.filter == rhs.filter
            && lhs.isEditingFilter == rhs.isEditingFilter && lhs.sort == rhs.sort
            && lhs.newReferences == rhs.newReferences && lhs.hasMore == rhs.hasMore
    }

    public var count: Int { shown.count }

    public func row(at position: Int) -> Row? {
        shown.indices.contains(position) ? rows[shown[position]] : nil
    }

    public var selectedRow: Row? { row(at: selection) }

    /// The rows shown, in order (tests and exports; views read `row(at:)` for what fits).
    public var visibleRows: [Row] { shown.map { rows[$0] } }

    public mutating func move(by delta: Int) {
        let (sum, overflow) = selection.addingReportingOverflow(delta)
        selection = clampedSelection(overflow ? (delta > 0 ? Int.max : Int.min) : sum)
    }

    public mutating func select(_ position: Int) {
        selection = clampedSelection(position)
    }

    private func clampedSelection(_ position: Int) -> Int { max(0, min(position, shown.count - 1)) }

    /// New rows from a refresh (any order: they are put newest first), prepared here; the app
    /// prepares big lists off the UI thread and calls `install` instead.
    public mutating func replaceRows(_ newRows: [Row]) {
        // The same rows again: the filter and sort already hold for them.
        if !rows.isEmpty, ListOrder.isSameStorage(rows, newRows) { return }
        install(PreparedRows(whole: newRows, after: []))
    }

    /// Shows prepared rows: what is left to do here is in proportion to the rows shown or
    /// matched, never a pass over every row's text. The filter is applied once to them (through
    /// the index), and the selection follows its row.
    public mutating func install(_ prepared: PreparedRows<Row>) {
        if !rows.isEmpty, ListOrder.isSameStorage(rows, prepared.rows) { return }
        let selected = selectedRow?.reference
        rows = prepared.rows
        index = prepared.index
        sortedOrders = prepared.orders
        let all = Array(rows.indices)
        filtered = [("", all)]
        if !RowQuery(filter).isEmpty { filtered.append((filter, index.search(filter, among: all))) }
        reorder()
        // The selection follows its row (read in place: see `ListItem.identity`).
        selection =
            selected.flatMap { reference in
                rows.withUnsafeBufferPointer { rows in
                    shown.firstIndex { Row.identity(of: rows.baseAddress! + $0).reference == reference }
                }
            } ?? clampedSelection(selection)
    }

    /// The filter changed: search only the rows the query it extends let through.
    private mutating func refilter(from oldValue: String) {
        while let last = filtered.last, last.query != "", !filter.hasPrefix(last.query) {
            filtered.removeLast()
        }
        if filtered.last?.query != filter {
            let base = filtered.last?.indices ?? Array(rows.indices)
            filtered.append((filter, index.search(filter, among: base)))
        }
        reorder()
        selection = 0
    }

    /// Puts the filtered rows in the sort's order (stable: ties stay newest first). Each sort's
    /// order of all the rows is worked out once per load; a filter then only picks from it.
    private mutating func reorder() {
        let indices = filtered.last?.indices ?? Array(rows.indices)
        guard sort != .time else {
            shown = indices
            return
        }
        let order = sortedOrders[sort] ?? ListSort.order(of: rows, by: sort, index: index)
        sortedOrders[sort] = order
        if indices.count == rows.count {
            shown = order
        } else {
            var kept = [Bool](repeating: false, count: rows.count)
            for index in indices { kept[index] = true }
            shown = order.filter { kept[$0] }
        }
        selection = clampedSelection(selection)
    }
}
