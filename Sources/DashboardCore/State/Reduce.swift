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
        replaceRows(charges, list: \.charges, listState: \.chargeList, visible: \.visibleCharges, at: time, &state)
        state.finishFetch(.charges, failure: nil, at: time)
        return []
    case .transfersLoaded(let transfers, let time):
        replaceRows(
            transfers, list: \.transfers, listState: \.transferList, visible: \.visibleTransfers, at: time, &state)
        state.finishFetch(.transfers, failure: nil, at: time)
        return []
    case .settlementsLoaded(let settlements, let time):
        replaceRows(
            settlements, list: \.settlements, listState: \.settlementList, visible: \.visibleSettlements, at: time,
            &state)
        state.finishFetch(.settlements, failure: nil, at: time)
        return []
    case .checkoutsLoaded(let checkouts, let time):
        replaceRows(
            checkouts, list: \.checkouts, listState: \.checkoutList, visible: \.visibleCheckouts, at: time, &state)
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
    case .operationStarted:
        state.operationsInFlight += 1
        return []
    case .operationFinished:
        state.operationsInFlight = max(0, state.operationsInFlight - 1)
        return []
    case .select(let pane, let row):
        // The developer view covers the panes: a click there selects nothing under it.
        guard state.explorer == nil else { return [] }
        guard !state.isHelpVisible, state.detail == nil, !state.isConfirmingQuit, state.form == nil, state.bulk == nil,
            state.openCheckout == nil, state.pendingCancel == nil
        else { return [] }
        state.focus = pane
        guard let row else { return [] }
        switch pane {
        case .balances: break
        case .charges: state.chargeList.selection = clamp(row, count: state.visibleCharges.count)
        case .transfers: state.transferList.selection = clamp(row, count: state.visibleTransfers.count)
        case .settlements: state.settlementList.selection = clamp(row, count: state.visibleSettlements.count)
        case .checkouts: state.checkoutList.selection = clamp(row, count: state.visibleCheckouts.count)
        }
        return []
    }
}

/// Puts fresh rows in a list, newest first, marking rows whose status changed since the
/// previous refresh; the selection follows its row when new rows arrive on top.
private func replaceRows<Row: ListItem>(
    _ rows: [Row], list: WritableKeyPath<AppState, [Row]>, listState: WritableKeyPath<AppState, ListState>,
    visible: KeyPath<AppState, [Row]>, at time: Timestamp, _ state: inout AppState
) {
    let shown = state[keyPath: visible]
    let selection = state[keyPath: listState].selection
    let selected = shown.indices.contains(selection) ? shown[selection].reference : nil
    let sorted = ListOrder.newestFirst(rows)
    for reference in ListOrder.statusChanges(from: state[keyPath: list], to: sorted) {
        state.changeMarks[reference] = time.adding(seconds: state.markDuration)
    }
    state[keyPath: list] = sorted
    let now = state[keyPath: visible]
    state[keyPath: listState].selection =
        selected.flatMap { reference in now.firstIndex { $0.reference == reference } }
        ?? clamp(selection, count: now.count)
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
