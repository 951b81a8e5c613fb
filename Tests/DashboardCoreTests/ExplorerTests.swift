import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The developer view: the request log, its keys, and what `y` copies.
@Suite struct ExplorerTests {
    typealias X = ExplorerFixtures

    func entry(_ sequence: Int, path: String = "/v1/payment/balances") -> LoggedExchange {
        LoggedExchange(
            sequence: sequence, finishedAt: Fixtures.now,
            exchange: Exchange(operation: .balances, path: path, status: 200, latency: .milliseconds(3)))
    }

    @Test func theLogKeepsTheLast500NewestFirst() {
        var state = Fixtures.loadedState()
        for sequence in 1...520 { _ = reduce(&state, .exchangeRecorded(entry(sequence))) }
        #expect(state.requestLog.entries.count == RequestLog.capacity)
        #expect(state.requestLog.recordedCount == 520)
        #expect(state.requestLog.entries.first?.sequence == 520)
        #expect(state.requestLog.entries.last?.sequence == 21)
    }

    @Test func anExchangePostedLateTakesItsPlaceBySequence() {
        var log = RequestLog()
        log.record(entry(1))
        log.record(entry(3))
        log.record(entry(2))
        #expect(log.entries.map(\.sequence) == [3, 2, 1])
    }

    @Test func dOpensFromTheDashboardF12FromTheWizardEscOrDCloses() {
        var state = Fixtures.loadedState()
        #expect(reduce(&state, .key(.character("d"))).isEmpty)
        #expect(state.explorer == ExplorerState())
        _ = reduce(&state, .key(.escape))
        #expect(state.explorer == nil)
        _ = reduce(&state, .key(.character("d")))
        _ = reduce(&state, .key(.character("d")))
        #expect(state.explorer == nil)

        state.wizard = ChargeWizard()
        _ = reduce(&state, .key(.character("d")))
        #expect(state.explorer == nil, "d is data in the wizard")
        _ = reduce(&state, .key(.function(12)))
        #expect(state.explorer != nil)
        _ = reduce(&state, .key(.function(12)))
        #expect(state.explorer == nil)
        #expect(state.wizard != nil)
    }

    @Test func keysStayInTheExplorer() {
        var state = X.state()
        for key: Key in [
            .character("c"), .character("a"), .character("f"), .character("t"), .function(2), .function(3),
        ] {
            #expect(reduce(&state, .key(key)).isEmpty)
        }
        #expect(state.wizard == nil && state.form == nil && state.explorer != nil)
        #expect(!state.chargeList.isEditingFilter)
        #expect(reduce(&state, .key(.function(9))) == [.exportDay])
    }

    @Test func theSelectionFollowsTheNewestUntilMovedAndHomeFollowsAgain() {
        var state = X.state()
        #expect(ExplorerKeys.selected(state.explorer!, state)?.sequence == 5)
        _ = reduce(&state, .exchangeRecorded(entry(6)))
        #expect(ExplorerKeys.selected(state.explorer!, state)?.sequence == 6)
        _ = reduce(&state, .key(.character("j")))
        _ = reduce(&state, .key(.down))
        #expect(state.explorer?.selectedSequence == 4)
        _ = reduce(&state, .exchangeRecorded(entry(7)))
        #expect(ExplorerKeys.selected(state.explorer!, state)?.sequence == 4, "pinned while new requests come")
        _ = reduce(&state, .key(.end))
        #expect(state.explorer?.selectedSequence == 1)
        _ = reduce(&state, .key(.character("k")))
        #expect(state.explorer?.selectedSequence == 2)
        _ = reduce(&state, .key(.home))
        #expect(state.explorer?.selectedSequence == nil)
        #expect(ExplorerKeys.selected(state.explorer!, state)?.sequence == 7)
    }

