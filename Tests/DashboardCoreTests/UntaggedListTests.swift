import SenfenicoAPI
import Testing

@testable import DashboardCore

/// A list whose answers carry no ETag is read in full each time: its routine reads slow to one
/// `RefreshPolicy.untaggedListsFactor` times less often, while a balance movement still reads it at once.
@Suite struct UntaggedListTests {
    static func prepared(_ rows: [Charge], tagged: Bool) -> PreparedRows<Charge> {
        PreparedRows.after(nil, reading: ListRead(rows: rows, complete: true, tagged: tagged))
    }

    @Test func anUntaggedListWaitsTenMinutesButABalanceMoveStillReadsItAtOnce() {
        var state = AppState(mode: .sandbox, now: Fixtures.time("12:00:00"))
        _ = reduce(&state, .tick(Fixtures.time("12:00:00")))
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:00:01")))
        _ = reduce(
            &state, .chargesPrepared(Self.prepared(Fixtures.charges, tagged: false), at: Fixtures.time("12:00:01")))
        _ = reduce(&state, .transfersLoaded([], at: Fixtures.time("12:00:01")))
        #expect(state.untaggedLists == [.charges])
        #expect(state.schedules[.charges]?.nextDue == Fixtures.time("12:10:01"))
        // The transfers (tagged) keep their 30 s.
        #expect(reduce(&state, .tick(Fixtures.time("12:00:31"))).contains(.fetchTransfers))
        #expect(!reduce(&state, .tick(Fixtures.time("12:05:00"))).contains(.fetchCharges))
        // A payment moves the collection balance: the charges are read at once.
        var moved = Fixtures.balances
        moved.collection.pending = moved.collection.pending + Money(francs: 500)
        #expect(reduce(&state, .balancesLoaded(moved, at: Fixtures.time("12:05:01"))).contains(.fetchCharges))
    }

    @Test func aTaggedAnswerBringsBackTheUsualInterval() {
        var state = AppState(mode: .sandbox, now: Fixtures.time("12:00:00"))
        _ = reduce(&state, .tick(Fixtures.time("12:00:00")))
        _ = reduce(
            &state, .chargesPrepared(Self.prepared(Fixtures.charges, tagged: false), at: Fixtures.time("12:00:01")))
        #expect(state.untaggedLists == [.charges])
        _ = reduce(&state, .key(.character("r")))
        _ = reduce(
            &state, .chargesPrepared(Self.prepared(Fixtures.charges, tagged: true), at: Fixtures.time("12:00:02")))
        #expect(state.untaggedLists.isEmpty)
        #expect(state.schedules[.charges]?.nextDue == Fixtures.time("12:00:32"))
    }
}
