import DashboardCore
import Localization
import SenfenicoAPI
import Testing

@Suite struct SnapshotTests {
    let theme = Theme.fallback

    @Test(arguments: [(80, 24), (120, 40), (40, 10), (1, 1), (0, 0), (20, 5)], [Language.english, .french])
    func dashboard(size: (Int, Int), language: Language) {
        let screen = render(
            Fixtures.loadedState(), theme: theme, size: Size(width: size.0, height: size.1), language: language)
        #expect(screen.width == size.0 && screen.height == size.1)
        assertSnapshot(screen, named: "dashboard-\(size.0)x\(size.1)-\(language.rawValue)")
    }

    @Test(arguments: [Language.english, .french])
    func help(language: Language) {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("?")))
        assertSnapshot(
            render(state, theme: theme, size: Size(width: 80, height: 24), language: language),
            named: "help-80x24-\(language.rawValue)")
    }

    @Test(arguments: [Language.english, .french])
    func chargeDetail(language: Language) {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.enter))
        assertSnapshot(
            render(state, theme: theme, size: Size(width: 120, height: 40), language: language),
            named: "detail-charge-120x40-\(language.rawValue)")
    }

    @Test func transferDetailFrench() {
        var state = Fixtures.loadedState()
        state.focus = .transfers
        _ = reduce(&state, .key(.down))
        _ = reduce(&state, .key(.enter))
        assertSnapshot(
            render(state, theme: theme, size: Size(width: 80, height: 24), language: .french),
            named: "detail-transfer-80x24-fr")
    }

    @Test func staleLiveWithFilter() {
        var state = Fixtures.loadedState(mode: .live)
        _ = reduce(&state, .key(.character("f")))
        for character in "7011" { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(
            &state,
            .fetchFailed(
                .balances, .transport(TransportFailure(kind: .timeout, detail: "read", attempts: 3, neverSent: false)),
                at: Fixtures.now))
        assertSnapshot(
            render(state, theme: theme, size: Size(width: 80, height: 24), language: .english),
            named: "stale-live-filter-80x24-en")
    }

    @Test func emptyBeforeFirstRefresh() {
        let state = AppState(mode: .test, now: Fixtures.now)
        assertSnapshot(
            render(state, theme: theme, size: Size(width: 80, height: 24), language: .french), named: "empty-80x24-fr")
    }

    /// The acceptance check greps these words; keep them on screen.
    @Test func acceptanceWords() {
        let english = render(
            Fixtures.loadedState(), theme: theme, size: Size(width: 120, height: 40), language: .english
        )
        .lines.joined(separator: "\n")
        for word in ["SANDBOX", "100 000", "Orange", "Moov", "Sank", "Charges", "Transfers"] {
            #expect(english.contains(word), "missing \(word)")
        }
        let french = render(Fixtures.loadedState(), theme: theme, size: Size(width: 120, height: 40), language: .french)
            .lines.joined(separator: "\n")
        #expect(french.lowercased().contains("solde"))
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("?")))
        let help = render(state, theme: theme, size: Size(width: 120, height: 40), language: .english).lines.joined()
        #expect(help.contains("help") && help.contains("quit"))
    }

    /// Every size from 0x0 upward renders without trapping and fills exactly the grid.
    @Test func everySmallSizeRenders() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.enter))
        for width in 0...45 {
            for height in 0...14 {
                let screen = render(state, theme: theme, size: Size(width: width, height: height), language: .french)
                #expect(screen.lines.count == height)
            }
        }
    }
}

@Suite struct LargeListTests {
    /// Only the visible rows are formatted, so a 100 000-row list still draws, scrolled to the end.
    @Test func hundredThousandChargesScrollToTheSelection() {
        var state = AppState(mode: .sandbox, now: Fixtures.now)
        let charges = (0..<100_000).map { index in
            Charge(
                reference: "ch_\(index)", amount: Money(francs: Int64(index)), status: .success, provider: .moov,
                phone: "70000000", createdAt: Timestamp(microsecondsSinceEpoch: Int64(index) * 1_000_000))
        }
        _ = reduce(&state, .chargesLoaded(charges, at: Fixtures.now))
        state.focus = .charges
        _ = reduce(&state, .key(.end))
        #expect(state.chargeList.selection == 99_999)
        let lines = render(state, theme: .fallback, size: Size(width: 120, height: 40), language: .english).lines
        #expect(lines.contains { $0.contains("(100000 of 100000)") })
        #expect(lines.contains { $0.contains("› 01/01 00:00") && $0.contains("0 F CFA") && $0.contains("ch_0 ") })
    }
}

@Suite struct ThemeMessageTests {
    @Test func fallbackMessageIsLocalized() {
        let error = ThemeError(theme: "mine", key: "pane.border", line: 3, reason: "bad colour")
        #expect(error.message(in: .french).contains("pane.border, line 3"))
        #expect(error.message(in: .french).hasPrefix("Thème mine refusé"))
    }
}
