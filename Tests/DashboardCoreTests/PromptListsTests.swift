import SenfenicoAPI
import Testing

@testable import DashboardCore

/// A balance movement reads the list it concerns at once; a big list is otherwise read seldom.
@Suite struct PromptListsTests {
    /// Balances, charges and transfers loaded once at 12:00:01; nothing in flight.
    func loaded(charges: [Charge] = Fixtures.charges) -> AppState {
        var state = AppState(mode: .sandbox, now: Fixtures.time("12:00:00"))
        _ = reduce(&state, .tick(Fixtures.time("12:00:00")))
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:00:01")))
        _ = reduce(&state, .chargesLoaded(charges, at: Fixtures.time("12:00:01")))
        _ = reduce(&state, .transfersLoaded(Fixtures.transfers, at: Fixtures.time("12:00:01")))
        return state
    }

    var paid: Balances {
        var balances = Fixtures.balances
        balances.collection.pending = balances.collection.pending + Money(francs: 965)
        return balances
    }

    @Test func collectedMoneyMovingReadsTheChargesAtOnce() {
        var state = loaded()
        #expect(reduce(&state, .tick(Fixtures.time("12:00:06"))) == [.fetchBalances])
        #expect(reduce(&state, .balancesLoaded(paid, at: Fixtures.time("12:00:06"))) == [.fetchCharges])
        #expect(state.schedules[.charges]?.inFlight == true)

        // The new charge arrives marked new, well before the 30 s list interval.
        var charges = Fixtures.charges
        let new = Charge(
            reference: "ch_new", amount: Money(francs: 1_000), fees: FeeRate("3.50"), status: .success,
            provider: .orange, phone: "76000000", createdAt: Fixtures.time("12:00:05"))
        charges.insert(new, at: 0)
        _ = reduce(&state, .chargesLoaded(charges, at: Fixtures.time("12:00:07")))
        #expect(state.chargeList.newReferences.contains("ch_new"))
        #expect(state.changeMarks["ch_new"] != nil)
        // The routine read is pushed back a whole interval from there.
        #expect(state.schedules[.charges]?.nextDue == Fixtures.time("12:00:37"))
    }

    @Test func unchangedBalancesReadNoList() {
        var state = loaded()
        _ = reduce(&state, .tick(Fixtures.time("12:00:06")))
        #expect(reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:00:06"))).isEmpty)
    }

    @Test func settlingIsNotANewCharge() {
        // Pending becoming available (or a settlement taking available into pending) changes
        // no charge: the total collected is the same.
        var state = loaded()
        var settled = Fixtures.balances
        settled.collection.available = settled.collection.available + settled.collection.pending
        settled.collection.pending = .zero
        #expect(reduce(&state, .balancesLoaded(settled, at: Fixtures.time("12:00:06"))).isEmpty)
    }

    @Test func theFirstLoadReadsNothingMore() {
        var state = AppState(mode: .sandbox, now: Fixtures.time("12:00:00"))
        // Nothing in flight and nothing loaded yet: the first balances are not a movement.
        #expect(reduce(&state, .balancesLoaded(paid, at: Fixtures.time("12:00:01"))).isEmpty)
    }

    @Test func aListAlreadyInFlightIsNotStartedAgain() {
        var state = loaded()
        _ = reduce(&state, .key(.character("r")))
        #expect(state.schedules[.charges]?.inFlight == true)
        #expect(reduce(&state, .balancesLoaded(paid, at: Fixtures.time("12:00:06"))).isEmpty)
    }

    @Test func aListNotShownIsNotRead() {
        var state = loaded()
        // Below 70x20 only the focused list is shown.
        _ = reduce(&state, .resized(Size(width: 40, height: 10)))
        state.focus = .transfers
        #expect(!state.isShown(.charges))
        #expect(reduce(&state, .balancesLoaded(paid, at: Fixtures.time("12:00:06"))).isEmpty)
    }

