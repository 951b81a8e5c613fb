import SenfenicoAPI
import Testing

@testable import DashboardCore

@Suite struct ReduceTests {
    func fresh() -> AppState { AppState(mode: .sandbox, now: Fixtures.time("12:00:00")) }

    @Test func firstTickStartsARefreshAndTicksNeverPileUp() {
        var state = fresh()
        #expect(reduce(&state, .tick(Fixtures.time("12:00:00"))) == [.fetchBalances, .fetchCharges, .fetchTransfers])
        #expect(state.isRefreshing)
        #expect(reduce(&state, .tick(Fixtures.time("12:00:10"))).isEmpty)
        #expect(reduce(&state, .key(.character("r"))).isEmpty)
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:00:01")))
        _ = reduce(&state, .chargesLoaded([], at: Fixtures.time("12:00:01")))
        _ = reduce(&state, .transfersLoaded([], at: Fixtures.time("12:00:01")))
        #expect(!state.isRefreshing)
        #expect(state.lastRefresh == Fixtures.time("12:00:01"))
        #expect(state.nextRefresh == Fixtures.time("12:00:06"))
        #expect(reduce(&state, .tick(Fixtures.time("12:00:05"))).isEmpty)
        // Balances come every 5 s; the lists every 30 s.
        #expect(reduce(&state, .tick(Fixtures.time("12:00:06"))) == [.fetchBalances])
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:00:07")))
        #expect(reduce(&state, .tick(Fixtures.time("12:00:12"))) == [.fetchBalances])
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:00:30")))
        #expect(reduce(&state, .tick(Fixtures.time("12:00:31"))) == [.fetchCharges, .fetchTransfers])
    }

