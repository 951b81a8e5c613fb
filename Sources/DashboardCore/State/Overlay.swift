import BulkTransfers
import SenfenicoAPI

/// A screen drawn over the page. The dashboard keeps them in one stack (`AppState.overlays`):
/// keys go to the top one, `render` draws them bottom to top, and adding a screen means adding
/// a case here, its keys in `KeyRouter` and its view in `render`.
public enum Overlay: Sendable, Equatable {
    /// The charge wizard; always at the bottom of the stack (the counter's base layer, drawn in
    /// its own rectangle above the charges list).
    case wizard(ChargeWizard)
    /// A charge, transfer or settlement with all its fields; `scroll` is its first line shown.
    case detail(DetailTarget, scroll: Int)
    /// The transfer, settlement or checkout form.
    case form(OperationForm)
    case bulk(BulkScreen)
    /// "Cancel this settlement?": the next key answers.
    case cancelQuestion(reference: String)
    /// A checkout's detail, and its latest fetch.
    case checkout(reference: String, latest: Checkout?)
    /// The developer view; it covers the whole body.
    case explorer(ExplorerState)
    /// Every key of the current screen; `scroll` is its first line shown.
    case help(scroll: Int)
    /// "Quit anyway?", asked while money is moving: the next key answers.
    case quitQuestion

    public enum Kind: Sendable, Hashable, CaseIterable {
        case wizard, detail, form, bulk, cancelQuestion, checkout, explorer, help, quitQuestion
    }

    public var kind: Kind {
        switch self {
        case .wizard: .wizard
        case .detail: .detail
        case .form: .form
        case .bulk: .bulk
        case .cancelQuestion: .cancelQuestion
        case .checkout: .checkout
        case .explorer: .explorer
        case .help: .help
        case .quitQuestion: .quitQuestion
        }
    }
}

extension AppState {
    /// The kind of the top overlay: the one that takes keys.
    public var topOverlay: Overlay.Kind? { overlays.last?.kind }

    public func isOpen(_ kind: Overlay.Kind) -> Bool { overlays.contains { $0.kind == kind } }

    /// Whether something other than the wizard covers the panes: clicks then select nothing.
    var coversPanes: Bool { overlays.contains { $0.kind != .wizard } }

    func overlay(_ kind: Overlay.Kind) -> Overlay? { overlays.last { $0.kind == kind } }

    /// Replaces the overlay of that kind in place, opens it on top (the wizard at the bottom)
    /// or, given nil, closes it.
    mutating func setOverlay(_ kind: Overlay.Kind, _ overlay: Overlay?) {
        if let index = overlays.lastIndex(where: { $0.kind == kind }) {
            if let overlay { overlays[index] = overlay } else { overlays.remove(at: index) }
        } else if let overlay {
            if kind == .wizard { overlays.insert(overlay, at: 0) } else { overlays.append(overlay) }
        }
    }

    /// True while money may be moving: a charge (or this session's charge still waiting for its
    /// customer), a transfer, settlement, checkout or bulk run, or a settlement's cancel. The one
    /// rule quitting follows.
    public var isMoneyInFlight: Bool {
        isPaymentInFlight || isOperationInFlight || cancelInFlight != nil
    }

    /// Quits, or first asks when money is moving.
    mutating func requestQuit() -> [Effect] {
        guard isMoneyInFlight else { return [.quit] }
        if topOverlay != .quitQuestion { overlays.append(.quitQuestion) }
        return []
    }

    // Each overlay's state, read and written by kind. Setting one opens it, nil closes it.

    public var wizard: ChargeWizard? {
        get { if case .wizard(let value)? = overlay(.wizard) { value } else { nil } }
        set { setOverlay(.wizard, newValue.map(Overlay.wizard)) }
    }

    public var detail: DetailTarget? {
        get { if case .detail(let target, _)? = overlay(.detail) { target } else { nil } }
        set { setOverlay(.detail, newValue.map { .detail($0, scroll: 0) }) }
    }

    public var detailScroll: Int {
        get { if case .detail(_, let scroll)? = overlay(.detail) { scroll } else { 0 } }
        set { if let detail { setOverlay(.detail, .detail(detail, scroll: max(0, newValue))) } }
    }

    public var form: OperationForm? {
        get { if case .form(let value)? = overlay(.form) { value } else { nil } }
        set { setOverlay(.form, newValue.map(Overlay.form)) }
    }

    public var bulk: BulkScreen? {
        get { if case .bulk(let value)? = overlay(.bulk) { value } else { nil } }
        set { setOverlay(.bulk, newValue.map(Overlay.bulk)) }
    }

    /// The settlement whose cancel awaits a yes.
    public var pendingCancel: String? {
        get { if case .cancelQuestion(let reference)? = overlay(.cancelQuestion) { reference } else { nil } }
        set { setOverlay(.cancelQuestion, newValue.map { .cancelQuestion(reference: $0) }) }
    }

    /// The checkout whose detail is open.
    public var openCheckout: String? {
        get { if case .checkout(let reference, _)? = overlay(.checkout) { reference } else { nil } }
        set { setOverlay(.checkout, newValue.map { .checkout(reference: $0, latest: nil) }) }
    }

    /// The open checkout's latest fetch.
    public var checkoutDetail: Checkout? {
        get { if case .checkout(_, let latest)? = overlay(.checkout) { latest } else { nil } }
        set {
            guard let openCheckout else { return }
            setOverlay(.checkout, .checkout(reference: openCheckout, latest: newValue))
        }
    }

    public var explorer: ExplorerState? {
        get { if case .explorer(let value)? = overlay(.explorer) { value } else { nil } }
        set { setOverlay(.explorer, newValue.map(Overlay.explorer)) }
    }

    public var isHelpVisible: Bool {
        get { isOpen(.help) }
        set { setOverlay(.help, newValue ? .help(scroll: isHelpVisible ? helpScroll : 0) : nil) }
    }

    /// The first help line shown, when the help is taller than the screen.
    public var helpScroll: Int {
        get { if case .help(let scroll)? = overlay(.help) { scroll } else { 0 } }
        set { if isHelpVisible { setOverlay(.help, .help(scroll: max(0, newValue))) } }
    }

    public var isConfirmingQuit: Bool {
        get { isOpen(.quitQuestion) }
        set { setOverlay(.quitQuestion, newValue ? .quitQuestion : nil) }
    }
}
