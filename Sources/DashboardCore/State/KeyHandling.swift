import Localization

/// Keys to state changes. Core actions use letters, Enter, Esc, Tab, arrows and function keys
/// only: digits and `[ ] { }` need Shift or AltGr on the AZERTY keyboards of Burkina Faso.
enum KeyHandling {
    /// The one key router: the top overlay's questions take every key; then the keys that work
    /// from everywhere; then the top overlay, or the page when none is open.
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if case .resize = key { return [] }
        // A paste outside a numeric field is the characters typed one by one (a fast typist,
        // tmux's send-keys); numeric fields take or refuse it whole.
        // A key of it that opens or closes a screen (a question's answer) ends it: the rest
        // must not land in the screen below.
        if case .paste(let text) = key, !state.isAtNumericField {
            let screens = state.overlays.map(\.kind)
            var effects: [Effect] = []
            for character in text {
                effects += handle(.character(character), &state)
                if state.overlays.map(\.kind) != screens { break }
            }
            return effects
        }
        switch state.overlays.last {
        case .quitQuestion?: return confirmQuit(key, &state)
        case .cancelQuestion(let reference)?: return PageKeys.answerCancel(key, reference: reference, &state)
        case .help?: return helpKeys(key, &state)
        case nil where state.isEditingFilter: return editFilter(key, &state)
        default: break
        }
        if let effects = globalKeys(key, &state) { return effects }
        switch state.overlays.last {
        case .wizard?: return WizardKeys.handle(key, &state)
        case .detail?: return detailKeys(key, &state)
        case .form?: return OperationKeys.handle(key, &state)
        case .bulk?: return BulkKeys.handle(key, &state)
        case .checkout(let reference, _)?: return PageKeys.checkoutKeys(key, reference: reference, &state)
        case .explorer?: return ExplorerKeys.handle(key, &state)
        case .help?, .quitQuestion?, .cancelQuestion?: return []
        case nil: return normal(key, &state)
        }
    }

    /// Function keys that work over every screen but the developer view (which has its own),
    /// the counter mode's wizard included; nil when the key is not one of them here.
    private static func globalKeys(_ key: Key, _ state: inout AppState) -> [Effect]? {
        let overExplorer = state.topOverlay == .explorer
        let chargeMoving = state.wizard?.step.isMoneyMoving ?? false
        switch key {
        case .function(1):
            state.isHelpVisible = true
            return []
        case ExplorerKeys.functionKey where state.explorer == nil:
            ExplorerKeys.open(&state)
            return []
        case _ where overExplorer:
            return nil
        case .function(10):
            return quit(&state)
        case .function(9):
            return [.exportDay]
        case .function(8) where !chargeMoving:
            return resumeAttention(&state)
        case .function(3) where state.form == nil && !chargeMoving:
            // A payment link from anywhere, the counter's wizard included.
            state.openForm(.checkout)
            return []
        default:
            return nil
        }
    }

    private static func helpKeys(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape, .enter, .character("?"), .function(1):
            state.isHelpVisible = false
        case .character("q"), .function(10):
            state.isHelpVisible = false
            return quit(&state)
        case .up, .character("k"), .wheelUp: scrollHelp(by: -1, &state)
        case .down, .character("j"), .wheelDown: scrollHelp(by: 1, &state)
        case .pageUp: scrollHelp(by: -10, &state)
        case .pageDown: scrollHelp(by: 10, &state)
        case .home: scrollHelp(by: Int.min / 2, &state)
        case .end: scrollHelp(by: Int.max / 2, &state)
        default: break
        }
        return []
    }

    /// A detail scrolls (at 80x24 a charge's third confirmation attempt is below the box).
    private static func detailKeys(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape, .enter, .left:
            state.detail = nil
        case .character("q"):
            state.detail = nil
            return quit(&state)
        case .up, .character("k"), .wheelUp: state.detailScroll -= 1
        case .down, .character("j"), .wheelDown: state.detailScroll += 1
        case .pageUp: state.detailScroll -= state.pageSize
        case .pageDown: state.detailScroll += state.pageSize
        case .home: state.detailScroll = 0
        case .end: state.detailScroll = Int.max / 2
        default: break
        }
        return []
    }

    /// Moves the help by lines, never past its end for the screen's height (the view clamps too).
    private static func scrollHelp(by delta: Int, _ state: inout AppState) {
        let lines = HelpContent.lines(for: state).count + 4
        let shown = max(1, (state.screenSize?.height ?? 24) - 6)
        state.helpScroll = max(0, min(state.helpScroll + delta, lines - shown))
    }

    private static func normal(_ key: Key, _ state: inout AppState) -> [Effect] {
        if let effects = PageKeys.normal(key, &state) { return effects }
        switch key {
        case .character("?"), .function(1):
            state.isHelpVisible = true
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
            state.apply(.move(by: -1), to: state.focus)
        case .down, .character("j"):
            state.apply(.move(by: 1), to: state.focus)
        case .wheelUp:
            state.apply(.move(by: -3), to: state.focus)
        case .wheelDown:
            state.apply(.move(by: 3), to: state.focus)
        case .pageUp:
            state.apply(.move(by: -state.pageSize), to: state.focus)
        case .pageDown:
            state.apply(.move(by: state.pageSize), to: state.focus)
        case .home:
            state.apply(.select(0), to: state.focus)
        case .end:
            state.apply(.select(Int.max), to: state.focus)
        case .enter:
            return openDetail(&state)
        case .character("/"), .character("f"):
            // From the balances, filtering or sorting means the charges below them.
            if state.focus == .balances { state.focus = .charges }
            state.apply(.startFilter, to: state.focus)
        case .character("o"):
            if state.focus == .balances { state.focus = .charges }
            state.apply(.cycleSort, to: state.focus)
        case .escape:
            state.apply(.clearFilter, to: state.focus)
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
        state.requestQuit()
    }

    /// `y`, `o` (oui) or Enter quit; anything else keeps the dashboard open.
    private static func confirmQuit(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.overlays.removeLast()
        switch key {
        case .character("y"), .character("Y"), .character("o"), .character("O"), .enter: return [.quit]
        default: return []
        }
    }

    private static func editFilter(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .character(let character): state.apply(.typeInFilter(character), to: state.focus)
        case .backspace: state.apply(.deleteInFilter, to: state.focus)
        case .enter: state.apply(.endFilter, to: state.focus)
        case .escape: state.apply(.clearFilter, to: state.focus)
        default: break
        }
        return []
    }

    private static func cycle(_ pane: Pane, by step: Int) -> Pane {
        let all = Pane.overview
        let index = all.firstIndex(of: pane) ?? 0
        return all[(index + step + all.count) % all.count]
    }

    /// Enter: the focused list's selected row, in its own screen.
    static func openDetail(_ state: inout AppState) -> [Effect] {
        guard state.focus != .balances, let overlay = state.list(state.focus).selectedOverlay else { return [] }
        state.overlays.append(overlay)
        if case .checkout(let reference, _) = overlay { return [.fetchCheckout(reference: reference)] }
        return []
    }
}
