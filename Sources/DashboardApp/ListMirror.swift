import DashboardCore
import SenfenicoAPI
import Synchronization

/// The rows of one list as the UI thread holds them, kept beside the fetch tasks so that a
/// refresh is merged, indexed and sorted there (`PreparedRows`), off the UI thread, which then
/// only swaps the result in. The state's rows only ever come from here, one fetch at a time
/// (`startFetches` skips a list already being fetched), so the two stay the same rows.
///
/// The rows the UI thread let go of at the previous refresh are kept one refresh longer and
/// freed here: 100 000 rows freed on the UI thread are a dozen releases each, several
/// milliseconds of a frame; kept alive here, the UI thread's release is one count on the array.
final class ListMirror<Row: PaneRow>: Sendable {
    private struct Held: Sendable {
        var last: PreparedRows<Row>?
        var retired: PreparedRows<Row>?
    }

    private let held = Mutex(Held())

    /// A read made ready after the rows held (see `PreparedRows.after`).
    func prepare(_ read: ListRead<Row>) -> PreparedRows<Row> {
        var freedHere: PreparedRows<Row>?
        let prepared = held.withLock { held in
            let prepared = PreparedRows.after(held.last, reading: read)
            // The same rows again: nothing changes hands.
            if let last = held.last, ListOrder.isSameStorage(last.rows, prepared.rows) { return prepared }
            swap(&freedHere, &held.retired)
            held.retired = held.last
            held.last = prepared
            return prepared
        }
        // The rows retired a refresh ago, freed by this task rather than the UI thread.
        freedHere = nil
        _ = freedHere
        return prepared
    }
}
