import Localization
import SenfenicoAPI

/// Keys of the operation pages (settlements, checkouts) and of what opens over them: the
/// forms, a settlement's cancel question, a checkout's detail. Letters and function keys only.
enum PageKeys {
    private typealias O = Strings.Operations

    /// What sits over everything else; nil when none is open and the key goes on.
    static func overlays(_ key: Key, _ state: inout AppState) -> [Effect]? {
        // F3: a payment link from anywhere, the counter's wizard included, unless a charge is moving.
        if key == .function(3), state.form == nil, !(state.wizard?.step.isMoneyMoving ?? false) {
            state.openForm(.checkout)
            return []
        }
        if state.form != nil {
            if key == .function(10) { return KeyHandling.quit(&state) }
            return OperationKeys.handle(key, &state)
        }
        if state.bulk != nil {
            if key == .function(10) { return KeyHandling.quit(&state) }
            return BulkKeys.handle(key, &state)
        }
        if let reference = state.pendingCancel {
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
        if state.openCheckout != nil {
            switch key {
            case .escape, .enter, .left:
                state.openCheckout = nil
                state.checkoutDetail = nil
            case .character("r"), .function(5):
                if let reference = state.openCheckout { return [.fetchCheckout(reference: reference)] }
            case .character("q"), .function(10):
                state.openCheckout = nil
                return KeyHandling.quit(&state)
            default:
                break
            }
            return []
        }
        return nil
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
        case (.checkouts, .enter):
            guard let checkout = state.selectedCheckout else { return [] }
            state.openCheckout = checkout.reference
            state.checkoutDetail = checkout
            return [.fetchCheckout(reference: checkout.reference)]
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
            let words = StatusWords.settlement(settlement.status)
            state.showNotice(
                LocalizedText(
                    en: O.cancelOnlyProcessing.filling(["status": words.english]).english,
                    fr: O.cancelOnlyProcessing.filling(["status": words.french]).french), seconds: 10)
            return
        }
        state.pendingCancel = settlement.reference
    }
}
