import Localization
import SenfenicoAPI

/// Applies one action to the state and returns the work to do. Pure: no clock, no I/O.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return KeyHandling.handle(key, &state) + state.startWholeListsNeeded()
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
        return reduce(&state, .chargesPrepared(PreparedRows(whole: charges, after: state.chargeList.rows), at: time))
    case .transfersLoaded(let transfers, let time):
        let prepared = PreparedRows(whole: transfers, after: state.transferList.rows)
        return reduce(&state, .transfersPrepared(prepared, at: time))
    case .newestChargesLoaded(let charges, let time):
        let list = state.chargeList
        let prepared = PreparedRows(newest: charges, over: list.rows, previousHasMore: list.hasMore)
        return reduce(&state, .chargesPrepared(prepared, at: time))
    case .newestTransfersLoaded(let transfers, let time):
        let list = state.transferList
        let prepared = PreparedRows(newest: transfers, over: list.rows, previousHasMore: list.hasMore)
        return reduce(&state, .transfersPrepared(prepared, at: time))
    case .chargesPrepared(let prepared, let time):
        install(prepared, in: \.chargeList, at: time, &state)
        state.noteTag(of: .charges, prepared.tagged)
        state.finishFetch(.charges, failure: nil, at: time)
        return state.startWholeListsNeeded()
    case .transfersPrepared(let prepared, let time):
        install(prepared, in: \.transferList, at: time, &state)
        state.noteTag(of: .transfers, prepared.tagged)
        state.finishFetch(.transfers, failure: nil, at: time)
        return state.startWholeListsNeeded()
    case .settlementsLoaded(let settlements, let time):
        install(
            PreparedRows(whole: settlements, after: state.settlementList.rows), in: \.settlementList, at: time, &state)
        state.finishFetch(.settlements, failure: nil, at: time)
        return []
    case .checkoutsLoaded(let checkouts, let time):
        install(PreparedRows(whole: checkouts, after: state.checkoutList.rows), in: \.checkoutList, at: time, &state)
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
        return state.startWholeListsNeeded()
    case .open(let pane, let row):
        // A double-click: the row's own screen, as Enter would open it.
        guard !state.coversPanes, pane != .balances else { return [] }
        state.focus = pane
        state.apply(.select(row), to: pane)
        return KeyHandling.openDetail(&state) + state.startWholeListsNeeded()
    case .scroll(let pane, let delta):
        // The wheel over a list scrolls that list; over an overlay, the overlay.
        guard let pane, !state.coversPanes else {
            return KeyHandling.handle(delta < 0 ? .wheelUp : .wheelDown, &state)
        }
        state.focus = pane
        state.apply(.move(by: delta), to: pane)
        return state.startWholeListsNeeded()
    }
}

/// Puts prepared rows in a list, marking for a while rows whose status changed since the
/// previous refresh and rows that are new (not on the first load: everything would be new).
private func install<Row: PaneRow>(
    _ prepared: PreparedRows<Row>, in list: WritableKeyPath<AppState, ListPane<Row>>, at time: Timestamp,
    _ state: inout AppState
) {
    let until = time.adding(seconds: state.markDuration)
    for reference in prepared.statusChanged + prepared.added {
        state.changeMarks[reference] = until
    }
    state[keyPath: list].newReferences.formUnion(prepared.added)
    state[keyPath: list].install(prepared)
    state[keyPath: list].hasMore = prepared.hasMore
}

/// `r`: fetches everything shown now, except what is already running.
func startRefresh(_ state: inout AppState) -> [Effect] {
    state.startDueFetches(force: true)
}

/// Shows fresh balances, rings when one crosses its threshold, and reads at once the lists
/// whose balance moved (see ``listsMoved(from:to:)``), so a new payment shows within one
/// balance interval while the lists otherwise keep their slower interval.
private func loadBalances(_ balances: Balances, at time: Timestamp, _ state: inout AppState) -> [Effect] {
    let previous = state.balances
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
    // `startFetches` skips a list not on screen or already being fetched.
    return (crossed ? [.ringBell] : []) + state.startFetches(listsMoved(from: previous, to: balances))
}

/// The lists a balance movement says have changed; none on the first load (nothing to compare).
/// - Charges: when the money collected (available + pending) changes. A successful charge
///   always adds its net amount; a move between pending and available (collected money
///   settling, a settlement starting or cancelled) changes no charge, and skipping it spares
///   a second full read of a list that may weigh megabytes when the API has no ETag.
/// - Transfers: when any transfer wallet's available or pending changes: a transfer sent
///   moves money from available to pending, and its end takes it out or gives it back, each a
///   change in the list.
func listsMoved(from old: Balances?, to new: Balances) -> [FetchKind] {
    guard let old else { return [] }
    var kinds: [FetchKind] = []
    let collected = { (balances: Balances) in balances.collection.available + balances.collection.pending }
    if collected(old) != collected(new) { kinds.append(.charges) }
    if old.transfer != new.transfer { kinds.append(.transfers) }
    return kinds
}

func clamp(_ selection: Int, count: Int) -> Int {
    max(0, min(selection, count - 1))
}
