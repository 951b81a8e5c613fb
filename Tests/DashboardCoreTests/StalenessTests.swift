import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// States and a theme for the stale look: amounts read at 12:53:00, refreshes failing since.
enum StaleFixtures {
    /// A theme whose stale and live amount styles can be told apart.
    static let theme = Theme(
        name: "staleness",
        styles: [
            .text: Style(), .amountPositive: Style(foreground: .ansi(2)), .stale: Style(foreground: .ansi(3)),
            .paneBorder: Style(foreground: .ansi(4)), .paneTitle: Style(bold: true),
            .sparkline: Style(foreground: .ansi(6)), .statusBar: Style(reverse: true),
        ])

    /// An answer that is not the API's JSON: a long decoder message and raw JSON in the sample.
    static let malformed = SenfenicoError.decoding(
        DecodingFailure(
            httpStatus: 200,
            reason:
                "typeMismatch(Swift.String, Swift.DecodingError.Context(codingPath: [CodingKeys(stringValue: "
                + "\"data\"), CodingKeys(stringValue: \"available_balance\")], debugDescription: \"Expected to "
                + "decode String but found a number instead.\"))",
            body: Array(#"{"status": true, "data": {"available_balance": 392658.5, "pending_balance": 0}}"#.utf8),
            redactor: Redactor(key: nil)))

    /// A server sentence far longer than any status bar.
    static let longError = SenfenicoError.api(
        APIFailure(
            httpStatus: 503,
            message: "The service is temporarily unavailable because of scheduled maintenance of the "
                + "mobile money gateway; please try again later, or contact support if this persists",
            code: nil))

    /// The fetches of `kinds` failed two seconds ago with `error`; the clock says `now`.
    static func failedState(
        _ error: SenfenicoError, kinds: [FetchKind] = [.balances, .charges, .transfers],
        now: Timestamp = Fixtures.time("12:56:00")
    ) -> AppState {
        var state = Fixtures.loadedState()
        for kind in kinds { _ = reduce(&state, .fetchFailed(kind, error, at: now.adding(seconds: -2))) }
        state.now = now
        return state
    }

    static func text(_ screen: Screen) -> String { screen.lines.joined(separator: "\n") }

    /// The cell where `needle` starts on the screen.
    static func cell(of needle: String, in screen: Screen) -> Cell? {
        for (y, line) in screen.lines.enumerated() {
            guard let range = line.range(of: needle) else { continue }
            let x = TerminalWidth.of(String(line[..<range.lowerBound]))
            return screen[x, y]
        }
        return nil
    }
}

@Suite struct StalenessSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)], [Language.english, .french])
    func staleDashboard(size: (Int, Int), language: Language) {
        let state = StaleFixtures.failedState(StaleFixtures.malformed)
        let screen = render(
            state, theme: StaleFixtures.theme, size: Size(width: size.0, height: size.1), language: language)
        assertSnapshot(screen, named: "stale-\(size.0)x\(size.1)-\(language.rawValue)")
    }
}

@Suite struct StaleBalancesTests {
    @Test(arguments: [Language.english, .french])
    func staleBalancesAreDimmedAndTellTheirAge(language: Language) throws {
        let state = StaleFixtures.failedState(StaleFixtures.malformed)
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 15)] {
            let screen = render(state, theme: StaleFixtures.theme, size: size, language: language)
            let title = language == .english ? "Balances — 3 min ago" : "Soldes — il y a 3 min"
            #expect(StaleFixtures.text(screen).contains(title), "\(size)")
            let stale = StaleFixtures.theme[.stale]
            for amount in ["18 692", "300 000"] {
                #expect(try #require(StaleFixtures.cell(of: amount, in: screen)).style == stale, "\(amount) \(size)")
            }
            let label = language == .english ? "Orange Money" : "Orange Money"
            #expect(try #require(StaleFixtures.cell(of: label, in: screen)).style == stale)
        }
        // The bordered pane's border and title too.
        let screen = render(state, theme: StaleFixtures.theme, size: Size(width: 80, height: 24), language: language)
        #expect(screen[0, 1]?.style == StaleFixtures.theme[.stale])
    }

    @Test func freshBalancesKeepTheirColoursAndNoAge() throws {
        // Only a list failed: the balances on screen are fresh.
        let state = StaleFixtures.failedState(StaleFixtures.longError, kinds: [.charges])
        let screen = render(state, theme: StaleFixtures.theme, size: Size(width: 80, height: 24), language: .english)
        #expect(
            try #require(StaleFixtures.cell(of: "18 692", in: screen)).style == StaleFixtures.theme[.amountPositive])
        #expect(StaleFixtures.text(screen).contains("┌─ Balances ───"))
        #expect(!StaleFixtures.text(screen).contains("ago ─"))
        #expect(screen[0, 1]?.style == StaleFixtures.theme[.paneBorder])
    }
}

