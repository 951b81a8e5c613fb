import SenfenicoAPI
import Testing

@testable import DashboardCore

@Suite struct ListOrderTests {
    func charge(_ reference: String, _ status: ChargeStatus, at time: String) -> Charge {
        Charge(reference: reference, amount: Money(francs: 100), status: status, createdAt: Fixtures.time(time))
    }

    @Test func rowsAlreadyNewestFirstAreKeptAsTheyAre() {
        let rows = [charge("c", .success, at: "12:03:00"), charge("b", .failed, at: "12:02:00")]
        #expect(ListOrder.newestFirst(rows) == rows)
        #expect(ListOrder.newestFirst(rows.reversed()) == rows)
    }

    @Test func statusChangesAreFoundWithNewRowsOnTopOrInAnyOrder() {
        let old = [charge("b", .pending, at: "12:02:00"), charge("a", .sendOTP, at: "12:01:00")]
        let aligned = [
            charge("c", .success, at: "12:03:00"), charge("b", .success, at: "12:02:00"),
            charge("a", .sendOTP, at: "12:01:00"),
        ]
        #expect(ListOrder.changes(from: old, to: aligned).statusChanged == ["b"])
        let shuffled = [charge("a", .failed, at: "12:01:00"), charge("b", .pending, at: "12:02:00")]
        #expect(ListOrder.changes(from: old, to: shuffled).statusChanged == ["a"])
        #expect(ListOrder.changes(from: [], to: aligned).statusChanged.isEmpty)
    }
}
