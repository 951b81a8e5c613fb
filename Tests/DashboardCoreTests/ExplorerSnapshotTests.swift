import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// Golden screens of the developer view.
@Suite struct ExplorerSnapshotTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    @Test(arguments: [Language.english, .french])
    func theListWithTheRefusedChargeSelected(language: Language) {
        let state = ExplorerFixtures.state(selecting: 3)
        for size in Self.sizes {
            assertSnapshot(
                render(state, theme: .fallback, size: size, language: language),
                named: "explorer-list-\(size.width)x\(size.height)-\(language == .english ? "en" : "fr")")
        }
    }

    @Test(arguments: [Language.english, .french])
    func theFullDetailPrettyPrintsTheJSON(language: Language) {
        let state = ExplorerFixtures.state(selecting: 1, detail: true)
        for size in Self.sizes {
            assertSnapshot(
                render(state, theme: .fallback, size: size, language: language),
                named: "explorer-detail-\(size.width)x\(size.height)-\(language == .english ? "en" : "fr")")
        }
    }

    @Test func theRequestBodyOfAPostScrolledDown() {
        var state = ExplorerFixtures.state(selecting: 3, detail: true)
        state.explorer?.body = .request
        state.explorer?.scroll = 3
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .english),
            named: "explorer-request-80x24-en")
    }

    @Test func anEmptyLog() {
        var state = Fixtures.loadedState()
        state.explorer = ExplorerState()
        assertSnapshot(
            render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .french),
            named: "explorer-empty-80x24-fr")
    }

    @Test func statusesAreColouredByClass() {
        let state = ExplorerFixtures.state(selecting: 1)
        let screen = render(state, theme: .fallback, size: Size(width: 120, height: 40), language: .english)
        func statusStyle(_ text: String) -> Style? {
            for y in 0..<screen.height {
                let line = screen.lines[y]
                guard !line.contains("›"), let range = line.range(of: " \(text) ") else { continue }
                let x = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                return screen[x, y]?.style
            }
            return nil
        }
        #expect(statusStyle("400") == Theme.fallback[.statusFailed])
        #expect(statusStyle("503") == Theme.fallback[.alert])
        #expect(statusStyle("200") == Theme.fallback[.statusSuccess])
    }

    @Test func theExplorerSurvivesEverySmallSize() {
        for detail in [false, true] {
            let state = ExplorerFixtures.state(selecting: 2, detail: detail)
            for width in 0...50 {
                for height in 0...16 {
                    _ = render(state, theme: .fallback, size: Size(width: width, height: height), language: .french)
                }
            }
        }
    }
}

/// Golden screens of the developer view's filter and hidden balance polls.
@Suite struct ExplorerFilterSnapshotTests {
    @Test(arguments: [Language.english, .french])
    func theFilterBeingTypedWithTheBalancePollsHidden(language: Language) {
        var state = ExplorerFixtures.state()
        for key: Key in [.character("b"), .character("/"), .character("G"), .character("e"), .character("t")] {
            _ = reduce(&state, .key(key))
        }
        for size in ExplorerSnapshotTests.sizes {
            assertSnapshot(
                render(state, theme: .fallback, size: size, language: language),
                named: "explorer-filtered-\(size.width)x\(size.height)-\(language == .english ? "en" : "fr")")
        }
    }

    @Test func aKeptFilterWithTheRefusedChargeSelected() {
        var state = ExplorerFixtures.state()
        for character in "/chârge" { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .key(.down))
        for size in ExplorerSnapshotTests.sizes {
            assertSnapshot(
                render(state, theme: .fallback, size: size, language: .english),
                named: "explorer-filter-kept-\(size.width)x\(size.height)-en")
        }
    }
}
