import Localization
import SenfenicoAPI

/// The developer view: every request of the session (time, method, path, status coloured by
/// class, latency, size) and the selected one's bodies and `curl` command.
enum ExplorerView {
    private typealias X = Strings.Explorer

    static func draw(_ screen: inout Screen, _ context: ViewContext, size: Size) {
        guard let explorer = context.state.explorer else { return }
        let area = ExplorerLayout.area(size)
        guard area.width > 0, area.height > 0 else { return }
        screen.fill(area, style: context.theme[.text])
        if explorer.isDetailOpen {
            drawDetail(&screen, context, rect: area, explorer: explorer, full: true)
            drawHint(&screen, context, X.detailHint, rect: area)
            return
        }
        let entries = ExplorerFilter.visible(explorer, context.state.requestLog)
        let count = entries.count
        drawList(
            &screen, context, rect: ExplorerLayout.listRect(size, count: count), explorer: explorer, entries: entries)
        let hint = explorer.isEditingFilter ? X.filterHint : X.listHint
        if let detail = ExplorerLayout.detailRect(size, count: count) {
            drawDetail(&screen, context, rect: detail, explorer: explorer, full: false)
            drawHint(&screen, context, hint, rect: detail)
        } else {
            drawHint(&screen, context, hint, rect: area)
        }
    }

    private static let columns = [
        Column(title: X.columnTime, width: 8), Column(title: X.columnMethod, width: 7),
        Column(title: X.columnPath, width: 0), Column(title: X.columnStatus, width: 6),
        Column(title: X.columnLatency, width: 8, alignRight: true),
        Column(title: X.columnSize, width: 9, alignRight: true),
    ]

    /// "Developer view — API requests (3 of 5) — filter: get▏ — balance polls hidden: 2"; the
    /// view's name goes first when the box is too narrow for all of it.
    static func listTitle(_ context: ViewContext, explorer: ExplorerState, shown: Int, width: Int) -> String {
        let log = context.state.requestLog
        let count = String(log.entries.count)
        let isCapped = log.recordedCount > log.entries.count
        let isNarrowed = !explorer.filter.isEmpty || explorer.isEditingFilter || explorer.hidesBalancePolls
        let requests =
            switch (isNarrowed, isCapped) {
            case (false, false): X.requests.filling(["count": count])
            case (false, true): X.requestsCapped.filling(["count": count, "total": String(log.recordedCount)])
            case (true, false): X.requestsShown.filling(["shown": String(shown), "count": count])
            case (true, true): X.requestsShownCapped.filling(["shown": String(shown), "count": count])
            }
        var parts = [context.text(requests)]
        if !explorer.filter.isEmpty || explorer.isEditingFilter {
            let text = TextSanitizer.clean(explorer.filter) + (explorer.isEditingFilter ? "▏" : "")
            parts.append(context.text(X.filterTitle.filling(["text": text])))
        }
        if explorer.hidesBalancePolls {
            let hidden = ExplorerFilter.balancePolls(in: log)
            parts.append(context.text(X.pollsHidden.filling(["count": String(hidden)])))
        }
        let whole = ([context.text(X.title)] + parts).joined(separator: " — ")
        return TerminalWidth.of(whole) <= width ? whole : parts.joined(separator: " — ")
    }

