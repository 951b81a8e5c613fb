import Localization

/// Keys to state changes. Core actions use letters, Enter, Esc, Tab, arrows and function keys
/// only: digits and `[ ] { }` need Shift or AltGr on the AZERTY keyboards of Burkina Faso.
enum KeyHandling {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if case .resize = key { return [] }
        // A paste outside a numeric field is the characters typed one by one (a fast typist,
        // tmux's send-keys); numeric fields take or refuse it whole.
        if case .paste(let text) = key, !state.isAtNumericField {
            return text.flatMap { handle(.character($0), &state) }
        }
        if state.isConfirmingQuit { return confirmQuit(key, &state) }
        if state.list(state.focus).isEditingFilter, state.focus != .balances { return editFilter(key, &state) }
        if state.isHelpVisible {
            switch key {
            case .escape, .enter, .character("?"), .function(1):
                state.isHelpVisible = false
                return []
            case .character("q"), .function(10):
                state.isHelpVisible = false
                return quit(&state)
            case .up, .character("k"): scrollHelp(by: -1, &state)
            case .down, .character("j"): scrollHelp(by: 1, &state)
            case .pageUp: scrollHelp(by: -10, &state)
            case .pageDown: scrollHelp(by: 10, &state)
            default: break
            }
            return []
        }
        if key == .function(1) {
            state.isHelpVisible = true
            state.helpScroll = 0
            return []
        }
        // The developer view takes every key while open; F12 opens it from anywhere.
        if let effects = ExplorerKeys.handle(key, &state) { return effects }
        // Function keys reach these from everywhere, the counter mode's wizard included.
        if key == .function(9) { return [.exportDay] }
        if key == .function(8), state.wizard == nil || !(state.wizard?.step.isMoneyMoving ?? false) {
            return resumeAttention(&state)
        }
        if let effects = PageKeys.overlays(key, &state) { return effects }
        if state.wizard != nil {
            if key == .function(10) { return quit(&state) }
            return WizardKeys.handle(key, &state)
        }
        if state.detail != nil {
            switch key {
            case .escape, .enter, .left:
                state.detail = nil
            case .character("q"), .function(10):
                state.detail = nil
                return quit(&state)
            default:
                break
            }
            return []
        }
        return normal(key, &state)
    }

    /// Moves the help by lines, never past its end for the screen's height (the view clamps too).
    private static func scrollHelp(by delta: Int, _ state: inout AppState) {
        let lines = Strings.Dashboard.helpKeys.count + Strings.Explorer.helpKeys.count + 4
        let shown = max(1, (state.screenSize?.height ?? 24) - 6)
        state.helpScroll = max(0, min(state.helpScroll + delta, lines - shown))
    }

    private static func normal(_ key: Key, _ state: inout AppState) -> [Effect] {
        if let effects = PageKeys.normal(key, &state) { return effects }
        switch key {
        case .character("?"), .function(1):
            state.isHelpVisible = true
            state.helpScroll = 0
        case .character("q"), .function(10):
            return quit(&state)
        case .character("r"), .function(5):
            return startRefresh(&state)
        case .character("c"), .function(2):
            state.wizard = ChargeWizard()
        case .character("a"):
            return resumeAttention(&state)
        case .character("e"):
            return [.exportDay]
        case .character("d"):
            ExplorerKeys.open(&state)
        case .tab:
            state.focus = cycle(state.focus, by: 1)
        case .backTab:
            state.focus = cycle(state.focus, by: -1)
        case .up, .character("k"):
            move(by: -1, &state)
        case .down, .character("j"):
            move(by: 1, &state)
        case .pageUp:
            move(by: -state.pageSize, &state)
        case .pageDown:
            move(by: state.pageSize, &state)
        case .home:
            move(by: Int.min / 2, &state)
        case .end:
            move(by: Int.max / 2, &state)
        case .enter:
            openDetail(&state)
        case .character("/"), .character("f"):
            mutateList(&state) { $0.isEditingFilter = true }
        case .escape:
            mutateList(&state) { $0.filter = "" }
        default:
            break
        }
        return []
    }

    /// `a`: opens the oldest payment needing attention in the wizard, which first asks the API
    /// where it stands (an OTP to type, a wait, or already ended).
    private static func resumeAttention(_ state: inout AppState) -> [Effect] {
        guard let record = state.attention.first else {
            state.reopenUnfinishedTransfer()
            return []
        }
        var wizard = ChargeWizard()
        wizard.amountText = String(record.attempt.amount.francs)
        wizard.phoneText = record.attempt.phone.digits
        wizard.provider = record.attempt.provider
        wizard.attempt = record.attempt
        wizard.step = .outcomeUnknown
        wizard.isReconciling = true
        wizard.isResumed = true
        state.wizard = wizard
        return [.reconcile(record.attempt)]
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        if state.operationsInFlight > 0 || state.isPaymentInFlight || state.isOperationInFlight {
            state.isConfirmingQuit = true
            return []
        }
        return [.quit]
    }

    /// `y`, `o` (oui) or Enter quit; anything else keeps the dashboard open.
    private static func confirmQuit(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.isConfirmingQuit = false
        switch key {
        case .character("y"), .character("Y"), .character("o"), .character("O"), .enter: return [.quit]
        default: return []
        }
    }

    private static func editFilter(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character(let character):
            mutateList(&state) { $0.filter.append(character) }
        case .backspace:
            mutateList(&state) { _ = $0.filter.popLast() }
        case .enter:
            mutateList(&state) { $0.isEditingFilter = false }
        case .escape:
            mutateList(&state) {
                $0.isEditingFilter = false
                $0.filter = ""
            }
        default:
            return []
        }
        mutateList(&state) { $0.selection = 0 }
        return []
    }

    private static func cycle(_ pane: Pane, by step: Int) -> Pane {
        let all = Pane.overview
        let index = all.firstIndex(of: pane) ?? 0
        return all[(index + step + all.count) % all.count]
    }

    private static func move(by delta: Int, _ state: inout AppState) {
        switch state.focus {
        case .balances: return
        case .charges:
            state.chargeList.selection = clamp(state.chargeList.selection + delta, count: state.visibleCharges.count)
        case .transfers:
            state.transferList.selection = clamp(
                state.transferList.selection + delta, count: state.visibleTransfers.count)
        case .settlements:
            state.settlementList.selection = clamp(
                state.settlementList.selection + delta, count: state.visibleSettlements.count)
        case .checkouts:
            state.checkoutList.selection = clamp(
                state.checkoutList.selection + delta, count: state.visibleCheckouts.count)
        }
    }

    private static func openDetail(_ state: inout AppState) {
        switch state.focus {
        case .balances: return
        case .charges:
            let rows = state.visibleCharges
            guard rows.indices.contains(state.chargeList.selection) else { return }
            state.detail = .charge(reference: rows[state.chargeList.selection].reference)
        case .transfers:
            let rows = state.visibleTransfers
            guard rows.indices.contains(state.transferList.selection) else { return }
            state.detail = .transfer(reference: rows[state.transferList.selection].reference)
        case .settlements:
            guard let settlement = state.selectedSettlement else { return }
            state.detail = .settlement(reference: settlement.reference)
        case .checkouts:
            return
        }
    }

    private static func mutateList(_ state: inout AppState, _ change: (inout ListState) -> Void) {
        switch state.focus {
        case .balances: return
        case .charges: change(&state.chargeList)
        case .transfers: change(&state.transferList)
        case .settlements: change(&state.settlementList)
        case .checkouts: change(&state.checkoutList)
        }
    }
}