@Suite struct StaleStatusBarTests {
    /// The status bar's first line.
    func statusLine(_ state: AppState, _ size: Size, _ language: Language) -> String {
        let screen = render(state, theme: StaleFixtures.theme, size: size, language: language)
        return screen.lines[size.height - DashboardLayout.statusRows(size)]
    }

    @Test(arguments: [Language.english, .french])
    func aLongErrorIsCutNeverTheRefreshAge(language: Language) {
        // 25 s after the last refresh: the age is said by tens of seconds.
        let state = StaleFixtures.failedState(StaleFixtures.longError, now: Fixtures.time("12:53:25"))
        let age = language == .english ? "20 s ago" : "il y a 20 s"
        let marker = language == .english ? "STALE: " : "PÉRIMÉ : "
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 10)] {
            let line = statusLine(state, size, language)
            #expect(line.contains(age), "\(size): \(line)")
            #expect(line.contains(marker + "The"), "\(size): \(line)")
            #expect(line.contains("…"), "the error is what is cut: \(line)")
        }
        // At 80 columns the refresh keeps its time, the error a good part of its sentence.
        let wide = statusLine(state, Size(width: 80, height: 24), language)
        #expect(wide.contains("12:53") && wide.contains(marker + "The service"), "\(wide)")
    }

    @Test func theRefreshAgeShowsAtFortyColumnsWithoutAnError() {
        let state = Fixtures.loadedState()
        for language in [Language.english, .french] {
            let line = statusLine(state, Size(width: 40, height: 10), language)
            #expect(line.contains(language == .english ? "just now" : "à l'instant"), "\(line)")
        }
    }

    @Test func partsAreLaidOutByPriority() {
        let parts = StatusBarView.layOut(
            width: 40, mode: "LIVE", stale: "STALE: " + String(repeating: "x", count: 100), staleMarker: "STALE: ",
            refresh: ["refreshed 12:53:00 (3 s ago)", "refreshed 3 s ago", "3 s ago"], attention: nil,
            tail: ["next in 2 s", "data 1.2 kB"])
        #expect(parts.map(\.kind) == [.plain, .stale, .plain])
        #expect(parts[2].text == "3 s ago")
        #expect(parts[1].text.hasPrefix("STALE: xxx") && parts[1].text.hasSuffix("…"))
        // Without an error the longest refresh form that fits, then the rest while whole.
        let calm = StatusBarView.layOut(
            width: 52, mode: "LIVE", stale: nil, staleMarker: nil,
            refresh: ["refreshed 12:53:00 (3 s ago)", "refreshed 3 s ago", "3 s ago"], attention: nil,
            tail: ["next in 2 s", "data 1.2 kB"])
        #expect(calm.map(\.text) == ["LIVE", "refreshed 12:53:00 (3 s ago)", "next in 2 s"])
    }

    @Test(arguments: [Language.english, .french])
    func aMalformedAnswerShowsAShortReason(language: Language) {
        let state = StaleFixtures.failedState(StaleFixtures.malformed, now: Fixtures.time("12:53:05"))
        let short = language == .english ? "unreadable answer (HTTP 200)" : "réponse illisible (HTTP 200)"
        #expect(StatusBarView.shortReason(StaleFixtures.malformed, language) == short)
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
            let line = statusLine(state, size, language)
            #expect(line.contains(short), "\(line)")
            for raw in ["{", "typeMismatch", "available_balance", "CodingKeys"] {
                #expect(!line.contains(raw), "\(raw) in \(line)")
            }
        }
        // Other errors keep their message.
        #expect(StatusBarView.shortReason(StaleFixtures.longError, language).contains("The service"))
    }
}

@Suite struct RecoveryTests {
    let failure = SenfenicoError.transport(TransportFailure(kind: .connectionRefused, detail: "", neverSent: true))

    /// The server down since 12:00:00: every fetch failed `rounds` times in a row.
    func downState(rounds: Int) -> AppState {
        var state = AppState(mode: .test, now: Fixtures.time("12:00:00"))
        #expect(reduce(&state, .tick(Fixtures.time("12:00:00"))) == [.fetchBalances, .fetchCharges, .fetchTransfers])
        for round in 0..<rounds {
            let time = Fixtures.time("12:00:00").adding(seconds: Double(round))
            for kind in [FetchKind.balances, .charges, .transfers] {
                _ = reduce(&state, .fetchFailed(kind, failure, at: time))
            }
        }
        return state
    }

    func seconds(_ from: Timestamp, _ to: Timestamp?) -> Int64? {
        to.map { ($0.microsecondsSinceEpoch - from.microsecondsSinceEpoch) / 1_000_000 }
    }

