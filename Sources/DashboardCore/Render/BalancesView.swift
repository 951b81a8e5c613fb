import Localization
import SenfenicoAPI

/// The balances pane: collection available and pending, transfer total and one row per wallet.
enum BalancesView {
    struct Row {
        let label: String
        let available: Money?
        let pending: Money?
        let series: BalanceSeries
    }

    static func rows(_ context: ViewContext) -> (collection: [Row], transfer: [Row]) {
        let balances = context.state.balances
        let collection = [
            Row(
                label: context.text(Strings.Dashboard.collection), available: balances?.collection.available,
                pending: balances?.collection.pending, series: .collectionAvailable)
        ]
        var transfer = [
            Row(
                label: context.text(Strings.Dashboard.transferTotal), available: balances?.transfer.totalAvailable,
                pending: balances?.transfer.totalPending, series: .transferTotal)
        ]
        let wallets: [(TransferWallet, BalanceSeries)] = [(.orange, .orange), (.moov, .moov), (.sank, .sank)]
        for (wallet, series) in wallets {
            let balance = balances?.transfer[wallet]
            transfer.append(
                Row(label: wallet.displayName, available: balance?.available, pending: balance?.pending, series: series)
            )
        }
        return (collection, transfer)
    }

    /// The balances' own refresh failed: the amounts on screen are the last ones read, and
    /// the pane says so (dimmed in the theme's stale style, their age in the title).
    static func isStale(_ state: AppState) -> Bool {
        state.failedFetches.contains(.balances) && state.balances != nil
    }

    /// The pane's title: its name, the age of the amounts when they are stale, and the
    /// currency when the amounts are drawn without it.
    static func title(_ context: ViewContext, focused: Bool, currencyDropped: Bool) -> String {
        let state = context.state
        var title = (focused ? "▸ " : "") + context.text(Strings.Dashboard.balances)
        func note(_ text: String) {
            title = Strings.Dashboard.titleWithNote.filling(["title": title, "note": text]).text(in: context.language)
        }
        if isStale(state), let read = state.schedules[.balances]?.lastSuccess ?? state.lastRefresh {
            note(
                Formatting.agoPhrase(
                    microseconds: state.now.microsecondsSinceEpoch - read.microsecondsSinceEpoch, context.language))
        }
        if currencyDropped { note(context.text(Strings.Dashboard.amountsInCurrency)) }
        return title
    }

    /// The styles of the pane, the stale style throughout when the amounts are stale.
    struct Styles {
        let border: Style
        let title: Style
        let label: Style
        let amount: Style
        let pending: Style
        let sparkline: Style
        let alert: Style

        init(_ context: ViewContext, focused: Bool) {
            let theme = context.theme
            let titleKey: ThemeKey = focused ? .paneTitleFocused : .paneTitle
            if BalancesView.isStale(context.state) {
                let stale = theme[.stale]
                (border, title, label, amount, pending, sparkline) = (stale, stale, stale, stale, stale, stale)
            } else {
                (border, title, label) = (theme[.paneBorder], theme[titleKey], theme[.text])
                (amount, pending, sparkline) = (theme[.amountPositive], theme[.text], theme[.sparkline])
            }
            // A balance under its threshold keeps the alert's look, stale or not.
            alert = theme[.alert]
        }
    }

    /// An amount as the pane draws it: with the currency, or the number alone where the
    /// currency was dropped to keep every digit.
    static func amountText(_ money: Money?, currency: Bool, _ language: Language) -> String {
        guard let money else { return "—" }
        return currency ? money.formatted(language) : money.formattedNumber(language)
    }

