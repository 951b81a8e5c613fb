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
    /// new in the second (none when the first was empty: that is the first load). Rows are
    /// read in place (`ListItem.identity`), never copied.
    @inlinable
    public static func changes<Row: ListItem>(from old: [Row], to new: [Row]) -> (
        statusChanged: [String], added: [String]
    ) {
        guard !old.isEmpty else { return ([], []) }
        // The same list handed back (nothing new since the last read): nothing to walk.
        if isSameStorage(old, new) { return ([], []) }
        return old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                guard let oldBase = old.baseAddress else { return ([], []) }
                guard let newBase = new.baseAddress else { return ([], []) }
                let first = Row.identity(of: oldBase).reference
                // Usually the old rows follow the new ones that arrived on top: walk both together.
                if let offset = (0..<min(1_000, new.count)).first(where: {
                    Row.identity(of: newBase + $0).reference == first
                }), new.count - offset >= old.count {
                    var changed: [String] = []
                    var index = 0
                    while index < old.count {
                        let before = Row.identity(of: oldBase + index)
                        let after = Row.identity(of: newBase + offset + index)
                        guard before.reference == after.reference else { break }
                        if before.status != after.status { changed.append(before.reference) }
                        index += 1
                    }
                    if index == old.count {
                        return (changed, (0..<offset).map { Row.identity(of: newBase + $0).reference })
                    }
                }
                var previous: [String: String] = [:]
                previous.reserveCapacity(old.count)
                for index in 0..<old.count {
                    let row = Row.identity(of: oldBase + index)
                    if previous[row.reference] == nil { previous[row.reference] = row.status }
                }
                var changed: [String] = []
                var added: [String] = []
                for index in 0..<new.count {
                    let row = Row.identity(of: newBase + index)
                    if let status = previous[row.reference] {
                        if status != row.status { changed.append(row.reference) }
                    } else {
                        added.append(row.reference)
                    }
                }
                return (changed, added)
            }
        }
    }

    /// Whether two arrays are one and the same storage: then they are equal without a look at
    /// their 100 000 rows.
    @inlinable
    public static func isSameStorage<Row>(_ a: [Row], _ b: [Row]) -> Bool {
        a.count == b.count
            && a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
