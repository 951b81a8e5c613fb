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

    @Test func anExchangeRecordedChangesTheScreenOnlyWhenTheDeveloperViewShowsIt() {
        let before = Fixtures.loadedState()
        var after = before
        _ = reduce(&after, .exchangeRecorded(entry(1)))
        #expect(after != before)
        #expect(!after.mayLookDifferent(from: before))
        let size = Size(width: 120, height: 40)
        #expect(
            render(after, theme: .fallback, size: size, language: .french)
                == render(before, theme: .fallback, size: size, language: .french))
        // Anything else that changed still counts.
        var moved = after
        _ = reduce(&moved, .key(.down))
        #expect(moved.mayLookDifferent(from: before))
        // With the developer view open, the log is on screen.
        var open = X.state()
        let shown = open
        _ = reduce(&open, .exchangeRecorded(entry(99)))
        #expect(open.mayLookDifferent(from: shown))
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
        for key: Key in [.character("c"), .character("a"), .character("t"), .function(2), .function(3)] {
            #expect(reduce(&state, .key(key)).isEmpty)
        }
        #expect(state.wizard == nil && state.form == nil && state.explorer != nil)
        #expect(reduce(&state, .key(.function(9))) == [.exportDay])
        // `f` and `/` start the developer view's own filter, not the charge list's.
        #expect(reduce(&state, .key(.character("f"))).isEmpty)
        #expect(state.explorer?.isEditingFilter == true)
        #expect(!state.chargeList.isEditingFilter)
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
                let english = ExplorerDetail.lines(
                    entry, body: body, curl: curl, width: 60, language: .english, zone: .gmt)
                let french = ExplorerDetail.lines(
                    entry, body: body, curl: curl, width: 60, language: .french, zone: .gmt)
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

    /// The sequences the list shows, newest first.
    func shown(_ state: AppState) -> [Int] {
        ExplorerFilter.visible(state.explorer!, state.requestLog).map(\.sequence)
    }

    func type(_ text: String, _ state: inout AppState) {
        for character in text { #expect(reduce(&state, .key(.character(character))).isEmpty) }
    }

    func title(_ state: AppState, language: Language = .english, width: Int = 200) -> String {
        let context = ViewContext(state: state, theme: .fallback, language: language)
        return ExplorerView.listTitle(context, explorer: state.explorer!, shown: shown(state).count, width: width)
    }

    @Test func slashFiltersTheListAsItIsTypedAndEveryKeyTypes() {
        var state = X.state()
        _ = reduce(&state, .key(.character("/")))
        #expect(state.explorer?.isEditingFilter == true)
        #expect(title(state) == "Developer view — API requests (5 of 5) — filter: ▏")
        // Letters that are keys elsewhere are typed: no quit, no close, no copy, no help.
        type("qdy?r", &state)
        #expect(state.explorer?.filter == "qdy?r")
        #expect(!state.isConfirmingQuit && !state.isHelpVisible)
        #expect(shown(state).isEmpty)
        #expect(title(state) == "Developer view — API requests (0 of 5) — filter: qdy?r▏")
        let screen = render(state, theme: .fallback, size: Size(width: 80, height: 24), language: .english)
        #expect(screen.lines.contains { $0.contains("No request matches the filter: Esc clears it.") })
        #expect(screen.lines.contains { $0.contains("Enter keeps the filter  Esc clears it") })

        for _ in 0..<6 { _ = reduce(&state, .key(.backspace)) }
        #expect(state.explorer?.filter == "")
        #expect(shown(state) == [5, 4, 3, 2, 1])
        type("charg", &state)
        #expect(shown(state) == [3, 2])
        #expect(title(state) == "Developer view — API requests (2 of 5) — filter: charg▏")
        #expect(title(state, language: .french) == "Vue développeur — requêtes API (2 sur 5) — filtre : charg▏")
        // Arrows do nothing while the filter is typed.
        _ = reduce(&state, .key(.down))
        #expect(state.explorer?.selectedSequence == nil)
        #expect(ExplorerKeys.selected(state.explorer!, state)?.sequence == 3, "the newest shown")

        // Enter keeps the filter; the keys work again, over the filtered list.
        _ = reduce(&state, .key(.enter))
        #expect(state.explorer?.isEditingFilter == false && state.explorer?.filter == "charg")
        #expect(title(state) == "Developer view — API requests (2 of 5) — filter: charg")
        _ = reduce(&state, .key(.character("j")))
        #expect(state.explorer?.selectedSequence == 2)
        _ = reduce(&state, .key(.character("j")))
        #expect(state.explorer?.selectedSequence == 2, "the last shown")
        #expect(
            reduce(&state, .key(.character("y"))) == [
                .copyToClipboard(state.requestLog.curlCommand(for: X.exchanges[1]))
            ])

        // Esc clears a kept filter first, then closes.
        _ = reduce(&state, .key(.escape))
        #expect(state.explorer?.filter == "" && state.explorer != nil)
        #expect(shown(state) == [5, 4, 3, 2, 1])
        _ = reduce(&state, .key(.escape))
        #expect(state.explorer == nil)
    }

    @Test func escWhileTypingClearsTheFilterAndKeepsTheView() {
        var state = X.state(selecting: 1, detail: true)
        _ = reduce(&state, .key(.character("f")))
        #expect(state.explorer?.isDetailOpen == false, "the filter is of the list")
        type("post", &state)
        #expect(shown(state) == [3])
        _ = reduce(&state, .key(.escape))
        #expect(state.explorer?.isEditingFilter == false && state.explorer?.filter == "")
        #expect(state.explorer != nil)
        #expect(shown(state) == [5, 4, 3, 2, 1])
    }

    @Test(arguments: [
        ("GET", [5, 4, 2, 1]), ("post", [3]), ("PAYMENT/TRANSFERS", [4]), ("400", [3]), ("50", [5]),
        ("invalid_data", [3]), ("Invalid_Dâta", [3]), ("CHÂRGE LÎST", [2]), ("  balances ", [5, 1]),
        ("transfer list", [4]), ("éte", [6]),
    ])
    func theFilterFindsMethodPathStatusOperationAndErrorCodeWithoutCaseOrAccents(query: String, expected: [Int]) {
        var state = X.state()
        var accented = entry(6, path: "/v1/payment/charges/ch_Été")
        accented.exchange.operation = .chargeFetch
        accented.exchange.status = 404
        _ = reduce(&state, .exchangeRecorded(accented))
        _ = reduce(&state, .key(.character("/")))
        type(query, &state)
        #expect(shown(state) == (query == "GET" ? [6] + expected : expected))
    }

    @Test func theErrorCodeIsReadFromTheAnswer() {
        #expect(ExplorerFilter.errorCode(in: X.chargeRefusal) == "INVALID_DATA")
        #expect(ExplorerFilter.errorCode(in: #"{"error_code" : "DUPLICATE"}"#) == "DUPLICATE")
        #expect(ExplorerFilter.errorCode(in: #"{"error_code":null}"#) == nil)
        #expect(ExplorerFilter.errorCode(in: #"{"error_code":"#) == nil)
        #expect(ExplorerFilter.errorCode(in: X.balancesBody) == nil)
    }

    @Test func aPastedLineIsTypedWithoutItsLineBreak() {
        var state = X.state()
        _ = reduce(&state, .key(.character("/")))
        _ = reduce(&state, .key(.paste("503\n")))
        #expect(state.explorer?.filter == "503")
        #expect(shown(state) == [5])
    }

    @Test func bHidesTheBalancePollsAndTheTitleSaysHowMany() {
        var state = X.state()
        _ = reduce(&state, .key(.character("b")))
        #expect(state.explorer?.hidesBalancePolls == true)
        #expect(shown(state) == [4, 3, 2])
        #expect(title(state) == "Developer view — API requests (3 of 5) — balance polls hidden: 2")
        #expect(
            title(state, language: .french) == "Vue développeur — requêtes API (3 sur 5) — relevés de solde masqués : 2"
        )
        #expect(ExplorerKeys.selected(state.explorer!, state)?.sequence == 4, "the newest shown")
        // New polls stay hidden and are counted.
        _ = reduce(&state, .exchangeRecorded(entry(6)))
        #expect(shown(state) == [4, 3, 2])
        #expect(title(state).hasSuffix("(3 of 6) — balance polls hidden: 3"))
        // With the filter: both apply.
        _ = reduce(&state, .key(.character("/")))
        type("get", &state)
        _ = reduce(&state, .key(.enter))
        #expect(shown(state) == [4, 2])
        #expect(title(state) == "Developer view — API requests (2 of 6) — filter: get — balance polls hidden: 3")
        // Too narrow for all of it: the view's name goes first.
        #expect(title(state, width: 70) == "API requests (2 of 6) — filter: get — balance polls hidden: 3")
        _ = reduce(&state, .key(.character("b")))
        #expect(shown(state) == [6, 5, 4, 2, 1])
        #expect(title(state) == "Developer view — API requests (5 of 6) — filter: get")

        var polls = Fixtures.loadedState()
        polls.explorer = ExplorerState()
        _ = reduce(&polls, .exchangeRecorded(entry(1)))
        _ = reduce(&polls, .key(.character("b")))
        let screen = render(polls, theme: .fallback, size: Size(width: 80, height: 24), language: .english)
        #expect(screen.lines.contains { $0.contains("Only balance polls so far, and they are hidden: b shows them.") })
    }

    @Test func theFullDetailStaysOnItsRequestWhenBHidesIt() {
        var state = X.state(selecting: 5)
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .key(.character("b")))
        #expect(state.explorer?.isDetailOpen == true)
        #expect(ExplorerKeys.selected(state.explorer!, state)?.sequence == 5)
        _ = reduce(&state, .key(.escape))
        #expect(ExplorerKeys.selected(state.explorer!, state)?.sequence == 4, "back in the list: the next one shown")
    }

    @Test func pageKeysMoveByTheRowsTheFilteredListShows() {
        var state = X.state()
        for sequence in 6...60 { _ = reduce(&state, .exchangeRecorded(entry(sequence, path: "/v1/x/\(sequence)"))) }
        state.screenSize = Size(width: 120, height: 40)
        _ = reduce(&state, .key(.character("/")))
        type("/x/", &state)
        _ = reduce(&state, .key(.enter))
        #expect(shown(state).count == 55)
        _ = reduce(&state, .key(.pageDown))
        #expect(state.explorer?.selectedSequence == 60 - 11)
        _ = reduce(&state, .key(.end))
        #expect(state.explorer?.selectedSequence == 6)
    }

    /// A sandbox key, made at run time: no key-shaped literal in the sources.
    static let sandboxKey = "sk_" + "test_" + "embedded_sandbox"

    @Test func onTheEmbeddedSandboxYCopiesItsKeyButTheScreenShowsItMasked() throws {
        var state = X.state(selecting: 3)
        let key = try #require(SandboxKey(Self.sandboxKey))
        state.requestLog.sandboxKey = key
        let effects = reduce(&state, .key(.character("y")))
        let command = try #require(
            effects.first.flatMap { effect -> String? in
                if case .copyToClipboard(let text) = effect { return text }
                return nil
            })
        #expect(command.contains("--header 'X-API-KEY: \(Self.sandboxKey)'"))
        #expect(!command.contains("SENFENICO_API_KEY"))
        #expect(command.contains("curl --request POST 'http://127.0.0.1:8123/v1/payment/charges/'"))
        #expect(command.contains(#"l'\''été"#))

        let masked = key.masked
        #expect(masked == "sk_test_…dbox")
        for detail in [false, true] {
            state.explorer?.isDetailOpen = detail
            state.explorer?.scroll = 0
            for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
                for language in [Language.english, .french] {
                    state.screenSize = size
                    if detail { _ = reduce(&state, .key(.end)) }
                    let text = render(state, theme: .fallback, size: size, language: language).lines.joined(
                        separator: "\n")
                    #expect(!text.contains(Self.sandboxKey))
                    #expect(!text.contains("embedded_sandbox"))
                    #expect(!text.contains("SENFENICO_API_KEY"))
                    // The full detail, scrolled to its end, shows the command.
                    if detail { #expect(text.contains("X-API-KEY: \(masked)")) }
                }
            }
        }
        // Described, dumped or mirrored, the key stays masked.
        var dumped = ""
        dump(state.requestLog, to: &dumped)
        #expect(!dumped.contains("embedded_sandbox"))
        #expect("\(key)" == masked && String(reflecting: key) == "SandboxKey(\(masked))")
    }

    @Test func againstSenfenicoYKeepsReadingTheKeyFromTheEnvironment() {
        var state = X.state(selecting: 3)
        #expect(state.requestLog.sandboxKey == nil)
        let command = X.exchanges[2].exchange.curlCommand(baseURL: X.baseURL)
        #expect(reduce(&state, .key(.character("y"))) == [.copyToClipboard(command)])
        #expect(command.contains(RequestLog.keyFromEnvironment))
        #expect(state.requestLog.shownCurlCommand(for: X.exchanges[2]) == command)
        // Only a test key can be the sandbox's.
        #expect(SandboxKey("sk_" + "live_" + "0123456789abcdef") == nil)
        #expect(SandboxKey("") == nil)
    }

    @Test func theSandboxHeadingHasOneLineInBothLanguages() {
        var state = X.state()
        state.requestLog.sandboxKey = SandboxKey(Self.sandboxKey)
        for entry in X.exchanges {
            let curl = state.requestLog.shownCurlCommand(for: entry)
            let heading = ExplorerDetail.curlHeading(state.requestLog)
            let english = ExplorerDetail.lines(
                entry, body: .request, curl: curl, curlHeading: heading, width: 60, language: .english, zone: .gmt)
            let french = ExplorerDetail.lines(
                entry, body: .request, curl: curl, curlHeading: heading, width: 60, language: .french, zone: .gmt)
            #expect(english.count == french.count)
        }
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
        let lines = ExplorerDetail.lines(list, body: .response, curl: "", width: 100, language: .english, zone: .gmt)
            .map(\.text)
        #expect(lines.contains("truncated at 4 KB (of 14.2 kB): shown as received"))
        let html = ExplorerFixtures.exchanges[4]
        let htmlLines = ExplorerDetail.lines(html, body: .response, curl: "", width: 100, language: .french, zone: .gmt)
        #expect(htmlLines.map(\.text).contains("JSON non valide : affiché tel que reçu"))
        var hostile = html
        hostile.exchange.responseSample = "\u{1B}]0;owned\u{07}bad\u{1B}[2Jtext\r\nnext\u{202E}line"
        let cleaned = ExplorerDetail.lines(
            hostile, body: .response, curl: state.requestLog.curlCommand(for: hostile), width: 100, language: .english,
            zone: .gmt)
        #expect(cleaned.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x202E } })
        #expect(cleaned.map(\.text).contains("badtext"))
        #expect(cleaned.map(\.text).contains("nextline"))
    }
}
