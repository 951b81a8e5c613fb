import Localization
import SenfenicoAPI

/// Applies one action to the state and returns the work to do. Pure: no clock, no I/O.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return KeyHandling.handle(key, &state)
    case .tick(let now):
        state.now = now
        state.changeMarks = state.changeMarks.filter { $0.value > now }
        state.forgetExpiredNewRows()
        return state.startDueFetches() + WizardResults.tick(&state)
    case .resized(let size):
        state.screenSize = size
        return []
    case .trafficMeasured(let bytes):
        state.bytesReceived = bytes
        return []
    case .balancesLoaded(let balances, let time):
        let effects = loadBalances(balances, at: time, &state)
        state.finishFetch(.balances, failure: nil, at: time)
        return effects
    case .chargesLoaded(let charges, let time):
        replaceRows(charges, in: \.chargeList, at: time, &state)
        state.finishFetch(.charges, failure: nil, at: time)
        return []
    case .transfersLoaded(let transfers, let time):
        replaceRows(transfers, in: \.transferList, at: time, &state)
        state.finishFetch(.transfers, failure: nil, at: time)
        return []
    case .settlementsLoaded(let settlements, let time):
        replaceRows(settlements, in: \.settlementList, at: time, &state)
        state.finishFetch(.settlements, failure: nil, at: time)
        return []
    case .checkoutsLoaded(let checkouts, let time):
        replaceRows(checkouts, in: \.checkoutList, at: time, &state)
        state.finishFetch(.checkouts, failure: nil, at: time)
        return []
    case .operation(let event):
        return OperationResults.apply(event, &state)
    case .bulk(let event):
        return BulkResults.apply(event, &state)
    case .fetchFailed(let kind, let error, let time):
        state.finishFetch(kind, failure: error, at: time)
        return []
    case .wizard(let event):
        return WizardResults.apply(event, &state)
    case .exchangeRecorded(let entry):
        return ExplorerResults.record(entry, &state)
    case .copiedToClipboard(let file, let failure):
        return ExplorerResults.copied(file: file, failure: failure, &state)
    case .attentionLoaded(let records):
        state.noteAttention(records)
        return []
    case .exported(let path, let failure):
        if let path {
            state.showNotice(Strings.Wizard.exported.filling(["path": path]), seconds: 15)
        } else {
            state.showNotice(Strings.Wizard.exportFailed.filling(["reason": failure ?? ""]), seconds: 15)
        }
        return []
    case .select(let pane, let row):
        // Anything over the panes but the wizard (beside them) takes the click: it selects
        // nothing under it.
        guard !state.coversPanes else { return [] }
        state.focus = pane
        guard let row else { return [] }
        state.apply(.select(row), to: pane)
        return []
    case .open(let pane, let row):
        // A double-click: the row's own screen, as Enter would open it.
        guard !state.coversPanes, pane != .balances else { return [] }
        state.focus = pane
        state.apply(.select(row), to: pane)
        return KeyHandling.openDetail(&state)
    case .scroll(let pane, let delta):
        // The wheel over a list scrolls that list; over an overlay, the overlay.
        guard let pane, !state.coversPanes else {
            return KeyHandling.handle(delta < 0 ? .wheelUp : .wheelDown, &state)
        }
        state.focus = pane
        state.apply(.move(by: delta), to: pane)
        return []
    }
}

/// Puts fresh rows in a list, marking for a while rows whose status changed since the previous
/// refresh and rows that are new (not on the first load: everything would be new).
private func replaceRows<Row: PaneRow>(
    _ rows: [Row], in list: WritableKeyPath<AppState, ListPane<Row>>, at time: Timestamp, _ state: inout AppState
) {
    let old = state[keyPath: list].rows
    let sorted = ListOrder.newestFirst(rows)
    let changes = ListOrder.changes(from: old, to: sorted)
    let until = time.adding(seconds: state.markDuration)
    for reference in changes.statusChanged + changes.added {
        state.changeMarks[reference] = until
    }
    state[keyPath: list].newReferences.formUnion(changes.added)
    state[keyPath: list].replaceRows(sorted)
}

/// `r`: fetches everything shown now, except what is already running.
func startRefresh(_ state: inout AppState) -> [Effect] {
    state.startDueFetches(force: true)
}

private func loadBalances(_ balances: Balances, at time: Timestamp, _ state: inout AppState) -> [Effect] {
    state.balances = balances
    var crossed = false
    for series in BalanceSeries.allCases {
        let value = balances.value(of: series)
        state.history[series, default: BoundedHistory(capacity: state.historyCapacity)].append(value)
        guard let threshold = state.thresholds[series] else { continue }
        if value < threshold {
            if !state.alerts.contains(series) { crossed = true }
            state.alerts.insert(series)
        } else {
            state.alerts.remove(series)
        }
    }
    return crossed ? [.ringBell] : []
}

func clamp(_ selection: Int, count: Int) -> Int {
    max(0, min(selection, count - 1))
}
