import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

@Suite struct SparklineProportionTests {
    func francs(_ values: [Int64]) -> [Money] { values.map { Money(francs: $0) } }

    @Test func aSmallChangeOnABigBalanceIsNotAFullHeightJump() {
        #expect(Sparkline.render(francs([392_000, 392_750]), width: 10) == "▁▁")
        #expect(Sparkline.render(francs([392_750, 392_000, 392_750]), width: 10) == "▁▁▁")
    }

    @Test func changesShowInProportionToTheBalance() {
        // A tenth of the balance or more fills the height; a twentieth is half of it.
        #expect(Sparkline.render(francs([392_000, 352_800]), width: 10) == "█▁")
        #expect(Sparkline.render(francs([392_000, 372_400, 392_000]), width: 10) == "▄▁▄")
        #expect(Sparkline.render(francs([100_000, 0]), width: 10) == "█▁")
        // Between its own minimum and maximum when they are far apart, as before.
        #expect(Sparkline.render(francs([15_000, 18_692]), width: 10) == "▁█")
    }

    @Test func extremeAndNegativeAmountsStayInRange() {
        #expect(Sparkline.render([Money(hundredths: .min), Money(hundredths: .max)], width: 4) == "▁█")
        #expect(Sparkline.render(francs([-1_000, -1_000]), width: 4) == "▁▁")
        #expect(Sparkline.render(francs([-1_000, 0]), width: 4) == "▁█")
        #expect(Sparkline.render(francs([0, 0, 0]), width: 4) == "▁▁▁")
    }
}

@Suite struct CompactBalancesTests {
    static let big = Money(francs: 123_456_789)

    /// Every balance at `money` (the transfer total at three times it).
    func state(_ money: Money, total: Money? = nil) -> AppState {
        var state = Fixtures.loadedState()
        var balances = Fixtures.balances
        balances.collection = CollectionBalance(available: money, pending: money)
        let wallet = WalletBalance(available: money, pending: .zero)
        balances.transfer = TransferBalances(
            totalAvailable: total ?? money, totalPending: .zero, orange: wallet, moov: wallet, sank: wallet)
        _ = reduce(&state, .balancesLoaded(balances, at: Fixtures.refreshedAt))
        return state
    }

    func balanceLines(_ state: AppState, _ size: Size, _ language: Language) -> [String] {
        let screen = render(state, theme: .fallback, size: size, language: language)
        let layout = DashboardLayout.panes(for: state, size: size).first { $0.pane == .balances }!
        return Array(screen.lines[layout.rect.y..<layout.rect.maxY])
    }

    @Test(arguments: [(40, 10), (60, 15), (69, 19)], [Language.english, .french])
    func largeBalancesKeepEveryDigit(size: (Int, Int), language: Language) {
        let size = Size(width: size.0, height: size.1)
        #expect(DashboardLayout.isCompact(size))
        let lines = balanceLines(state(Self.big), size, language)
        // Title and five balances, each with its whole amount and, with room for it, its currency.
        #expect(lines.count == 6)
        for line in lines.dropFirst() {
            #expect(line.contains("123 456 789 F CFA"), "\(line)")
        }
    }

    @Test(arguments: [(40, 10), (60, 15), (69, 19)], [Language.english, .french])
    func hugeBalancesDropTheCurrencyThenTheLabelsNeverDigits(size: (Int, Int), language: Language) {
        let size = Size(width: size.0, height: size.1)
        for huge in [Money(hundredths: 1_234_567_890_123_456_78), Money(hundredths: .max)] {
            let number = huge.formattedNumber(language)
            let lines = balanceLines(state(huge), size, language)
            for line in lines.dropFirst() {
                #expect(line.contains(number), "\(line)")
            }
            // 40 columns have no room for the currency: the title tells it instead.
            guard size.width == 40 else { continue }
            #expect(lines[0].contains(language == .english ? "in F CFA" : "en F CFA"), "\(lines[0])")
            #expect(lines.dropFirst().allSatisfy { !$0.contains("F CFA") })
        }
    }

    @Test func theCurrencyStaysWhenItFits() {
        let lines = balanceLines(state(Self.big), Size(width: 40, height: 10), .french)
        #expect(lines[0].trimmingSuffixSpaces == "Soldes")
        #expect(lines[1] == "Encaissements" + String(repeating: " ", count: 9) + "123 456 789 F CFA ")
    }

    @Test func columnsGiveWayInOrder() {
        typealias B = BalancesView
        // Room for all: whole labels, the currency, a free last column.
        var columns = B.compactColumns(width: 40, widestLabel: 16, widestWithCurrency: 17, widestNumber: 11)
        #expect(columns == (true, 22, 17))
        // The currency goes first.
        columns = B.compactColumns(width: 40, widestLabel: 16, widestWithCurrency: 27, widestNumber: 21)
        #expect(columns == (false, 18, 21))
        // Then the labels are cut.
        columns = B.compactColumns(width: 40, widestLabel: 16, widestWithCurrency: 33, widestNumber: 27)
        #expect(columns == (false, 13, 27))
        // Then dropped: the amount takes the line.
        columns = B.compactColumns(width: 40, widestLabel: 16, widestWithCurrency: 43, widestNumber: 37)
        #expect(columns == (false, 0, 40))
    }