    static func drawPane(_ screen: inout Screen, _ context: ViewContext, rect: Rect) {
        let focused = context.state.focus == .balances
        let styles = Styles(context, focused: focused)
        let (collection, transfer) = rows(context)
        let wide = rect.width >= LayoutLimits.wideWidth
        let inner = rect.inset(1)
        let tableWidth = wide ? inner.width - inner.width / 2 - 1 : inner.width
        let currency = tableKeepsCurrency(collection + transfer, context, width: tableWidth)
        let shownInner = screen.box(
            rect, title: title(context, focused: focused, currencyDropped: !currency), border: styles.border,
            titleStyle: styles.title)
        if wide {
            let leftWidth = shownInner.width / 2
            drawTable(
                &screen, context, rows: collection, styles: styles, currency: currency,
                rect: Rect(x: shownInner.x, y: shownInner.y, width: leftWidth - 1, height: shownInner.height))
            for row in shownInner.y..<shownInner.maxY {
                screen.write("│", x: shownInner.x + leftWidth - 1, y: row, style: styles.border)
            }
            drawTable(
                &screen, context, rows: transfer, styles: styles, currency: currency,
                rect: Rect(
                    x: shownInner.x + leftWidth + 1, y: shownInner.y, width: shownInner.width - leftWidth - 1,
                    height: shownInner.height))
        } else {
            drawTable(
                &screen, context, rows: collection + transfer, styles: styles, currency: currency, rect: shownInner)
        }
    }

    private static let labelWidth = 16

    /// The widest of the amounts (available and pending) in columns.
    private static func widest(_ rows: [Row], currency: Bool, _ language: Language) -> Int {
        rows.flatMap { [$0.available, $0.pending] }.compactMap { $0 }
            .map { TerminalWidth.of(amountText($0, currency: currency, language)) }.max() ?? 0
    }

    /// Room for one amount column in a table `width` columns wide.
    private static func amountRoom(_ width: Int) -> Int { (width - labelWidth - 2) / 2 - 1 }

    /// An amount column: at least 15 wide, else one more than its widest amount so a 16-column
    /// label never touches it, at most `limit`.
    private static func amountColumn(widest: Int, limit: Int) -> Int { max(15, min(widest + 1, limit)) }

    /// Whether the table's amounts keep `F CFA`: not when the widest would be cut. An amount may
    /// fill its column to the label (`Total transferts` is 16 wide) before the currency goes:
    /// at 110 columns, the two tables side by side just fit `392 658,50 F CFA`.
    private static func tableKeepsCurrency(_ rows: [Row], _ context: ViewContext, width: Int) -> Bool {
        let widest = widest(rows, currency: true, context.language)
        return widest < 15 || widest <= min(20, amountRoom(width))
    }

    /// Label, available, pending and a sparkline of the available amount.
    private static func drawTable(
        _ screen: inout Screen, _ context: ViewContext, rows: [Row], styles: Styles, currency: Bool, rect: Rect
    ) {
        // As wide as the widest amount shown (a collection of 392 658,50 F CFA needs 16), taken
        // from the sparkline, which can be shorter. Without the currency, a huge amount may take
        // the sparkline's whole room rather than lose a digit.
        let widest = widest(rows, currency: currency, context.language)
        let amountWidth = amountColumn(widest: widest, limit: min(currency ? 20 : widest + 1, amountRoom(rect.width)))
        let historyX = rect.x + labelWidth + 2 * (amountWidth + 1)
        let historyWidth = rect.maxX - historyX
        let header = context.theme[.columnHeader]
        screen.cell("", x: rect.x, y: rect.y, width: labelWidth, style: header)
        screen.cell(
            context.text(Strings.Dashboard.available), x: rect.x + labelWidth, y: rect.y, width: amountWidth,
            style: header,
            alignRight: true)
        screen.cell(
            context.text(Strings.Dashboard.pending), x: rect.x + labelWidth + amountWidth + 1, y: rect.y,
            width: amountWidth, style: header, alignRight: true)
        if historyWidth > 2 {
            screen.cell(
                context.text(Strings.Dashboard.history), x: historyX + 1, y: rect.y, width: historyWidth - 1,
                style: header)
        }
        for (index, row) in rows.enumerated() {
            let y = rect.y + 1 + index
            guard y < rect.maxY else { break }
            drawRow(
                &screen, context, row: row, styles: styles, currency: currency, x: rect.x, y: y,
                labelWidth: labelWidth, amountWidth: amountWidth, pendingShown: true)
            if historyWidth > 2 {
                let samples = context.state.history[row.series]?.samples ?? []
                screen.write(
                    Sparkline.render(samples, width: historyWidth - 1), x: historyX + 1, y: y, style: styles.sparkline)
            }
        }
        if context.state.balances == nil, rect.height > 1 {
            screen.write(
                context.text(Strings.Dashboard.noData), x: historyX + 1, y: rect.y + 1, maxWidth: historyWidth - 1)
        }
    }

