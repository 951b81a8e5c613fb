import BulkTransfers
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The one key router, tried with every overlay on top and every class of key: the key reaches
/// the top screen only, questions take every key, and quitting follows one rule.
@Suite struct OverlayRouterTests {
    static let overlays: [Overlay] = [
        .wizard(ChargeWizard()),
        .detail(.charge(reference: Fixtures.charges[0].reference), scroll: 0),
        .form(OperationForm(kind: .transfer)),
        .bulk(BulkScreen(pathText: "")),
        .cancelQuestion(reference: "stl_1"),
        .checkout(reference: "chk_1", latest: nil),
        .explorer(ExplorerState()),
        .help(scroll: 0),
        .quitQuestion,
    ]

    /// One key of each class the terminal reports.
    static let keys: [Key] =
        [
            .character("q"), .character("x"), .character("o"), .character("y"), .character("1"), .character("é"),
            .character("["), .escape, .enter, .tab, .backTab, .backspace, .up, .down, .left, .right, .pageUp,
            .pageDown, .home, .end, .wheelUp, .wheelDown, .control("u"), .paste("76 00"),
            .resize(width: 80, height: 24),
        ] + (1...12).map { Key.function($0) }

    /// Each overlay alone over the overview, and over the counter's wizard.
    static var cases: [AppState] {
        overlays.flatMap { overlay -> [AppState] in
            var alone = Fixtures.loadedState()
            alone.overlays = [overlay]
            guard overlay.kind != .wizard else { return [alone] }
            var overWizard = Fixtures.loadedState()
            overWizard.overlays = [.wizard(ChargeWizard()), overlay]
            return [alone, overWizard]
        }
    }

    @Test(arguments: cases)
    func aKeyNeverReachesTheScreensBelowTheTop(state: AppState) {
        let below = state.overlays.dropLast()
        for key in Self.keys {
            var after = state
            _ = reduce(&after, .key(key))
            #expect(Array(after.overlays.prefix(below.count)) == Array(below), "\(state.overlays.last!.kind) \(key)")
        }
    }

    @Test(arguments: cases)
    func whileMoneyMovesNoKeyQuitsWithoutTheQuestion(state: AppState) {
        var moving = state
        moving.cancelInFlight = "stl_in_flight"
        for key in Self.keys {
            var after = moving
            let effects = reduce(&after, .key(key))
            if effects.contains(.quit) {
                // Only the question's own yes quits.
                #expect(moving.topOverlay == .quitQuestion && [.enter, .character("y"), .character("o")].contains(key))
            }
            if key == .function(10), moving.topOverlay != .quitQuestion, moving.topOverlay != .cancelQuestion {
                #expect(after.topOverlay == .quitQuestion, "F10 over \(moving.topOverlay!) asks first")
            }
        }
    }

    @Test(arguments: cases)
    func withNothingMovingQuitIsImmediateFromEveryScreenButTheQuestions(state: AppState) {
        guard ![.quitQuestion, .cancelQuestion].contains(state.topOverlay) else { return }
        var after = state
        #expect(reduce(&after, .key(.function(10))) == [.quit])
    }

    @Test(arguments: cases)
    func functionOneOpensTheHelpOverAnyScreenAndEscapeClosesIt(state: AppState) {
        guard ![.quitQuestion, .cancelQuestion, .help].contains(state.topOverlay) else { return }
        var after = state
        _ = reduce(&after, .key(.function(1)))
        #expect(after.topOverlay == .help)
        _ = reduce(&after, .key(.escape))
        #expect(after.overlays == state.overlays)
    }

    @Test func escapeClosesTheScreensThatAreOnlyRead() {
        for overlay in Self.overlays
        where [.detail, .checkout, .explorer, .help, .quitQuestion, .cancelQuestion].contains(overlay.kind) {
            var state = Fixtures.loadedState()
            state.overlays = [overlay]
            let effects = reduce(&state, .key(.escape))
            #expect(state.overlays.isEmpty, "Esc closes \(overlay.kind)")
            #expect(!effects.contains(.quit))
        }
    }

    @Test func questionsTakeEveryKeyEvenTheGlobalOnes() {
        for key in Self.keys {
            var state = Fixtures.loadedState()
            state.overlays = [.cancelQuestion(reference: "stl_1")]
            let effects = reduce(&state, .key(key))
            #expect(!state.isOpen(.help) && !state.isOpen(.explorer) && !state.isOpen(.form), "\(key)")
            let yes = [.character("y"), .character("o")].contains(key)
            #expect(effects == (yes ? [.cancelSettlement(reference: "stl_1")] : []), "\(key)")
        }
    }

    @Test func overlaysOpenOnTopAndTheWizardStaysAtTheBottom() {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.character("c")))
        _ = reduce(&state, .key(.function(3)))
        _ = reduce(&state, .key(.function(12)))
        _ = reduce(&state, .key(.function(1)))
        #expect(state.overlays.map(\.kind) == [.wizard, .form, .explorer, .help])
        for expected in [[Overlay.Kind.wizard, .form, .explorer], [.wizard, .form]] {
            _ = reduce(&state, .key(.escape))
            #expect(state.overlays.map(\.kind) == expected)
        }
    }

    @Test func aClickSelectsOnlyWhenNothingButTheWizardCoversThePanes() {
        for overlay in Self.overlays {
            var state = Fixtures.loadedState()
            state.overlays = [overlay]
            _ = reduce(&state, .select(.charges, row: 2))
            #expect((state.chargeList.selection == 2) == (overlay.kind == .wizard), "\(overlay.kind)")
        }
    }
}

extension AppState: CustomTestStringConvertible {
    public var testDescription: String {
        overlays.map { "\($0.kind)" }.joined(separator: " > ")
    }
}
