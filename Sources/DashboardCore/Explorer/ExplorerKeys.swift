import Localization

/// Keys of the developer view. Like everywhere else: letters, Enter, Esc, Tab, arrows and
/// function keys only (AZERTY keyboards need Shift or AltGr for digits and brackets).
enum ExplorerKeys {
    /// `d` from the dashboard, F12 from anywhere (the charge wizard included).
    static let functionKey = Key.function(12)

    /// Opens the developer view on the newest request.
    static func open(_ state: inout AppState) {
        state.explorer = ExplorerState()
    }

    /// The key's effects while the developer view is on top (the router gives it every key
    /// then; F12 opens it from anywhere through the router's global keys).
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var explorer = state.explorer else { return [] }
        if explorer.isEditingFilter {
            editFilter(key, &explorer)
            state.explorer = explorer
            return []
        }
        switch key {
        case .character("d"), functionKey:
            state.explorer = nil
            return []
        case .escape, .left:
            guard explorer.isDetailOpen else {
                guard key == .escape else { return [] }
                // A kept filter is cleared first; the next Esc closes.
                if explorer.filter.isEmpty {
                    state.explorer = nil
                } else {
                    state.explorer?.filter = ""
                }
                return []
            }
            explorer.isDetailOpen = false
            explorer.scroll = 0
        case .character("/"), .character("f"):
            // `f` as on the dashboard (`/` is Shift-: on AZERTY). The filter is of the list: the
            // list comes back to type it.
            explorer.isEditingFilter = true
            explorer.isDetailOpen = false
            explorer.scroll = 0
        case .character("b"):
            explorer.hidesBalancePolls.toggle()
        case .character("q"), .function(10):
            // As from the dashboard: asked first while money moves, over the developer view.
            return KeyHandling.quit(&state)
        case .character("?"):
            state.isHelpVisible = true
        case .character("r"), .function(5):
            return startRefresh(&state)
        case .function(9):
            return [.exportDay]
        case .character("y"):
            return copy(explorer, &state)
        case .enter:
            // The detail stays on the request it opened with, whatever comes in meanwhile.
            explorer.selectedSequence = selected(explorer, state)?.sequence
            explorer.isDetailOpen.toggle()
            explorer.scroll = 0
        case .tab, .backTab:
            explorer.body = explorer.body == .response ? .request : .response
            explorer.scroll = 0
        case .up, .character("k"), .wheelUp:
            move(by: -1, &explorer, state)
        case .down, .character("j"), .wheelDown:
            move(by: 1, &explorer, state)
        case .pageUp:
            move(by: -page(explorer, state), &explorer, state)
        case .pageDown:
            move(by: page(explorer, state), &explorer, state)
        case .home:
            if explorer.isDetailOpen {
                explorer.scroll = 0
            } else {
                // Back to the top, following new requests again.
                explorer.selectedSequence = nil
            }
        case .end:
            move(by: Int.max / 2, &explorer, state)
        default:
            break
        }
        state.explorer = explorer
        return []
    }

    /// The request the selection stands on, if the list shows any. The full detail stays on
    /// the request it opened with, even when `b` hides it from the list meanwhile.
    static func selected(_ explorer: ExplorerState, _ state: AppState) -> LoggedExchange? {
        if explorer.isDetailOpen, let sequence = explorer.selectedSequence,
            let entry = state.requestLog.entries.first(where: { $0.sequence == sequence })
        {
            return entry
        }
        let entries = ExplorerFilter.visible(explorer, state.requestLog)
        return ExplorerFilter.index(of: explorer.selectedSequence, in: entries).map { entries[$0] }
    }

    /// While the filter is typed every key goes to it: letters (`q`, `d`, `y` too) are typed,
    /// Backspace deletes, Enter keeps the filter, Esc clears it; other keys do nothing.
    private static func editFilter(_ key: Key, _ explorer: inout ExplorerState) {
        switch key {
        case .character(let character):
            // A pasted line break or control character is not part of a filter.
            if !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                explorer.filter.append(character)
            }
        case .backspace:
            _ = explorer.filter.popLast()
        case .enter:
            explorer.isEditingFilter = false
        case .escape:
            explorer.isEditingFilter = false
            explorer.filter = ""
        default:
            break
        }
    }

    /// `y`: the selected request as a curl command, to the clipboard and to a file.
    private static func copy(_ explorer: ExplorerState, _ state: inout AppState) -> [Effect] {
        guard let entry = selected(explorer, state) else {
            state.showNotice(Strings.Explorer.nothingToCopy, seconds: 5)
            return []
        }
        return [.copyToClipboard(state.requestLog.curlCommand(for: entry))]
    }

    /// In the list, moves the selection (and pins it); in the full detail, scrolls.
    private static func move(by delta: Int, _ explorer: inout ExplorerState, _ state: AppState) {
        if explorer.isDetailOpen {
            let size = state.screenSize ?? Size(width: 80, height: 24)
            let lines = ExplorerDetail.lineCount(explorer, state, width: ExplorerLayout.fullTextWidth(size))
            let last = max(0, lines - ExplorerLayout.fullTextRows(size))
            explorer.scroll = max(0, min(last, explorer.scroll + delta))
            return
        }
        let entries = ExplorerFilter.visible(explorer, state.requestLog)
        guard let index = ExplorerFilter.index(of: explorer.selectedSequence, in: entries) else { return }
        explorer.selectedSequence = entries[clamp(index + delta, count: entries.count)].sequence
    }

    /// Rows a page key moves: what the list, or the full detail, shows at this size.
    private static func page(_ explorer: ExplorerState, _ state: AppState) -> Int {
        let size = state.screenSize ?? Size(width: 80, height: 24)
        return max(
            1,
            explorer.isDetailOpen
                ? ExplorerLayout.fullTextRows(size) - 1
                : ExplorerLayout.listRows(size, count: ExplorerFilter.visible(explorer, state.requestLog).count))
    }

}
