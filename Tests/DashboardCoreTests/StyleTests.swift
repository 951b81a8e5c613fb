import Foundation
import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The text snapshots cannot see colours; these check that styles land on the right cells.
@Suite struct StyleTests {
    let theme = try! ThemeTests.loader.load("default")

    func cell(containing text: String, in screen: Screen) -> Cell? {
        for (row, line) in screen.lines.enumerated() {
            guard let range = line.range(of: text) else { continue }
            // Lines have no wide characters before these words in the fixtures' rows.
            let column = TerminalWidth.of(String(line[..<range.lowerBound]))
            return screen[column, row]
        }
        return nil
    }

    @Test func statusesBannerAndAlertUseTheirThemeKeys() {
        var state = Fixtures.loadedState(mode: .live)
        state.thresholds = [.sank: Money(francs: 200_000)]
        #expect(reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.now)) == [.ringBell])
        state.focus = .balances
        let screen = render(state, theme: theme, size: Size(width: 120, height: 40), language: .english)
        #expect(cell(containing: "LIVE", in: screen)?.style == theme[.bannerLive])
        #expect(cell(containing: "failed", in: screen)?.style == theme[.statusFailed])
        #expect(cell(containing: "awaiting OTP", in: screen)?.style == theme[.statusSendOTP])
        #expect(cell(containing: "reversed", in: screen)?.style == theme[.statusUnknown])
        let sankRow = screen.lines.firstIndex { $0.contains("Sank Money") }!
        let amountColumn = screen.lines[sankRow].distance(
            from: screen.lines[sankRow].startIndex, to: screen.lines[sankRow].range(of: "100 000")!.lowerBound)
        #expect(screen[amountColumn, sankRow]?.style == theme[.alert])
    }

    @Test func noColorKeepsAttributesOnly() {
        let plain = theme.degraded(to: .none)
        let screen = render(Fixtures.loadedState(), theme: plain, size: Size(width: 80, height: 24), language: .french)
        #expect(screen.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        #expect(screen.cells.contains { $0.style.reverse })
    }

    @Test func quitConfirmationIsShown() {
        var state = Fixtures.loadedState()
        state.cancelInFlight = "stl_in_flight"  // money in flight: a settlement cancel is out
        _ = reduce(&state, .key(.character("q")))
        let lines = render(state, theme: theme, size: Size(width: 80, height: 24), language: .french).lines.joined()
        #expect(lines.contains("Quitter quand même ? o / n"))
    }
}
