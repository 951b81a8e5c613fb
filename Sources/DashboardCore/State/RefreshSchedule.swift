import SenfenicoAPI

/// How often each fetch runs. Balances are what support staff watch, so they come often; the
/// lists are heavier and change less, so they come less often and only while shown.
public struct RefreshPolicy: Sendable, Hashable {
    public var balancesInterval: Double
    public var listsInterval: Double
    /// Each wait is stretched or shortened by up to this fraction, so many counters opened at
    /// the same moment drift apart instead of hitting the API in step.
    public var jitter: Double
    /// The longest wait after failures: a struggling API is not hammered, yet recovery is seen.
    public var maximumBackoff: Double

    public init(
        balancesInterval: Double = 5, listsInterval: Double = 30, jitter: Double = 0, maximumBackoff: Double = 300
    ) {
        self.balancesInterval = balancesInterval
        self.listsInterval = listsInterval
        self.jitter = jitter
        self.maximumBackoff = maximumBackoff
    }

    func interval(of kind: FetchKind) -> Double {
        kind == .balances ? balancesInterval : listsInterval
    }

    /// How much longer the routine interval of a list whose answers carry no ETag is: each read
    /// is then a full answer, and though the client stops after the newest rows, the server has
    /// pushed megabytes towards it by then (4 MB a read, measured on loopback). A balance
    /// movement still reads the list at once (`listsMoved`), so new payments show as fast; only
    /// changes that move no balance (a charge failing) wait up to this long: 10 minutes at the
    /// default 30 s, 6 reads an hour, at most about 25 MB where every 30 s would push 500 MB.
    public static let untaggedListsFactor: Double = 20

    /// How many rows a routine refresh of the charges or transfers reads: more than a pane
    /// shows. The API's lists have no paging and may come without ETag or gzip, so every read
    /// of a list of 100 000 charges would be 56.6 MB (566 bytes a row): the routine read stops
    /// after the newest rows (about 57 kB), and the whole list is read only when the person
    /// needs it (filter, sort, scrolling to the end of what was read).
    public static let newestRows = 100
}

/// Where one fetch stands.
public struct FetchSchedule: Sendable, Hashable {
    /// When it runs next; nil means at the first chance.
    public var nextDue: Timestamp?
    public var inFlight = false
    /// Failures in a row; the wait doubles with each.
    public var consecutiveFailures = 0
    public var lastSuccess: Timestamp?
    /// After a rate limit, the earliest time it may run again, even when the server is seen
    /// back through another fetch.
    public var notBefore: Timestamp?

    public init() {}
}

/// A deterministic random source (the package's one `SplitMix64`) kept in the state, so
/// `reduce` stays pure and tests can replay the jitter.
public struct JitterSource: Sendable, Hashable {
    private var generator: SplitMix64

    public init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// A number in [-1, 1).
    mutating func next() -> Double {
        Double(nextBits() >> 11) / Double(1 << 52) - 1
    }

    mutating func nextBits() -> UInt64 {
        generator.next()
    }
}

extension AppState {
    /// The lists are fetched only while their pane is on screen; before the first layout is
    /// known (tests, start-up) every pane counts as shown.
    func isShown(_ kind: FetchKind) -> Bool {
        // The operation pages' lists are fetched only while their page is open.
        if kind == .settlements, page != .settlements { return false }
        if kind == .checkouts, page != .checkouts { return false }
        guard let size = screenSize else { return true }
        let shown = DashboardLayout.panes(for: self, size: size).map(\.pane)
        switch kind {
        case .balances: return true
        case .charges: return shown.contains(.charges)
        case .transfers: return shown.contains(.transfers)
        case .settlements: return shown.contains(.settlements)
        case .checkouts: return shown.contains(.checkouts)
        }
    }

    /// Starts these fetches now (those shown and not already running), whatever their schedule:
    /// after an operation, the list it changed is read at once.
    mutating func startFetches(_ kinds: [FetchKind]) -> [Effect] {
        var effects: [Effect] = []
        for kind in kinds where isShown(kind) {
            var schedule = schedules[kind, default: FetchSchedule()]
            guard !schedule.inFlight else { continue }
            schedule.inFlight = true
            schedules[kind] = schedule
            effects.append(kind.effect)
        }
        return effects
    }

