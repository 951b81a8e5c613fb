import SenfenicoAPI

/// Applies one action to the state and returns the work to do. Pure: no clock, no I/O.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return KeyHandling.handle(key, &state)
    case .tick(let now):
        state.now = now
        state.changeMarks = state.changeMarks.filter { $0.value > now }
        if let next = state.nextRefresh, next <= now { return startRefresh(&state) }
        if state.nextRefresh == nil, state.lastRefresh == nil, !state.isRefreshing { return startRefresh(&state) }
        return []
    case .balancesLoaded(let balances, let time):
        let effects = loadBalances(balances, at: time, &state)
        finishFetch(.balances, failure: nil, at: time, &state)
        return effects
    // The selection follows its row when new rows arrive on top.
    case .chargesLoaded(let charges, let time):
        let selected =
            state.visibleCharges.indices.contains(state.chargeList.selection)
            ? state.visibleCharges[state.chargeList.selection].reference : nil
        markStatusChanges(
            old: state.charges.map { ($0.reference, $0.status) }, new: charges.map { ($0.reference, $0.status) },
            at: time, &state)
        // Swift's sort is stable: rows with the same time keep the server's order.
        state.charges = charges.sorted {
            ($0.createdAt ?? $0.transactionDate ?? epoch) > ($1.createdAt ?? $1.transactionDate ?? epoch)
        }
        finishFetch(.charges, failure: nil, at: time, &state)
        let rows = state.visibleCharges
        state.chargeList.selection =
            selected.flatMap { reference in rows.firstIndex { $0.reference == reference } }
            ?? clamp(state.chargeList.selection, count: rows.count)
        return []
    case .transfersLoaded(let transfers, let time):
        let selected =
            state.visibleTransfers.indices.contains(state.transferList.selection)
            ? state.visibleTransfers[state.transferList.selection].reference : nil
        markStatusChanges(
            old: state.transfers.map { ($0.reference, $0.status) }, new: transfers.map { ($0.reference, $0.status) },
            at: time, &state)
        state.transfers = transfers.sorted { ($0.createdAt ?? epoch) > ($1.createdAt ?? epoch) }
        finishFetch(.transfers, failure: nil, at: time, &state)
        let rows = state.visibleTransfers
        state.transferList.selection =
            selected.flatMap { reference in rows.firstIndex { $0.reference == reference } }
            ?? clamp(state.transferList.selection, count: rows.count)
        return []
    case .fetchFailed(let kind, let error, let time):
        finishFetch(kind, failure: error, at: time, &state)
        return []
    case .operationStarted:
        state.operationsInFlight += 1
        return []
    case .operationFinished:
        state.operationsInFlight = max(0, state.operationsInFlight - 1)
        return []
    case .select(let pane, let row):
        guard !state.isHelpVisible, state.detail == nil, !state.isConfirmingQuit else { return [] }
        state.focus = pane
        guard let row else { return [] }
        switch pane {
        case .balances: break
        case .charges: state.chargeList.selection = clamp(row, count: state.visibleCharges.count)
        case .transfers: state.transferList.selection = clamp(row, count: state.visibleTransfers.count)
        }
        return []
    }
}

private let epoch = Timestamp(microsecondsSinceEpoch: 0)

/// Marks every row whose status differs from the previous refresh, so a change is noticed.
private func markStatusChanges<Status: Equatable>(
    old: [(String, Status)], new: [(String, Status)], at time: Timestamp, _ state: inout AppState
) {
    let previous = Dictionary(old, uniquingKeysWith: { first, _ in first })
    for (reference, status) in new {
        if let before = previous[reference], before != status {
            state.changeMarks[reference] = time.adding(seconds: state.markDuration)
        }
    }
}

/// Starts a refresh of everything, unless one is already running: ticks never pile up.
func startRefresh(_ state: inout AppState) -> [Effect] {
    guard state.inFlight.isEmpty else { return [] }
    state.inFlight = Set(FetchKind.allCases)
    state.nextRefresh = nil
    return [.fetchBalances, .fetchCharges, .fetchTransfers]
}

/// Ends one fetch; when the last of a refresh ends, schedules the next one. A refresh where any
/// fetch failed keeps the data, shows the error and doubles the wait (up to 32 intervals or
/// 5 minutes), so a struggling or rate-limiting API is not hammered.
private func finishFetch(_ kind: FetchKind, failure: SenfenicoError?, at time: Timestamp, _ state: inout AppState) {
    state.inFlight.remove(kind)
    if let failure {
        state.lastError = failure
        state.refreshHadFailure = true
    }
    guard state.inFlight.isEmpty else { return }
    if state.refreshHadFailure {
        state.consecutiveFailures += 1
    } else {
        state.consecutiveFailures = 0
        state.lastError = nil
        if state.lastRefresh.map({ $0 < time }) ?? true { state.lastRefresh = time }
    }
    state.refreshHadFailure = false
    let factor = Double(1 << min(state.consecutiveFailures, 5))
    let delay = min(state.refreshInterval * factor, max(state.refreshInterval, 300))
    state.nextRefresh = time.adding(seconds: delay)
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
