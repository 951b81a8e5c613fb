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

    static func drawPane(_ screen: inout Screen, _ context: ViewContext, rect: Rect) {
        let focused = context.state.focus == .balances
        let title = (focused ? "▸ " : "") + context.text(Strings.Dashboard.balances)
        let inner = screen.box(
            rect, title: title, border: context.theme[.paneBorder],
            titleStyle: context.theme[focused ? .paneTitleFocused : .paneTitle])
        let (collection, transfer) = rows(context)
        if rect.width >= LayoutLimits.wideWidth {
            let leftWidth = inner.width / 2
            drawTable(
                &screen, context, rows: collection,
                rect: Rect(x: inner.x, y: inner.y, width: leftWidth - 1, height: inner.height))
            for row in inner.y..<inner.maxY {
                screen.write("│", x: inner.x + leftWidth - 1, y: row, style: context.theme[.paneBorder])
            }
            drawTable(
                &screen, context, rows: transfer,
                rect: Rect(
                    x: inner.x + leftWidth + 1, y: inner.y, width: inner.width - leftWidth - 1, height: inner.height))
        } else {
            drawTable(&screen, context, rows: collection + transfer, rect: inner)
        }
    }

    /// Label, available, pending and a sparkline of the available amount.
    private static func drawTable(_ screen: inout Screen, _ context: ViewContext, rows: [Row], rect: Rect) {
        let labelWidth = 16
        // As wide as the widest amount shown (a collection of 392 658,50 F CFA needs 16), taken
        // from the sparkline, which can be shorter.
        let widest =
            rows.flatMap { [$0.available, $0.pending] }.compactMap { $0?.formatted(context.language) }
            .map(TerminalWidth.of).max() ?? 0
        let amountWidth = max(15, min(widest, 19, (rect.width - labelWidth - 2) / 2 - 1))
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
            drawRow(&screen, context, row: row, x: rect.x, y: y, labelWidth: labelWidth, amountWidth: amountWidth)
            if historyWidth > 2 {
                let samples = context.state.history[row.series]?.samples ?? []
                screen.write(
                    Sparkline.render(samples, width: historyWidth - 1), x: historyX + 1, y: y,
                    style: context.theme[.sparkline])
            }
        }
        if context.state.balances == nil, rect.height > 1 {
            screen.write(
                context.text(Strings.Dashboard.noData), x: historyX + 1, y: rect.y + 1, maxWidth: historyWidth - 1)
        }
    }

    private static func drawRow(
        _ screen: inout Screen, _ context: ViewContext, row: Row, x: Int, y: Int, labelWidth: Int, amountWidth: Int
    ) {
        let alert = context.state.alerts.contains(row.series)
        screen.cell(row.label, x: x, y: y, width: labelWidth, style: context.theme[.text])
        let availableStyle = alert ? context.theme[.alert] : context.theme[.amountPositive]
        screen.cell(
            row.available?.formatted(context.language) ?? "—", x: x + labelWidth, y: y, width: amountWidth,
            style: availableStyle, alignRight: true)
        screen.cell(
            row.pending?.formatted(context.language) ?? "—", x: x + labelWidth + amountWidth + 1, y: y,
            width: amountWidth, style: context.theme[.text], alignRight: true)
    }

    /// Without borders: a title line and the available amount of each balance.
    static func drawCompact(_ screen: inout Screen, _ context: ViewContext, rect: Rect) {
        guard rect.height > 0 else { return }
        let focused = context.state.focus == .balances
        screen.cell(
            (focused ? "▸ " : "") + context.text(Strings.Dashboard.balances), x: rect.x, y: rect.y, width: rect.width,
            style: context.theme[focused ? .paneTitleFocused : .paneTitle])
        let (collection, transfer) = rows(context)
        let labelWidth = max(0, rect.width - 16)
        for (index, row) in (collection + transfer).enumerated() {
            let y = rect.y + 1 + index
            guard y < rect.maxY else { break }
            drawRow(&screen, context, row: row, x: rect.x, y: y, labelWidth: labelWidth, amountWidth: 15)
        }
    }
}