    @Test func whenTheServerIsBackEveryFailedFetchIsTriedAtTheNextTick() {
        var state = downState(rounds: 4)
        let start = Fixtures.time("12:00:03")
        // Backed off: the lists wait 300 s (30 s doubled, capped), the balances 80 s.
        #expect(seconds(start, state.schedules[.charges]?.nextDue) == 300)
        #expect(seconds(start, state.schedules[.transfers]?.nextDue) == 300)
        #expect(seconds(start, state.schedules[.balances]?.nextDue) == 80)
        // The balances' backoff ends first; the server answers again.
        let back = start.adding(seconds: 80)
        #expect(reduce(&state, .tick(back)) == [.fetchBalances])
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: back))
        #expect(state.isStale, "the lists are still old")
        #expect(state.schedules[.charges]?.nextDue == back && state.schedules[.transfers]?.nextDue == back)
        // The next tick tries both lists instead of waiting out their 300 s.
        let next = back.adding(seconds: 1)
        #expect(reduce(&state, .tick(next)) == [.fetchCharges, .fetchTransfers])
        _ = reduce(&state, .chargesLoaded(Fixtures.charges, at: next))
        _ = reduce(&state, .transfersLoaded(Fixtures.transfers, at: next))
        #expect(!state.isStale && state.failedFetches.isEmpty)
        // Each back on its normal interval.
        #expect(seconds(next, state.schedules[.charges]?.nextDue) == 30)
        #expect(seconds(next, state.schedules[.transfers]?.nextDue) == 30)
        #expect(seconds(back, state.schedules[.balances]?.nextDue) == 5)
        #expect(state.schedules.values.allSatisfy { $0.consecutiveFailures == 0 })
    }

    @Test func aListThatRecoversBringsTheBalancesBackToo() {
        var state = downState(rounds: 5)
        let back = Fixtures.time("12:02:00")
        state.schedules[.charges]?.nextDue = back
        #expect(reduce(&state, .tick(back)) == [.fetchCharges])
        _ = reduce(&state, .chargesLoaded(Fixtures.charges, at: back))
        #expect(reduce(&state, .tick(back.adding(seconds: 1))) == [.fetchBalances, .fetchTransfers])
    }

    @Test func aProbeThatFailsAgainGoesBackToItsBackoff() {
        var state = downState(rounds: 4)
        let back = Fixtures.time("12:01:23")
        _ = reduce(&state, .tick(back))
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: back))
        let next = back.adding(seconds: 1)
        #expect(reduce(&state, .tick(next)) == [.fetchCharges, .fetchTransfers])
        _ = reduce(&state, .transfersLoaded(Fixtures.transfers, at: next))
        _ = reduce(&state, .fetchFailed(.charges, failure, at: next))
        // Charges fail on their own: their wait keeps growing, no early try at each balance refresh.
        #expect(seconds(next, state.schedules[.charges]?.nextDue) == 300)
        _ = reduce(&state, .tick(next.adding(seconds: 5)))
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: next.adding(seconds: 5)))
        #expect(seconds(next, state.schedules[.charges]?.nextDue) == 300)
        #expect(state.isStale)
    }

    @Test func aSuccessThatWasNotFailingLeavesOthersBackoffAlone() {
        var state = AppState(mode: .test, now: Fixtures.time("12:00:00"))
        _ = reduce(&state, .tick(Fixtures.time("12:00:00")))
        _ = reduce(&state, .fetchFailed(.charges, failure, at: Fixtures.time("12:00:00")))
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: Fixtures.time("12:00:00")))
        _ = reduce(&state, .transfersLoaded([], at: Fixtures.time("12:00:00")))
        #expect(state.schedules[.charges]?.nextDue == Fixtures.time("12:01:00"))
    }

    @Test func aRateLimitedFetchStillWaitsItsMinute() {
        var state = downState(rounds: 2)
        let limited = SenfenicoError.api(
            APIFailure(httpStatus: 429, message: "Too Many Requests", code: .rateLimitExceeded))
        let time = Fixtures.time("12:00:10")
        state.schedules[.transfers]?.inFlight = true
        _ = reduce(&state, .fetchFailed(.transfers, limited, at: time))
        let back = Fixtures.time("12:00:20")
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: back))
        #expect(state.schedules[.charges]?.nextDue == back)
        #expect(state.schedules[.transfers]?.nextDue == time.adding(seconds: 60))
    }

    @Test func aFetchStillRunningIsNotStartedTwice() {
        var state = downState(rounds: 3)
        let back = Fixtures.time("12:01:00")
        state.schedules[.charges]?.inFlight = true
        _ = reduce(&state, .balancesLoaded(Fixtures.balances, at: back))
        #expect(reduce(&state, .tick(back.adding(seconds: 1))) == [.fetchTransfers])
    }
}
