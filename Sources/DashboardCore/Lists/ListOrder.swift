import SenfenicoAPI

/// Ordering and comparing list refreshes. A refresh of 100 000 charges reaches `reduce` on the
/// UI thread, so the common cases (already newest first, the same rows with new ones on top)
/// cost one pass by index, copying no row, instead of a sort and a dictionary of references.
public enum ListOrder {
    @usableFromInline static let epoch = Timestamp(microsecondsSinceEpoch: 0)

    /// Rows newest first; Swift's sort is stable, so rows with the same time keep the
    /// server's order. Rows already in that order are returned as they are.
    @inlinable
    public static func newestFirst<Row: ListItem>(_ rows: [Row]) -> [Row] {
        var index = 1
        while index < rows.count, (rows[index - 1].sortTime ?? epoch) >= (rows[index].sortTime ?? epoch) {
            index += 1
        }
        guard index < rows.count else { return rows }
        return rows.sorted { ($0.sortTime ?? epoch) > ($1.sortTime ?? epoch) }
    }

    /// References whose status differs between two refreshes of a list, and those that are
    /// new in the second (none when the first was empty: that is the first load).
    @inlinable
    public static func changes<Row: ListItem>(from old: [Row], to new: [Row]) -> (
        statusChanged: [String], added: [String]
    ) {
        guard let first = old.first?.reference else { return ([], []) }
        // The same list handed back (nothing new since the last read): nothing to walk.
        if isSameStorage(old, new) { return ([], []) }
        // Usually the old rows follow the new ones that arrived on top: walk both together.
        if let offset = new.prefix(1_000).firstIndex(where: { $0.reference == first }), new.count - offset >= old.count
        {
            var changed: [String] = []
            var index = 0
            while index < old.count, old[index].reference == new[offset + index].reference {
                if old[index].statusText != new[offset + index].statusText { changed.append(old[index].reference) }
                index += 1
            }
            if index == old.count { return (changed, new.prefix(offset).map(\.reference)) }
        }
        let previous = Dictionary(old.map { ($0.reference, $0.statusText) }, uniquingKeysWith: { first, _ in first })
        var changed: [String] = []
        var added: [String] = []
        for row in new {
            if let status = previous[row.reference] {
                if status != row.statusText { changed.append(row.reference) }
            } else {
                added.append(row.reference)
            }
        }
        return (changed, added)
    }

    /// Whether two arrays are one and the same storage: then they are equal without a look at
    /// their 100 000 rows.
    @inlinable
    public static func isSameStorage<Row>(_ a: [Row], _ b: [Row]) -> Bool {
        a.count == b.count
            && a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
