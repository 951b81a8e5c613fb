import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The one list pane behind charges, transfers, settlements and checkouts: tested once here
/// on charges, the other lists being the same type.
@Suite struct ListPaneTests {
    static func charge(
        _ reference: String, _ francs: Int64, _ status: ChargeStatus, _ provider: Provider, phone: String = "76000000",
        at time: String = "10:00:00"
    ) -> Charge {
        Charge(
            reference: reference, amount: Money(francs: francs), status: status, provider: provider, phone: phone,
            createdAt: Fixtures.time(time))
    }

    static let rows: [Charge] = [
        charge("ch_a", 5_000, .success, .orange, phone: "76000000", at: "12:00:00"),
        charge("ch_b", 18_692, .failed, .moov, phone: "70112233", at: "11:00:00"),
        charge("ch_c", 250, .sendOTP, .sank, phone: "77445566", at: "10:00:00"),
        charge("ch_d", 1_000_000, .failed, .coris, phone: "66778899", at: "09:00:00"),
    ]

    private func shown(_ pane: ListPane<Charge>) -> [String] { pane.visibleRows.map(\.reference) }

    @Test func theFilterIgnoresCaseAndAccentsAndFindsStatusWordsInBothLanguages() {
        var pane = ListPane(rows: Self.rows)
        for query in ["echoue", "ÉCHOUÉ", "Failed", "échoué"] {
            pane.filter = query
            #expect(shown(pane) == ["ch_b", "ch_d"], "\(query)")
        }
        pane.filter = "attente otp"
        #expect(shown(pane) == ["ch_c"])
    }

    @Test func theFilterFindsOperatorsAmountsPhonesAndReferences() {
        var pane = ListPane(rows: Self.rows)
        pane.filter = "orange"
        #expect(shown(pane) == ["ch_a"])
        pane.filter = "moov money"
        #expect(shown(pane) == ["ch_b"])
        pane.filter = "18 692"
        #expect(shown(pane) == ["ch_b"])
        pane.filter = "1000000"
        #expect(shown(pane) == ["ch_d"])
        pane.filter = "77 44"
        #expect(shown(pane) == ["ch_c"])
        pane.filter = "CH_D"
        #expect(shown(pane) == ["ch_d"])
        pane.filter = "nothing like it"
        #expect(shown(pane).isEmpty)
    }

    /// Typing refines what the shorter query found, Backspace goes back to it: the result is
    /// always the same as searching every row from scratch.
    @Test func typingAndBackspaceGiveWhatASearchFromScratchGives() {
        var pane = ListPane(rows: Self.rows)
        var typed = ""
        for character in "moov money" {
            typed.append(character)
            pane.apply(.typeInFilter(character))
            var scratch = ListPane(rows: Self.rows)
            scratch.filter = typed
            #expect(shown(pane) == shown(scratch), "\(typed)")
        }
        while !typed.isEmpty {
            typed.removeLast()
            pane.apply(.deleteInFilter)
            var scratch = ListPane(rows: Self.rows)
            scratch.filter = typed
            #expect(shown(pane) == shown(scratch), "\(typed)")
        }
        #expect(shown(pane) == Self.rows.map(\.reference))
    }

    @Test func sortCyclesTimeAmountStatusOperatorAndKeepsTheSelectedRow() {
        var pane = ListPane(rows: Self.rows)
        pane.select(1)
        #expect(pane.selectedRow?.reference == "ch_b")
        pane.apply(.cycleSort)
        #expect(pane.sort == .amount)
        #expect(shown(pane) == ["ch_d", "ch_b", "ch_a", "ch_c"])
        #expect(pane.selectedRow?.reference == "ch_b")
        pane.apply(.cycleSort)
        #expect(pane.sort == .status)
        #expect(shown(pane) == ["ch_b", "ch_d", "ch_c", "ch_a"], "failed, failed (newest first), send_otp, success")
        pane.apply(.cycleSort)
        #expect(pane.sort == .operator)
        #expect(shown(pane) == ["ch_d", "ch_b", "ch_a", "ch_c"], "Coris, Moov, Orange, Sank")
        pane.apply(.cycleSort)
        #expect(pane.sort == .time)
        #expect(shown(pane) == Self.rows.map(\.reference))
        #expect(pane.selectedRow?.reference == "ch_b")
    }

    @Test func aSortAppliesToTheFilteredRowsAndSurvivesAReload() {
        var pane = ListPane(rows: Self.rows)
        pane.sort = .amount
        pane.filter = "failed"
        #expect(shown(pane) == ["ch_d", "ch_b"])
        pane.replaceRows(Self.rows + [Self.charge("ch_e", 20_000, .failed, .orange, at: "12:30:00")])
        #expect(shown(pane) == ["ch_d", "ch_e", "ch_b"])
    }

    @Test func theSelectionFollowsItsRowWhenNewRowsArriveAndIsClampedWhenItsRowGoes() {
        var pane = ListPane(rows: Self.rows)
        pane.select(2)
        pane.replaceRows([Self.charge("ch_new", 1, .success, .orange, at: "12:59:00")] + Self.rows)
        #expect(pane.selectedRow?.reference == "ch_c")
        pane.replaceRows(Array(Self.rows.prefix(2)))
        #expect(pane.selection == 1)
        pane.move(by: Int.max)
        #expect(pane.selection == 1)
        pane.move(by: Int.min)
        #expect(pane.selection == 0)
    }

    @Test func newRowsAreMarkedAndCountedInTheTitleUntilTheMarkExpires() {
        var state = AppState(mode: .sandbox, now: Fixtures.refreshedAt, markDuration: 10)
        _ = reduce(&state, .chargesLoaded(Self.rows, at: Fixtures.refreshedAt))
        #expect(state.chargeList.newReferences.isEmpty, "the first load marks nothing")
        let later = Fixtures.refreshedAt.adding(seconds: 5)
        let arrived = Self.charge("ch_new", 3_000, .success, .orange, at: "12:59:00")
        _ = reduce(&state, .chargesLoaded([arrived] + Self.rows, at: later))
        #expect(state.chargeList.newReferences == ["ch_new"])
        #expect(state.isMarked("ch_new"))
        let title = render(state, theme: .fallback, size: Size(width: 120, height: 40), language: .french).lines
            .first { $0.contains("Paiements") }
        #expect(title?.contains("1 nouv.") == true)
        _ = reduce(&state, .tick(later.adding(seconds: 11)))
        #expect(state.chargeList.newReferences.isEmpty)
        #expect(!state.isMarked("ch_new"))
    }

    @Test func everyListIsTheSamePaneSoEnterOpensEachKindsOwnScreen() {
        var state = Fixtures.loadedState()
        state.focus = .charges
        #expect(reduce(&state, .key(.enter)).isEmpty)
        #expect(state.topOverlay == .detail)
        state.overlays = []
        state.checkouts = [
            Checkout(
                email: nil, reference: "chk_1", chargeReference: nil, amount: Money(francs: 500), successURL: nil,
                cancelURL: nil, phone: nil, provider: nil, liveMode: false, createdAt: nil, updatedAt: nil,
                status: .pending)
        ]
        state.page = .checkouts
        state.focus = .checkouts
        #expect(reduce(&state, .key(.enter)) == [.fetchCheckout(reference: "chk_1")])
        #expect(state.openCheckout == "chk_1")
    }
}