    @Test func failureKeepsDataAndMarksStale() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.function(5)))
        let error = SenfenicoError.transport(TransportFailure(kind: .timeout, detail: "", neverSent: false))
        _ = reduce(&state, .fetchFailed(.balances, error, at: Fixtures.now))
        _ = reduce(&state, .fetchFailed(.charges, error, at: Fixtures.now))
        _ = reduce(&state, .fetchFailed(.transfers, error, at: Fixtures.now))
        #expect(state.isStale && state.lastError == error)
        #expect(state.balances == Fixtures.balances && state.charges.count == 4)
        #expect(state.lastRefresh == Fixtures.refreshedAt)
        #expect(state.nextRefresh != nil)
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.now))
        #expect(state.isStale, "stale until every failed fetch has succeeded again")
        _ = reduce(&state, .chargesLoaded(Fixtures.charges, at: Fixtures.now))
        _ = reduce(&state, .transfersLoaded(Fixtures.transfers, at: Fixtures.now))
        #expect(!state.isStale)
    }

    @Test func listsAreNewestFirst() {
        var state = fresh()
        _ = reduce(&state, .chargesLoaded(Fixtures.charges.reversed(), at: Fixtures.now))
        _ = reduce(&state, .transfersLoaded(Fixtures.transfers.reversed(), at: Fixtures.now))
        #expect(state.charges.map(\.reference) == Fixtures.charges.map(\.reference))
        #expect(state.transfers.map(\.reference) == Fixtures.transfers.map(\.reference))
    }

    @Test func historyIsBoundedAndExact() {
        var state = AppState(mode: .test, now: Fixtures.now, historyCapacity: 3)
        for francs in 1...5 {
            var balances = Fixtures.balances
            balances.transfer.orange.available = Money(hundredths: Int64(francs) * 100 + 1)
            _ = reduce(&state, .balancesLoaded(balances, at: Fixtures.now))
        }
        #expect(state.history[.orange]?.samples == [301, 401, 501].map { Money(hundredths: $0) })
    }

    @Test func thresholdRingsOnceWhenCrossingBelow() {
        var state = AppState(mode: .live, now: Fixtures.now, thresholds: [.orange: Money(francs: 50_000)])
        var low = Fixtures.balances
        low.transfer.orange.available = Money(francs: 40_000)
        #expect(reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.now)).isEmpty)
        // The Orange wallet moved: the transfers list is read at once too.
        #expect(reduce(&state, .balancesLoaded(low, at: Fixtures.now)) == [.ringBell, .fetchTransfers])
        #expect(state.alerts == [.orange])
        #expect(reduce(&state, .balancesLoaded(low, at: Fixtures.now)).isEmpty)
        #expect(reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.now)).isEmpty)
        #expect(state.alerts.isEmpty)
        #expect(reduce(&state, .balancesLoaded(low, at: Fixtures.now)) == [.ringBell])
    }

    @Test func statusChangesAreMarkedUntilTheyExpire() {
        var state = fresh()
        _ = reduce(&state, .transfersLoaded(Fixtures.transfers, at: Fixtures.time("12:00:00")))
        var changed = Fixtures.transfers
        changed[0].status = .success
        _ = reduce(&state, .transfersLoaded(changed, at: Fixtures.time("12:00:30")))
        _ = reduce(&state, .tick(Fixtures.time("12:00:31")))
        #expect(state.isMarked("tr_77aa"))
        #expect(!state.isMarked("tr_77ab"))
        _ = reduce(&state, .tick(Fixtures.time("12:00:41")))
        #expect(!state.isMarked("tr_77aa"))
        #expect(state.changeMarks.isEmpty)
    }

    @Test func focusSelectionAndDetail() {
        var state = Fixtures.loadedState()
        state.focus = .balances
        _ = reduce(&state, .key(.tab))
        #expect(state.focus == .charges)
        _ = reduce(&state, .key(.backTab))
        _ = reduce(&state, .key(.backTab))
        #expect(state.focus == .transfers)
        _ = reduce(&state, .key(.tab))
        #expect(state.focus == .balances)
        _ = reduce(&state, .key(.tab))
        _ = reduce(&state, .key(.character("j")))
        _ = reduce(&state, .key(.down))
        _ = reduce(&state, .key(.character("k")))
        #expect(state.chargeList.selection == 1)
        _ = reduce(&state, .key(.end))
        #expect(state.chargeList.selection == 3)
        _ = reduce(&state, .key(.pageUp))
        #expect(state.chargeList.selection == 0)
        _ = reduce(&state, .key(.enter))
        #expect(state.detail == .charge(reference: "ch_fa2b1c3d"))
        _ = reduce(&state, .key(.down))
        #expect(state.detail != nil && state.chargeList.selection == 0)
        _ = reduce(&state, .key(.escape))
        #expect(state.detail == nil)
    }

    @Test func filterByPhoneReferenceAndStatus() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("/")))
        for character in "70 11" { _ = reduce(&state, .key(.character(character))) }
        #expect(state.chargeList.visibleRows.map(\.reference) == ["ch_été_café_支付"])
        // While typing, letters are text, not commands.
        _ = reduce(&state, .key(.backspace))
        #expect(state.chargeList.filter == "70 1")
        #expect(reduce(&state, .key(.character("q"))).isEmpty)
        _ = reduce(&state, .key(.escape))
        #expect(state.chargeList.filter.isEmpty && !state.chargeList.isEditingFilter)
        _ = reduce(&state, .key(.character("f")))
        for character in "échoué" { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
        #expect(state.chargeList.visibleRows.map(\.reference) == ["ch_0003"])
        #expect(!state.chargeList.isEditingFilter)
        state.chargeList.filter = "REVERSED"
        #expect(state.chargeList.visibleRows.count == 1)
        state.chargeList.filter = "fa2b"
        #expect(state.chargeList.visibleRows.count == 1)
        _ = reduce(&state, .key(.escape))
        #expect(state.chargeList.visibleRows.count == 4)
    }

    @Test func helpOverlay() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("?")))
        #expect(state.isHelpVisible)
        _ = reduce(&state, .key(.tab))
        #expect(state.isHelpVisible && state.focus == .charges)
        _ = reduce(&state, .key(.escape))
        #expect(!state.isHelpVisible)
        _ = reduce(&state, .key(.function(1)))
        #expect(state.isHelpVisible)
        #expect(reduce(&state, .key(.character("q"))) == [.quit])
    }

    @Test func quitAsksOnlyWhileAnOperationIsInFlight() {
        var state = fresh()
        #expect(reduce(&state, .key(.character("q"))) == [.quit])
        state.cancelInFlight = "stl_in_flight"  // money in flight: a settlement cancel is out
        #expect(reduce(&state, .key(.character("q"))).isEmpty)
        #expect(state.isConfirmingQuit)
        #expect(reduce(&state, .key(.character("n"))).isEmpty)
        #expect(!state.isConfirmingQuit)
        _ = reduce(&state, .key(.function(10)))
        #expect(reduce(&state, .key(.character("o"))) == [.quit])
        state.cancelInFlight = nil
        #expect(reduce(&state, .key(.character("q"))) == [.quit])
    }

    /// AZERTY: digits and brackets need Shift or AltGr, so they must do nothing.
    @Test func digitsAndBracketsDoNothing() {
        let state = Fixtures.loadedState()
        for character in "0123456789[]{}" {
            var copy = state
            #expect(reduce(&copy, .key(.character(character))).isEmpty)
            #expect(copy == state)
        }
        var copy = state
        _ = reduce(&copy, .key(.resize(width: 1, height: 1)))
        #expect(copy == state)
    }
}

