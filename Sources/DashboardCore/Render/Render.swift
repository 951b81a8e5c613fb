import Localization
import SenfenicoAPI

/// Sizes at which the layout changes.
public enum LayoutLimits {
    /// Below this, only the "terminal too small" message is drawn.
    public static let minimum = Size(width: 40, height: 10)
    /// From this width the balances pane puts collection and transfer wallets side by side.
    public static let wideWidth = 110
    /// Below this the compact layout drops borders and columns.
    public static let compactWidth = 70
    public static let compactHeight = 20
}

/// Draws the whole dashboard for one state: pure, so every screen can be tested as text.
public func render(_ state: AppState, theme: Theme, size: Size, language: Language) -> Screen {
    var screen = Screen(size: size)
    guard !DashboardLayout.isTooSmall(size) else {
        drawTooSmall(&screen, theme: theme, language: language)
        return screen
    }
    let context = ViewContext(state: state, theme: theme, language: language)
    BannerView.draw(&screen, context, row: 0)
    let statusRows = DashboardLayout.statusRows(size)
    StatusBarView.draw(&screen, context, rows: size.height - statusRows..<size.height)
    if state.wizard != nil { WizardView.draw(&screen, context, rect: DashboardLayout.wizardRect(size)) }
    for layout in DashboardLayout.panes(for: state, size: size) {
        switch (layout.pane, layout.bordered) {
        case (.balances, true): BalancesView.drawPane(&screen, context, rect: layout.rect)
        case (.balances, false): BalancesView.drawCompact(&screen, context, rect: layout.rect)
        case (.charges, _): ListView.drawCharges(&screen, context, layout: layout)
        case (.transfers, _): ListView.drawTransfers(&screen, context, layout: layout)
        case (.settlements, _): OperationListViews.drawSettlements(&screen, context, layout: layout)
        case (.checkouts, _): OperationListViews.drawCheckouts(&screen, context, layout: layout)
        }
    }
    let body = DashboardLayout.body(size)
    if state.detail != nil { DetailView.draw(&screen, context, area: body) }
    if state.openCheckout != nil { OperationDetails.drawCheckout(&screen, context, area: body) }
    if state.form != nil { OperationFormView.draw(&screen, context, area: body) }
    if state.bulk != nil { BulkView.draw(&screen, context, area: body) }
    if state.pendingCancel != nil { OperationDetails.drawCancelQuestion(&screen, context, area: body) }
    StatusBarView.drawLongNotice(&screen, context)
    if state.explorer != nil { ExplorerView.draw(&screen, context, size: size) }
    if state.isHelpVisible { HelpView.draw(&screen, context, area: body) }
    if state.isConfirmingQuit { QuitView.draw(&screen, context, area: body) }
    return screen
}

/// What every view needs, passed together.
struct ViewContext {
    let state: AppState
    let theme: Theme
    let language: Language

    func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
}

private func drawTooSmall(_ screen: inout Screen, theme: Theme, language: Language) {
    guard screen.width > 0, screen.height > 0 else { return }
    let message = Strings.Dashboard.tooSmall.filling([
        "width": String(LayoutLimits.minimum.width), "height": String(LayoutLimits.minimum.height),
    ]).text(in: language)
    // Word-wrapped so a 20x5 terminal still shows the whole sentence.
    var lines: [String] = []
    var current = ""
    for word in message.split(separator: " ") {
        let candidate = current.isEmpty ? String(word) : current + " " + word
        if TerminalWidth.of(candidate) > screen.width, !current.isEmpty {
            lines.append(current)
            current = String(word)
        } else {
            current = candidate
        }
    }
    lines.append(current)
    let top = max(0, (screen.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
        screen.write(TextFit.center(line, width: screen.width), x: 0, y: top + offset, style: theme[.alert])
    }
}