    @Test func aTransferWalletMovingReadsTheTransfersAtOnce() {
        var state = loaded()
        var sent = Fixtures.balances
        sent.transfer.moov.available = Money(francs: 98_985)
        sent.transfer.moov.pending = Money(francs: 1_015)
        #expect(reduce(&state, .balancesLoaded(sent, at: Fixtures.time("12:00:06"))) == [.fetchTransfers])
        // Both at once when both move.
        var both = sent
        both.transfer.moov.pending = .zero
        both.collection.pending = both.collection.pending + Money(francs: 100)
        _ = reduce(&state, .transfersLoaded(Fixtures.transfers, at: Fixtures.time("12:00:07")))
        #expect(
            reduce(&state, .balancesLoaded(both, at: Fixtures.time("12:00:11"))) == [.fetchCharges, .fetchTransfers])
    }

    static func charges(_ range: Range<Int>, status: ChargeStatus = .success) -> [Charge] {
        // Higher numbers are newer.
        range.reversed().map { index in
            Charge(
                reference: "ch_\(index)", amount: Money(francs: 500), status: status, provider: .orange,
                phone: "76000000", createdAt: Fixtures.time("11:00:00").adding(seconds: Double(index)))
        }
    }

    @Test func newestRowsOnlySayThereAreMore() {
        var state = loaded(charges: [])
        _ = reduce(&state, .tick(Fixtures.time("12:00:31")))
        let effects = reduce(&state, .newestChargesLoaded(Self.charges(900..<1_000), at: Fixtures.time("12:00:32")))
        #expect(effects.isEmpty)
        #expect(state.chargeList.hasMore)
        #expect(state.chargeList.rows.count == 100)
        // A whole list says there is no more.
        _ = reduce(&state, .key(.character("r")))
        _ = reduce(&state, .chargesLoaded(Self.charges(0..<1_000), at: Fixtures.time("12:00:40")))
        #expect(!state.chargeList.hasMore)
    }

    @Test func newestRowsKeepTheOlderRowsOfAWholeRead() {
        var state = loaded(charges: Self.charges(0..<1_000))
        #expect(!state.chargeList.hasMore)
        // Three new charges and a status change among the newest: merged on top.
        var newest = Self.charges(903..<1_003)
        newest[50] = Self.charges(952..<953, status: .failed)[0]
        _ = reduce(&state, .tick(Fixtures.time("12:00:31")))
        _ = reduce(&state, .newestChargesLoaded(newest, at: Fixtures.time("12:00:32")))
        #expect(state.chargeList.rows.count == 1_003)
        #expect(!state.chargeList.hasMore, "the newest read reaches back into the rows held")
        #expect(state.chargeList.rows.map(\.reference) == Self.charges(0..<1_003).map(\.reference))
        #expect(state.chargeList.newReferences == ["ch_1000", "ch_1001", "ch_1002"])
        #expect(state.changeMarks["ch_952"] != nil)

        // More new rows than read: a gap, so only those are kept and more exist.
        _ = reduce(&state, .tick(Fixtures.time("12:01:03")))
        _ = reduce(&state, .newestChargesLoaded(Self.charges(2_000..<2_100), at: Fixtures.time("12:01:04")))
        #expect(state.chargeList.hasMore)
        #expect(state.chargeList.rows.count == 100)
    }

    @Test func theWholeListIsReadWhenThePersonNeedsIt() {
        func partial() -> AppState {
            var state = loaded(charges: [])
            _ = reduce(&state, .tick(Fixtures.time("12:00:31")))
            _ = reduce(&state, .newestChargesLoaded(Self.charges(900..<1_000), at: Fixtures.time("12:00:32")))
            state.focus = .charges
            return state
        }
        // Scrolling to the last row read.
        var state = partial()
        #expect(reduce(&state, .scroll(.charges, by: 98)).isEmpty)
        #expect(reduce(&state, .scroll(.charges, by: 1)) == [.fetchAllCharges])
        #expect(reduce(&state, .scroll(.charges, by: 1)).isEmpty, "once, while it runs")
        _ = reduce(&state, .chargesLoaded(Self.charges(0..<1_000), at: Fixtures.time("12:00:40")))
        #expect(!state.chargeList.hasMore)
        #expect(reduce(&state, .scroll(.charges, by: 1)).isEmpty)

        // Filtering.
        state = partial()
        _ = reduce(&state, .key(.character("/")))
        let typed = reduce(&state, .key(.character("7")))
        #expect(state.chargeList.filter == "7")
        #expect(typed == [.fetchAllCharges])

        // Routine refreshes stay small: the tick starts the newest read, not the whole.
        state = partial()
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:01:02")))
        #expect(reduce(&state, .tick(Fixtures.time("12:01:03"))).contains(.fetchCharges))
    }
}