    @Test func pageKeysMoveByTheRowsTheListShows() {
        var state = X.state()
        for sequence in 6...60 { _ = reduce(&state, .exchangeRecorded(entry(sequence))) }
        state.screenSize = Size(width: 120, height: 40)
        _ = reduce(&state, .key(.pageDown))
        let rows = ExplorerLayout.listRows(Size(width: 120, height: 40), count: 60)
        #expect(rows == 11)
        #expect(state.explorer?.selectedSequence == 60 - rows)
        _ = reduce(&state, .key(.pageUp))
        #expect(state.explorer?.selectedSequence == 60)
    }

    @Test func enterOpensTheDetailOnTheSelectedRequestAndScrollsWithinIt() {
        var state = X.state()
        state.screenSize = Size(width: 80, height: 24)
        _ = reduce(&state, .key(.enter))
        #expect(state.explorer?.isDetailOpen == true)
        #expect(state.explorer?.selectedSequence == 5, "the detail stays on its request")
        _ = reduce(&state, .key(.escape))
        #expect(state.explorer?.isDetailOpen == false && state.explorer != nil)

        state.explorer?.selectedSequence = 2
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .key(.down))
        _ = reduce(&state, .key(.character("j")))
        #expect(state.explorer?.scroll == 2)
        _ = reduce(&state, .key(.end))
        let size = Size(width: 80, height: 24)
        let lines = ExplorerDetail.lineCount(state.explorer!, state, width: ExplorerLayout.fullTextWidth(size))
        #expect(lines > 40)
        #expect(state.explorer?.scroll == lines - ExplorerLayout.fullTextRows(size))
        _ = reduce(&state, .key(.pageDown))
        #expect(state.explorer?.scroll == lines - ExplorerLayout.fullTextRows(size))
        _ = reduce(&state, .key(.home))
        #expect(state.explorer?.scroll == 0)
        _ = reduce(&state, .key(.tab))
        #expect(state.explorer?.body == .request)
        _ = reduce(&state, .key(.enter))
        #expect(state.explorer?.isDetailOpen == false)
    }

    @Test func theLineCountIsTheSameInBothLanguages() {
        let state = X.state()
        for entry in X.exchanges {
            for body in [ExplorerState.Body.request, .response] {
                let curl = state.requestLog.curlCommand(for: entry)
                let english = ExplorerDetail.lines(entry, body: body, curl: curl, width: 60, language: .english, zone: .gmt)
                let french = ExplorerDetail.lines(entry, body: body, curl: curl, width: 60, language: .french, zone: .gmt)
                #expect(english.count == french.count)
                #expect(english.allSatisfy { TerminalWidth.of($0.text) <= 60 })
            }
        }
    }

    @Test func yCopiesTheSelectedRequestAsCurlWithoutTheKey() {
        var state = X.state(selecting: 3)
        let effects = reduce(&state, .key(.character("y")))
        let command = X.exchanges[2].exchange.curlCommand(baseURL: X.baseURL)
        #expect(effects == [.copyToClipboard(command)])
        #expect(command.contains("curl --request POST 'http://127.0.0.1:8123/v1/payment/charges/'"))
        #expect(command.contains(#""X-API-KEY: $SENFENICO_API_KEY""#))
        #expect(command.contains(#"l'\''été"#))

        _ = reduce(&state, .copiedToClipboard(file: "/home/a/.local/state/senfenico/last-request.sh", failure: nil))
        #expect(state.visibleNotice?.english.contains("/home/a/.local/state/senfenico/last-request.sh") == true)
        _ = reduce(&state, .copiedToClipboard(file: nil, failure: "read-only file system"))
        #expect(state.visibleNotice?.french.contains("read-only file system") == true)

        var empty = Fixtures.loadedState()
        empty.explorer = ExplorerState()
        #expect(reduce(&empty, .key(.character("y"))).isEmpty)
        #expect(empty.visibleNotice == Strings.Explorer.nothingToCopy)
    }

    @Test func quitAsksFirstWhileMoneyMovesAndKeepsTheExplorerOpen() {
        var state = X.state()
        #expect(reduce(&state, .key(.character("q"))) == [.quit])
        state.cancelInFlight = "stl_in_flight"  // money in flight: a settlement cancel is out
        #expect(reduce(&state, .key(.function(10))).isEmpty)
        #expect(state.isConfirmingQuit && state.explorer != nil)
        #expect(reduce(&state, .key(.character("n"))).isEmpty)
        #expect(!state.isConfirmingQuit && state.explorer != nil)
    }

    @Test func helpOpensOverTheExplorerAndAClickSelectsNothingUnderIt() {
        var state = X.state()
        _ = reduce(&state, .key(.character("?")))
        #expect(state.isHelpVisible)
        _ = reduce(&state, .key(.escape))
        #expect(!state.isHelpVisible && state.explorer != nil)
        let before = state.chargeList.selection
        _ = reduce(&state, .select(.charges, row: 3))
        #expect(state.chargeList.selection == before)
    }

    @Test func refreshWorksFromTheExplorer() {
        var state = X.state()
        #expect(!reduce(&state, .key(.character("r"))).isEmpty)
    }
}