@Suite struct MouseTests {
    @Test func clickFocusesAPaneAndSelectsTheRowUnderIt() throws {
        var state = Fixtures.loadedState()
        let size = Size(width: 80, height: 24)
        let lines = render(state, theme: .fallback, size: size, language: .english).lines
        let row = try #require(lines.firstIndex { $0.contains("Salaire") })
        let hit = try #require(DashboardLayout.hitTest(state, size: size, x: 10, y: row))
        #expect(hit.pane == .transfers && hit.row == 0)
        _ = reduce(&state, .select(hit.pane, row: hit.row))
        #expect(state.focus == .transfers && state.transferList.selection == 0)
        let chargeRow = try #require(lines.firstIndex { $0.contains("75 99 88 77") })
        let second = try #require(DashboardLayout.hitTest(state, size: size, x: 30, y: chargeRow))
        #expect(second.pane == .charges && second.row == 3)
        #expect(DashboardLayout.hitTest(state, size: size, x: 5, y: 3)?.pane == .balances)
        #expect(DashboardLayout.hitTest(state, size: size, x: 5, y: 0) == nil)
        #expect(DashboardLayout.hitTest(state, size: Size(width: 1, height: 1), x: 0, y: 0) == nil)
        state.isHelpVisible = true
        _ = reduce(&state, .select(.charges, row: 1))
        #expect(state.focus == .transfers)
    }
}

@Suite struct BackoffTests {
    @Test func failuresDoubleTheWaitAndSuccessResetsIt() {
        let policy = RefreshPolicy(balancesInterval: 5, listsInterval: 5)
        var state = AppState(mode: .test, now: Fixtures.time("12:00:00"), refreshPolicy: policy)
        let error = SenfenicoError.transport(TransportFailure(kind: .connectionRefused, detail: "", neverSent: true))
        var time = Fixtures.time("12:00:00")
        var waits: [Int64] = []
        for _ in 0..<7 {
            _ = reduce(&state, .tick(time))
            _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: time))
            _ = reduce(&state, .fetchFailed(.charges, error, at: time))
            _ = reduce(&state, .transfersLoaded([], at: time))
            let next = state.schedules[.charges]!.nextDue!
            waits.append((next.microsecondsSinceEpoch - time.microsecondsSinceEpoch) / 1_000_000)
            time = next
        }
        #expect(waits == [10, 20, 40, 80, 160, 160, 160])
        #expect(state.isStale && state.schedules[.charges]?.lastSuccess == nil)
        #expect(state.nextRefresh == time.adding(seconds: -160 + 5), "balances keep their own pace")
        _ = reduce(&state, .tick(time))
        for action in [
            Action.balancesLoaded(Fixtures.balances, at: time), .chargesLoaded([], at: time),
            .transfersLoaded([], at: time),
        ] {
            _ = reduce(&state, action)
        }
        #expect(!state.isStale && state.schedules[.charges]?.consecutiveFailures == 0 && state.lastRefresh == time)
        #expect(state.nextRefresh == time.adding(seconds: 5))
    }

    @Test func aRateLimitWaitsAtLeastAMinute() {
        var state = AppState(mode: .live, now: Fixtures.time("12:00:00"))
        _ = reduce(&state, .tick(Fixtures.time("12:00:00")))
        let limited = SenfenicoError.api(
            APIFailure(httpStatus: 429, message: "Too Many Requests", code: .rateLimitExceeded))
        _ = reduce(&state, .fetchFailed(.balances, limited, at: Fixtures.time("12:00:01")))
        #expect(state.schedules[.balances]?.nextDue == Fixtures.time("12:01:01"))
        #expect(reduce(&state, .tick(Fixtures.time("12:01:00"))).isEmpty)
        #expect(reduce(&state, .tick(Fixtures.time("12:01:01"))) == [.fetchBalances])
    }

    @Test func jitterSpreadsWaitsWithinTenPercentAndReplaysFromItsSeed() {
        func waits(seed: UInt64) -> [Int64] {
            var state = AppState(
                mode: .test, now: Fixtures.time("12:00:00"), refreshPolicy: RefreshPolicy(jitter: 0.1), jitterSeed: seed
            )
            var time = Fixtures.time("12:00:00")
            var result: [Int64] = []
            for _ in 0..<50 {
                _ = reduce(&state, .tick(time))
                _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: time))
                let next = state.schedules[.balances]!.nextDue!
                result.append(next.microsecondsSinceEpoch - time.microsecondsSinceEpoch)
                time = next
            }
            return result
        }
        let first = waits(seed: 42)
        #expect(first == waits(seed: 42))
        #expect(first != waits(seed: 43))
        #expect(first.allSatisfy { (4_500_000...5_500_000).contains($0) })
        #expect(Set(first).count > 10, "the waits vary")
    }
}