    /// Reads the whole charges or transfers list when only its newest rows are held and the
    /// person needs the rest: a filter or another sort (they must see every row), or the
    /// selection on the last row read. Nothing while that list's fetch is running.
    mutating func startWholeListsNeeded() -> [Effect] {
        var effects: [Effect] = []
        if chargeList.needsWhole, startsFetch(.charges) { effects.append(.fetchAllCharges) }
        if transferList.needsWhole, startsFetch(.transfers) { effects.append(.fetchAllTransfers) }
        return effects
    }

    /// Marks this fetch running when it is shown and was not: true when the caller must start it.
    private mutating func startsFetch(_ kind: FetchKind) -> Bool {
        guard isShown(kind), !schedules[kind, default: FetchSchedule()].inFlight else { return false }
        schedules[kind, default: FetchSchedule()].inFlight = true
        return true
    }

    /// The fetches to start now: due, shown and not already running, so ticks never pile up.
    mutating func startDueFetches(force: Bool = false) -> [Effect] {
        var effects: [Effect] = []
        for kind in FetchKind.allCases where isShown(kind) {
            var schedule = schedules[kind, default: FetchSchedule()]
            guard !schedule.inFlight else { continue }
            guard force || (schedule.nextDue.map { $0 <= now } ?? true) else { continue }
            schedule.inFlight = true
            schedules[kind] = schedule
            effects.append(kind.effect)
        }
        return effects
    }

    /// Remembers whether a list's answer carried an ETag (see `untaggedLists`).
    mutating func noteTag(of kind: FetchKind, _ tagged: Bool) {
        if tagged { untaggedLists.remove(kind) } else { untaggedLists.insert(kind) }
    }

    /// Ends one fetch and decides when it runs again. A failure keeps the data, shows the error
    /// and doubles the wait (a rate limit waits at least a minute), up to the policy's maximum.
    mutating func finishFetch(_ kind: FetchKind, failure: SenfenicoError?, at time: Timestamp) {
        var schedule = schedules[kind, default: FetchSchedule()]
        schedule.inFlight = false
        var wait = refreshPolicy.interval(of: kind)
        if untaggedLists.contains(kind) { wait *= RefreshPolicy.untaggedListsFactor }
        let recovered = failure == nil && schedule.consecutiveFailures > 0
        if let failure {
            schedule.consecutiveFailures += 1
            failedFetches.insert(kind)
            lastError = failure
            let factor = Double(1 << min(schedule.consecutiveFailures, 5))
            wait = min(wait * factor, max(wait, refreshPolicy.maximumBackoff))
            if failure.isRateLimit {
                wait = max(wait, 60)
                schedule.notBefore = time.adding(seconds: 60)
            }
        } else {
            schedule.consecutiveFailures = 0
            schedule.notBefore = nil
            schedule.lastSuccess = time
            failedFetches.remove(kind)
            if failedFetches.isEmpty { lastError = nil }
            if lastRefresh.map({ $0 < time }) ?? true { lastRefresh = time }
        }
        wait *= 1 + refreshPolicy.jitter * jitterSource.next()
        schedule.nextDue = time.adding(seconds: wait)
        schedules[kind] = schedule
        if recovered { probeFailedFetches(at: time) }
    }

    /// A fetch that was failing has just succeeded: the server is back. Every other fetch
    /// waiting out its backoff becomes due now, so the next tick tries it instead of leaving its
    /// data stale for up to `maximumBackoff`. Only a recovery does this, not every success: an
    /// endpoint that fails on its own while the others work keeps its backoff and is not
    /// called at every balance refresh. A rate limit's minute is still respected.
    private mutating func probeFailedFetches(at time: Timestamp) {
        for kind in FetchKind.allCases {
            guard var schedule = schedules[kind], schedule.consecutiveFailures > 0, !schedule.inFlight else {
                continue
            }
            let due = max(time, schedule.notBefore ?? time)
            if schedule.nextDue.map({ due < $0 }) ?? true {
                schedule.nextDue = due
                schedules[kind] = schedule
            }
        }
    }
}

extension FetchKind {
    var effect: Effect {
        switch self {
        case .balances: .fetchBalances
        case .charges: .fetchCharges
        case .transfers: .fetchTransfers
        case .settlements: .fetchSettlements
        case .checkouts: .fetchCheckouts
        }
    }
}

extension ListPane {
    /// Only the newest rows are held and the person is past them or needs them all.
    var needsWhole: Bool {
        hasMore && (!RowQuery(filter).isEmpty || sort != .time || (count > 0 && selection >= count - 1))
    }
}

extension SenfenicoError {
    var isRateLimit: Bool {
        guard case .api(let failure) = self else { return false }
        return failure.httpStatus == 429 || failure.code == .rateLimitExceeded
    }
}