    private static func drawList(
        _ screen: inout Screen, _ context: ViewContext, rect: Rect, explorer: ExplorerState, entries: [LoggedExchange]
    ) {
        let title = listTitle(context, explorer: explorer, shown: entries.count, width: rect.width - 6)
        let inner = screen.box(
            rect, title: title, border: context.theme[.paneBorder], titleStyle: context.theme[.paneTitleFocused])
        guard inner.height > 0, inner.width > 2 else { return }
        let widths = resolve(width: inner.width - 2)
        if inner.height > 1 {
            var x = inner.x + 2
            for (column, width) in zip(columns, widths) {
                screen.cell(
                    context.text(column.title), x: x, y: inner.y, width: width, style: context.theme[.columnHeader],
                    alignRight: column.alignRight)
                x += width + 1
            }
        }
        let firstRowY = inner.y + (inner.height > 1 ? 1 : 0)
        let visible = inner.maxY - firstRowY
        guard let selection = ExplorerFilter.index(of: explorer.selectedSequence, in: entries) else {
            let empty =
                context.state.requestLog.entries.isEmpty
                ? X.empty : explorer.filter.isEmpty ? X.onlyBalancePolls : X.noMatch
            for (offset, line) in TextFit.wrap(context.text(empty), width: inner.width - 2).prefix(visible)
                .enumerated()
            {
                screen.write(line, x: inner.x + 2, y: firstRowY + offset, style: context.theme[.text])
            }
            return
        }
        let first = DashboardLayout.scrollOffset(selection: selection, visible: visible)
        for (offset, entry) in entries.dropFirst(first).prefix(visible).enumerated() {
            let y = firstRowY + offset
            let selected = first + offset == selection
            let base = context.theme[selected ? .selection : .text]
            screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
            screen.write(selected ? "›" : " ", x: inner.x, y: y, style: base)
            let exchange = entry.exchange
            let cells = [
                Formatting.timeWithSeconds(entry.finishedAt, context.zone), exchange.method.rawValue, exchange.path,
                exchange.status.map(String.init) ?? "—", "\(exchange.latency.wholeMilliseconds) ms",
                Formatting.bytes(Int64(exchange.responseBytes), context.language),
            ]
            var x = inner.x + 2
            for (index, (column, width)) in zip(columns, widths).enumerated() {
                let style = index == 3 && !selected ? context.theme[ExplorerStatus.style(exchange.status)] : base
                screen.cell(cells[index], x: x, y: y, width: width, style: style, alignRight: column.alignRight)
                x += width + 1
            }
        }
    }

    private static func drawDetail(
        _ screen: inout Screen, _ context: ViewContext, rect: Rect, explorer: ExplorerState, full: Bool
    ) {
        let state = context.state
        guard let entry = ExplorerKeys.selected(explorer, state) else {
            screen.box(rect, title: "", border: context.theme[.paneBorder], titleStyle: context.theme[.paneTitle])
            return
        }
        let exchange = entry.exchange
        let heading = "#\(entry.sequence) \(exchange.method.rawValue) \(exchange.path) (\(exchange.operation.rawValue))"
        let inner = rect.inset(1)
        let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        // The screen shows the sandbox's key masked; `y` copies it whole.
        let lines = ExplorerDetail.lines(
            entry, body: explorer.body, curl: state.requestLog.shownCurlCommand(for: entry),
            curlHeading: ExplorerDetail.curlHeading(state.requestLog), width: area.width, language: context.language,
            zone: context.zone)
        let offset = full ? max(0, min(explorer.scroll, lines.count - area.height)) : 0
        var title = heading
        if full, lines.count > area.height, area.height > 0 {
            title += " — \(offset + 1)–\(min(lines.count, offset + area.height))/\(lines.count)"
        }
        screen.box(
            rect, title: title, border: context.theme[.paneBorder],
            titleStyle: context.theme[full ? .paneTitleFocused : .paneTitle])
        guard area.height > 0, area.width > 0 else { return }
        var shown = Array(lines.dropFirst(offset).prefix(area.height))
        if !full, lines.count > area.height {
            let more = X.more.filling(["count": String(lines.count - area.height + 1)])
            shown[shown.count - 1] = DetailLine(text: context.text(more), style: .stale)
        }
        for (row, line) in shown.enumerated() {
            screen.write(line.text, x: area.x, y: area.y + row, style: context.theme[line.style], maxWidth: area.width)
        }
    }

    /// The keys, in the bottom border of the box that ends the page: whole items, never half.
    private static func drawHint(_ screen: inout Screen, _ context: ViewContext, _ hint: LocalizedText, rect: Rect) {
        guard rect.width > 6, rect.height >= 2 else { return }
        let text = StatusBarView.fittingItems(context.text(hint), width: rect.width - 6)
        guard !text.isEmpty else { return }
        screen.write(" " + text + " ", x: rect.x + 2, y: rect.maxY - 1, style: context.theme[.columnHeader])
    }

    /// Fixed widths shrink from the right when the list is narrower than their sum; the path
    /// takes what is left.
    private static func resolve(width: Int) -> [Int] {
        let fixed = columns.reduce(0) { $0 + $1.width } + columns.count - 1
        var remaining = width
        return columns.map { column in
            let wanted = column.width == 0 ? max(0, width - fixed) : column.width
            let granted = max(0, min(wanted, remaining))
            remaining -= granted + 1
            return granted
        }
    }
}