@Suite struct ListsFetchedOnlyWhenShownTests {
    @Test func theCompactLayoutFetchesOnlyTheFocusedList() {
        var state = AppState(mode: .sandbox, now: Fixtures.time("12:00:00"))
        _ = reduce(&state, .resized(Size(width: 40, height: 10)))
        state.focus = .charges
        #expect(reduce(&state, .tick(Fixtures.time("12:00:00"))) == [.fetchBalances, .fetchCharges])
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:00:01")))
        _ = reduce(&state, .chargesLoaded(Fixtures.charges, at: Fixtures.time("12:00:01")))
        _ = reduce(&state, .key(.tab))
        #expect(state.focus == .transfers)
        #expect(reduce(&state, .tick(Fixtures.time("12:00:02"))) == [.fetchTransfers], "shown now, never fetched")
        _ = reduce(&state, .resized(Size(width: 120, height: 40)))
        #expect(reduce(&state, .tick(Fixtures.time("12:00:31"))) == [.fetchBalances, .fetchCharges])
    }

    @Test func refreshKeyFetchesWhatIsShownAtOnce() {
        var state = Fixtures.loadedState()
        #expect(reduce(&state, .key(.character("r"))) == [.fetchBalances, .fetchCharges, .fetchTransfers])
        #expect(reduce(&state, .key(.character("r"))).isEmpty, "nothing twice while in flight")
    }

    @Test func dataUsedIsShownInTheStatusBar() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .trafficMeasured(bytes: 1_234_567))
        let screen = render(state, theme: .fallback, size: Size(width: 120, height: 40), language: .french)
        #expect(screen.lines.joined().contains("données 1,2 Mo"))
        #expect(Formatting.bytes(999, .english) == "999 B")
        #expect(Formatting.bytes(1_050, .english) == "1.1 kB")
        #expect(Formatting.bytes(12_000_000_000, .english) == "12.0 GB")
    }
}

@Suite struct SelectionFollowsRowTests {
    @Test func newRowsOnTopKeepTheSelectedRowSelected() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.down))
        #expect(state.chargeList.visibleRows[state.chargeList.selection].reference == "ch_été_café_支付")
        let newer = Charge(
            reference: "ch_new", amount: Money(francs: 300), status: .pending, provider: .orange, phone: "76000001",
            createdAt: Fixtures.time("12:59:00"))
        _ = reduce(&state, .chargesLoaded(Fixtures.charges + [newer], at: Fixtures.now))
        #expect(state.charges.first?.reference == "ch_new")
        #expect(state.chargeList.visibleRows[state.chargeList.selection].reference == "ch_été_café_支付")
        _ = reduce(&state, .chargesLoaded([newer], at: Fixtures.now))
        #expect(state.chargeList.selection == 0)
    }
}
