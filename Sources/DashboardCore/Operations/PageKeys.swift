import Localization
import SenfenicoAPI

/// Keys of the operation pages (settlements, checkouts) and of what opens over them: the
/// forms, a settlement's cancel question, a checkout's detail. Letters and function keys only.
enum PageKeys {
    private typealias O = Strings.Operations

    /// The cancel question's answer: `y`/`o` sends the cancel, anything else keeps it.
    static func answerCancel(_ key: Key, reference: String, _ state: inout AppState) -> [Effect] {
        state.pendingCancel = nil
        switch key {
        case .character("y"), .character("Y"), .character("o"), .character("O"):
            // Marked until the answer, so a second `x` cannot send a second cancel.
            state.cancelInFlight = reference
            return [.cancelSettlement(reference: reference)]
        default:
            return []
        }
    }

    /// A checkout's detail: `r` reads it again.
    static func checkoutKeys(_ key: Key, reference: String, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape, .enter, .left:
            state.openCheckout = nil
        case .character("r"), .function(5):
            return [.fetchCheckout(reference: reference)]
        case .character("q"):
            state.openCheckout = nil
            return KeyHandling.quit(&state)
        default:
            break
        }
        return []
    }

    /// The page keys of the normal dashboard; nil when the key is not one of them.
    static func normal(_ key: Key, _ state: inout AppState) -> [Effect]? {
        switch key {
        case .character("t"), .function(4):
            guard !state.isCashierMode else { return nil }
            state.openForm(.transfer)
            return []
        case .character("b"):
            guard !state.isCashierMode else { return nil }
            state.bulk = BulkScreen(pathText: state.lastBulkPath ?? "")
            return []
        case .character("s"):
            guard !state.isCashierMode else { return nil }
            return show(state.page == .settlements ? .overview : .settlements, &state)
        case .character("p"):
            return show(state.page == .checkouts ? .overview : .checkouts, &state)
        default:
            break
        }
        switch (state.page, key) {
        case (.overview, _):
            return nil
        case (.settlements, .character("n")):
            state.openForm(.settlement)
            return []
        case (.checkouts, .character("n")):
            state.openForm(.checkout)
            return []
        case (.settlements, .character("x")):
            askCancel(&state)
            return []
        case (_, .escape) where state.list(state.focus).filter.isEmpty:
            return show(.overview, &state)
        case (_, .tab), (_, .backTab):
            return []
        default:
            return nil
        }
    }

    /// Switches page.
    private static func show(_ page: Page, _ state: inout AppState) -> [Effect] {
        state.page = page
        switch page {
        case .overview:
            state.focus = .charges
            return []
        case .settlements:
            state.focus = .settlements
        case .checkouts:
            state.focus = .checkouts
        }
        // The page's list is now shown: fetched at once when due (or never fetched yet).
        return state.startDueFetches()
    }

    /// `x`: only a settlement still processing can be cancelled; others get the reason at once.
    private static func askCancel(_ state: inout AppState) {
        guard let settlement = state.selectedSettlement, state.cancelInFlight == nil else { return }
        guard settlement.status == .processing else {
            let words = settlement.status.words
            state.showNotice(
                LocalizedText(
                    en: O.cancelOnlyProcessing.filling(["status": words.english]).english,
                    fr: O.cancelOnlyProcessing.filling(["status": words.french]).french), seconds: 10)
            return
        }
        state.pendingCancel = settlement.reference
    }
}