/// Re-indenting JSON as written.
@Suite struct PrettyJSONTests {
    @Test func nestedObjectsAndArraysKeepTheirOrderNumbersAndEscapes() {
        let text = #" {"b":1.50e3,"a":[true,false,null,{}],"c":{"d":"x\"y\u00e9","e":[]} } "#
        #expect(
            PrettyJSON.lines(text) == [
                "{",
                #"  "b": 1.50e3,"#,
                #"  "a": ["#,
                "    true,",
                "    false,",
                "    null,",
                "    {}",
                "  ],",
                #"  "c": {"#,
                #"    "d": "x\"y\u00e9","#,
                #"    "e": []"#,
                "  }",
                "}",
            ])
        #expect(PrettyJSON.lines("-0.5") == ["-0.5"])
        #expect(PrettyJSON.lines(#""été""#) == [#""été""#])
    }

    @Test(arguments: [
        "", "{", #"{"a":1"#, #"{"a" 1}"#, "[1,]", "[1 2]", "01x", "tru", #""a"#, "{\"a\":\"\u{1B}\"}", "<html>",
        #"{"a":1} x"#, "1.", "-", "[1e]",
    ])
    func invalidTextIsRefused(text: String) {
        #expect(PrettyJSON.lines(text) == nil)
    }

    @Test func hostileNestingIsRefusedNotRecursedInto() {
        #expect(PrettyJSON.lines(String(repeating: "[", count: 100_000)) == nil)
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        // One line per bracket, the innermost `[]` whole.
        #expect(PrettyJSON.lines(deep)?.count == 399)
    }

    @Test func detailShowsTruncatedAndInvalidBodiesAsReceivedSafely() {
        let state = ExplorerFixtures.state()
        let list = ExplorerFixtures.exchanges[1]
        let lines = ExplorerDetail.lines(list, body: .response, curl: "", width: 100, language: .english, zone: .gmt).map(\.text)
        #expect(lines.contains("truncated at 4 KB (of 14.2 kB): shown as received"))
        let html = ExplorerFixtures.exchanges[4]
        let htmlLines = ExplorerDetail.lines(html, body: .response, curl: "", width: 100, language: .french, zone: .gmt)
        #expect(htmlLines.map(\.text).contains("JSON non valide : affiché tel que reçu"))
        var hostile = html
        hostile.exchange.responseSample = "\u{1B}]0;owned\u{07}bad\u{1B}[2Jtext\r\nnext\u{202E}line"
        let cleaned = ExplorerDetail.lines(
            hostile, body: .response, curl: state.requestLog.curlCommand(for: hostile), width: 100, language: .english, zone: .gmt)
        #expect(cleaned.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x202E } })
        #expect(cleaned.map(\.text).contains("badtext"))
        #expect(cleaned.map(\.text).contains("nextline"))
    }
}
