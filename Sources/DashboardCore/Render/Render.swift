import Foundation
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
    // The panes first, then the overlay stack bottom to top; the wizard sits beside the list.
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
    var noticeDrawn = false
    for overlay in state.overlays {
        // A long notice shows over the panes and forms, under the developer view and questions.
        if !noticeDrawn, [.explorer, .help, .quitQuestion].contains(overlay.kind) {
            StatusBarView.drawLongNotice(&screen, context)
            noticeDrawn = true
        }
        switch overlay {
        case .wizard: WizardView.draw(&screen, context, rect: DashboardLayout.wizardRect(size))
        case .detail(let target, let scroll):
            DetailView.draw(&screen, context, target: target, scroll: scroll, area: body)
        case .form: OperationFormView.draw(&screen, context, area: body)
        case .bulk: BulkView.draw(&screen, context, area: body)
        case .cancelQuestion: OperationDetails.drawCancelQuestion(&screen, context, area: body)
        case .checkout: OperationDetails.drawCheckout(&screen, context, area: body)
        case .explorer: ExplorerView.draw(&screen, context, size: size)
        case .help: HelpView.draw(&screen, context, area: body)
        case .quitQuestion: QuitView.draw(&screen, context, area: body)
        }
    }
    if !noticeDrawn { StatusBarView.drawLongNotice(&screen, context) }
    return screen
}

/// What every view needs, passed together.
struct ViewContext {
    let state: AppState
    let theme: Theme
    let language: Language

    func text(_ localized: LocalizedText) -> String { localized.text(in: language) }

    var zone: TimeZone { state.timeZone }

    /// A list's time column: the day is always told (`hier 10:08`, `26/11 10:08`).
    func listTime(_ timestamp: Timestamp?) -> String {
        Formatting.listTime(timestamp, now: state.now, state.timeZone, language)
    }
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
