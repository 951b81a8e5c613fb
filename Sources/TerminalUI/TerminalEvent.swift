import DashboardCore

/// What the terminal reported: a key (or resize), or a click at a cell.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    case click(x: Int, y: Int)
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
        case .hangUp:
            return nil
        }
    }
}