    @Test func theBorderedTableDropsTheCurrencyBeforeADigit() {
        let huge = Money(hundredths: 1_234_567_890_123_456_78)
        let screen = render(state(huge), theme: .fallback, size: Size(width: 80, height: 24), language: .english)
        let lines = screen.lines[1..<9]
        #expect(lines.first!.contains("Balances — in F CFA"))
        #expect(lines.filter { $0.contains(huge.formattedNumber(.english)) }.count == 5)
    }
}

extension String {
    fileprivate var trimmingSuffixSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

@Suite struct ListSplitTests {
    func charges(_ count: Int) -> [Charge] {
        (0..<count).map { index in
            Charge(
                reference: "ch_\(index)", amount: Money(francs: Int64(1_000 + index)), status: .success,
                provider: .orange, phone: "76000000",
                createdAt: Fixtures.time("12:00:00").adding(seconds: Double(index)))
        }
    }

    func transfers(_ count: Int) -> [Transfer] {
        (0..<count).map { index in
            Transfer(
                reference: "tr_\(index)", amount: Money(francs: 500), recipientPhone: "70000000", status: .success,
                recipientWallet: .moov, extID: "ext_\(index)",
                createdAt: Fixtures.time("11:00:00").adding(seconds: Double(index)))
        }
    }

    func state(charges: Int, transfers: Int) -> AppState {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .chargesLoaded(self.charges(charges), at: Fixtures.refreshedAt))
        _ = reduce(&state, .transfersLoaded(self.transfers(transfers), at: Fixtures.refreshedAt))
        return state
    }

    func visible(_ state: AppState, _ size: Size) -> [Pane: Int] {
        var result: [Pane: Int] = [:]
        for layout in DashboardLayout.panes(for: state, size: size) where layout.pane != .balances {
            result[layout.pane] = DashboardLayout.rowArea(layout).visible
        }
        return result
    }

    @Test func theLongListGetsTheRowsTheShortOneWouldLeaveEmpty() throws {
        let size = Size(width: 200, height: 60)
        let state = state(charges: 25, transfers: 2)
        // Half and half showed 22 of the 25 charges.
        let halves = DashboardLayout.panes(focus: .charges, size: size)
        #expect(DashboardLayout.rowArea(halves[1]).visible == 22)
        let shown = visible(state, size)
        #expect(shown[.charges]! >= 25 && shown[.transfers]! >= 2)
        // Every charge on screen, and a click on the last one selects it.
        let screen = render(state, theme: .fallback, size: size, language: .english)
        let last = try #require(screen.lines.firstIndex { $0.contains("ch_0 ") })
        let hit = try #require(DashboardLayout.hitTest(state, size: size, x: 20, y: last))
        #expect(hit.pane == .charges && hit.row == 24)
        let transfer = try #require(screen.lines.firstIndex { $0.contains("11:00 ") })
        let transferHit = try #require(DashboardLayout.hitTest(state, size: size, x: 20, y: transfer))
        #expect(transferHit.pane == .transfers && transferHit.row == 0)
    }

    @Test func whenBothCannotFitTheyShareByRowsAndEachKeepsAMinimum() {
        let size = Size(width: 200, height: 60)
        // 50 lines under the balances.
        var shown = visible(state(charges: 200, transfers: 2), size)
        #expect(shown[.transfers] == 2 && shown[.charges] == 42)
        shown = visible(state(charges: 200, transfers: 0), size)
        #expect(shown[.transfers] == 1, "an empty list keeps a line for its \"none yet\"")
        shown = visible(state(charges: 300, transfers: 100), size)
        #expect(shown[.charges] == 34 && shown[.transfers] == 10)
        shown = visible(state(charges: 100, transfers: 100), size)
        #expect(shown[.charges] == 22 && shown[.transfers] == 22)
        // A list never takes more than it needs from a long one, nor the long one all of it.
        #expect(DashboardLayout.listHeights(50, charges: 1_000, transfers: 1) == (46, 4))
        #expect(DashboardLayout.listHeights(50, charges: 1_000, transfers: 30) == (45, 5))
        #expect(DashboardLayout.listHeights(6, charges: 10, transfers: 10) == (5, 1))
    }

    @Test func whileBothFitTheSplitStaysHalfAndHalf() {
        // The 80x24 and 120x40 screens of the fixture are unchanged.
        #expect(DashboardLayout.listHeights(13, charges: 4, transfers: 2) == (7, 6))
        #expect(DashboardLayout.listHeights(30, charges: 4, transfers: 2) == (15, 15))
        // Moved only as far as the longer list needs.
        #expect(DashboardLayout.listHeights(50, charges: 25, transfers: 2) == (28, 22))
        #expect(DashboardLayout.listHeights(50, charges: 2, transfers: 25) == (22, 28))
    }
}
