import SenfenicoAPI

/// A list refresh made ready to show: the rows newest first, merged with those held when only
/// the newest were read, their search index, each sort's order, and what changed since the
/// rows before. Everything here costs time in proportion to the list (up to 100 000 rows), so
/// the app makes it in the fetch task, off the UI thread; the UI thread then only swaps it in
/// (`ListPane.install`). `reduce` makes it itself for the plain `…Loaded` actions (tests).
public struct PreparedRows<Row: PaneRow>: Sendable {
    public let rows: [Row]
    let index: RowSearchIndex<Row>
    let orders: [ListSort: [Int]]
    /// References whose status differs from the rows before, and those new since (none on a
    /// first load: everything would be new).
    public let statusChanged: [String]
    public let added: [String]
    /// Older rows exist on the server than these (see `ListPane.hasMore`).
    public let hasMore: Bool
    /// The read carried an ETag (see `ListRead.tagged`); false slows the list's routine reads.
    public private(set) var tagged = true

    /// A whole read of the list, replacing `previous`.
    // Specialised for the app's two big lists: it calls these from another module, where the
    // generic code would read every row through witness tables, copying each whole.
    @_specialize(exported:true,where Row == Charge)
    @_specialize(exported:true,where Row == Transfer)
    public init(whole rows: [Row], after previous: [Row]) {
        self.init(newestFirst: ListOrder.newestFirst(rows), after: previous, hasMore: false)
    }

    /// The newest rows of a longer list put in place of the newest of `previous`, keeping the
    /// older rows held from a whole read. When the newest rows reach back into those held (a
    /// row in both), nothing was missed between and the list stays whole if it was; otherwise
    /// (the first read, or more new rows than were read) older rows exist that are not held.
    // Specialised for the app's two big lists: it calls these from another module, where the
    // generic code would read every row through witness tables, copying each whole.
    @_specialize(exported:true,where Row == Charge)
    @_specialize(exported:true,where Row == Transfer)
    public init(newest rows: [Row], over previous: [Row], previousHasMore: Bool) {
        let newest = ListOrder.newestFirst(rows)
        let fresh = Set(newest.map(\.reference))
        // The held rows are read in place (`ListItem.identity`): a getter on a row of a generic
        // list copies the whole row.
        let heldReferences = previous.withUnsafeBufferPointer { held in
            held.indices.map { Row.identity(of: held.baseAddress! + $0).reference }
        }
        let overlaps = heldReferences.contains { fresh.contains($0) }
        var merged = newest
        if let oldest = newest.last?.reference, overlaps, let start = heldReferences.firstIndex(of: oldest) {
            // The held rows older than the newest read, in their order (newest first).
            merged += (start + 1..<heldReferences.count).lazy.filter { !fresh.contains(heldReferences[$0]) }
                .map { previous[$0] }
        }
        self.init(
            newestFirst: merged, after: previous, hasMore: !overlaps || previousHasMore || previous.isEmpty)
    }

    /// A read made ready after `last` (what the UI thread shows now). A read that brings the
    /// same rows again, as most routine refreshes do, gives `last` back without its changes:
    /// nothing is merged, indexed or sorted again, and the UI thread sees the same storage and
    /// does nothing.
    @_specialize(exported:true,where Row == Charge)
    @_specialize(exported:true,where Row == Transfer)
    public static func after(_ last: PreparedRows?, reading read: ListRead<Row>) -> PreparedRows {
        var prepared = made(after: last, reading: read)
        prepared.tagged = read.tagged
        return prepared
    }

    private static func made(after last: PreparedRows?, reading read: ListRead<Row>) -> PreparedRows {
        guard let last else {
            return read.complete
                ? PreparedRows(whole: read.rows, after: [])
                : PreparedRows(newest: read.rows, over: [], previousHasMore: false)
        }
        let newest = ListOrder.newestFirst(read.rows)
        let unchanged =
            read.complete
            ? newest == last.rows
            : newest.count <= last.rows.count && !newest.isEmpty && newest[...] == last.rows.prefix(newest.count)
        if unchanged, read.complete ? !last.hasMore : true {
            return PreparedRows(
                rows: last.rows, index: last.index, orders: last.orders, statusChanged: [], added: [],
                hasMore: last.hasMore)
        }
        return read.complete
            ? PreparedRows(whole: newest, after: last.rows)
            : PreparedRows(newest: newest, over: last.rows, previousHasMore: last.hasMore)
    }

    private init(
        rows: [Row], index: RowSearchIndex<Row>, orders: [ListSort: [Int]], statusChanged: [String], added: [String],
        hasMore: Bool
    ) {
        self.rows = rows
        self.index = index
        self.orders = orders
        self.statusChanged = statusChanged
        self.added = added
        self.hasMore = hasMore
    }

    private init(newestFirst rows: [Row], after previous: [Row], hasMore: Bool) {
        self.rows = rows
        self.hasMore = hasMore
        (statusChanged, added) = ListOrder.changes(from: previous, to: rows)
        index = RowSearchIndex(rows)
        var orders: [ListSort: [Int]] = [:]
        for sort in ListSort.allCases where sort != .time {
            orders[sort] = ListSort.order(of: rows, by: sort, index: index)
        }
        self.orders = orders
    }
}

extension PreparedRows: Equatable {
    /// The index and the orders are made from the rows: equal rows give equal ones.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rows == rhs.rows && lhs.hasMore == rhs.hasMore && lhs.statusChanged == rhs.statusChanged
            && lhs.added == rhs.added
    }
}
