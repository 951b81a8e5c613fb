import DashboardCore

/// What the terminal reported: a key (or resize), or a click at a cell.
public enum TerminalEvent: Sendable, Hashable {
    public static let doubleClickInterval = Duration.milliseconds(400)

    case key(Key)
    case click(x: Int, y: Int)
    /// A second press on the same cell within `doubleClickInterval`: opens the row under it.
    case doubleClick(x: Int, y: Int)
    /// The wheel turned over a cell.
    case wheel(x: Int, y: Int, up: Bool)
    /// The terminal went away (window closed, ssh dropped): nobody is left to read the screen.
    case hangUp

    /// The action for this event in the current state; a click is hit-tested against the same
    /// layout `render` draws, so the pane under the pointer is the one selected.
    public func action(in state: AppState, size: Size) -> Action? {
        switch self {
        case .key(let key):
            return .key(key)
        case .click(let x, let y):
            guard let hit = DashboardLayout.hitTest(state, size: size, x: x, y: y) else { return nil }
            return .select(hit.pane, row: hit.row)
        case .doubleClick(let x, let y):
            guard let hit = DashboardLayout.hitTest(state, size: size, x: x, y: y) else { return nil }
            guard let row = hit.row else { return .select(hit.pane, row: nil) }
            return .open(hit.pane, row: row)
        case .wheel(let x, let y, let up):
            // Three rows a notch, as most terminals scroll text.
            let pane = DashboardLayout.hitTest(state, size: size, x: x, y: y)?.pane
            return .scroll(pane == .balances ? nil : pane, by: up ? -3 : 3)
        case .hangUp:
            return nil
        }
    }
}