    private static func drawRow(
        _ screen: inout Screen, _ context: ViewContext, row: Row, styles: Styles, currency: Bool, x: Int, y: Int,
        labelWidth: Int, amountWidth: Int, pendingShown: Bool
    ) {
        let alert = context.state.alerts.contains(row.series)
        screen.cell(row.label, x: x, y: y, width: labelWidth, style: styles.label)
        screen.cell(
            amountText(row.available, currency: currency, context.language), x: x + labelWidth, y: y,
            width: amountWidth, style: alert ? styles.alert : styles.amount, alignRight: true)
        guard pendingShown else { return }
        screen.cell(
            amountText(row.pending, currency: currency, context.language), x: x + labelWidth + amountWidth + 1, y: y,
            width: amountWidth, style: styles.pending, alignRight: true)
    }

    /// The compact rows' columns in `width`: whether the amounts keep `F CFA`, the label's
    /// columns (a space before the amount included; 0 when dropped) and the amount's. A
    /// balance never loses a digit: the currency goes first (the title then says `en F CFA`),
    /// then the labels are cut, then dropped.
    static func compactColumns(
        width: Int, widestLabel: Int, widestWithCurrency: Int, widestNumber: Int
    ) -> (currency: Bool, label: Int, amount: Int) {
        // Whole labels, a space, the amount and a free last column, as in the bordered layout.
        let withCurrency = max(15, widestWithCurrency)
        if widestLabel + 1 + withCurrency + 1 <= width { return (true, width - 1 - withCurrency, withCurrency) }
        if widestLabel + 1 + widestNumber + 1 <= width { return (false, width - 1 - widestNumber, widestNumber) }
        // Labels cut (at least `Ora…` and a space), the last column used.
        let labelRoom = width - widestNumber
        if labelRoom >= 5 { return (false, labelRoom, widestNumber) }
        return (false, 0, width)
    }

    /// Without borders: a title line and the available amount of each balance.
    static func drawCompact(_ screen: inout Screen, _ context: ViewContext, rect: Rect) {
        guard rect.height > 0 else { return }
        let focused = context.state.focus == .balances
        let styles = Styles(context, focused: focused)
        let (collection, transfer) = rows(context)
        let shown = collection + transfer
        let available = shown.map(\.available)
        let columns = compactColumns(
            width: rect.width, widestLabel: shown.map { TerminalWidth.of($0.label) }.max() ?? 0,
            widestWithCurrency: available.map { TerminalWidth.of(amountText($0, currency: true, context.language)) }
                .max() ?? 0,
            widestNumber: available.map { TerminalWidth.of(amountText($0, currency: false, context.language)) }.max()
                ?? 0)
        screen.cell(
            title(context, focused: focused, currencyDropped: !columns.currency), x: rect.x, y: rect.y,
            width: rect.width, style: styles.title)
        for (index, row) in shown.enumerated() {
            let y = rect.y + 1 + index
            guard y < rect.maxY else { break }
            // The label's cell stops a column short of the amount, so a cut label never touches it.
            if columns.label > 1 {
                screen.cell(row.label, x: rect.x, y: y, width: columns.label - 1, style: styles.label)
            }
            let alert = context.state.alerts.contains(row.series)
            screen.cell(
                amountText(row.available, currency: columns.currency, context.language), x: rect.x + columns.label,
                y: y, width: columns.amount, style: alert ? styles.alert : styles.amount, alignRight: true)
        }
    }
}
