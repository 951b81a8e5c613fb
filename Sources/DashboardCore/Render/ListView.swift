import Localization
import SenfenicoAPI

/// A column of a list pane; width 0 takes what is left.
struct Column {
    let title: LocalizedText
    let width: Int
    var alignRight = false
}

/// One row ready to draw: a text per column and the theme key of the status column.
struct ListRow {
    let cells: [String]
    let statusColumn: Int
    let statusKey: ThemeKey
    let marked: Bool
}

/// The charges and transfers panes: a title with counts and filter, a header, rows.
enum ListView {
    private typealias D = Strings.Dashboard

    static func drawCharges(_ screen: inout Screen, _ context: ViewContext, layout: PaneLayout) {
        let rect = layout.rect
        let bordered = layout.bordered
        let state = context.state
        let list = state.chargeList
        let available = bordered ? rect.width - 4 : rect.width - 2
        let columns: [Column]
        if available >= 100 {
            columns = [
                Column(title: D.columnTime, width: 11), Column(title: D.columnAmount, width: 18, alignRight: true),
                Column(title: D.columnProvider, width: 12), Column(title: D.columnPhone, width: 11),
                Column(title: D.columnStatus, width: 19), Column(title: D.columnFees, width: 6, alignRight: true),
                Column(title: D.columnReference, width: 0),
            ]
        } else if available >= 60 {
            // The time column keeps the day (`hier 10:08`); the operator's short name and the
            // fees (in the detail) pay for it, so amounts and status words stay whole.
            columns = [
                Column(title: D.columnTime, width: 11), Column(title: D.columnAmount, width: 18, alignRight: true),
                Column(title: D.columnProviderShort, width: 6), Column(title: D.columnPhone, width: 11),
                Column(title: D.columnStatus, width: 0),
            ]
        } else {
            columns = [
                Column(title: D.columnTime, width: 11), Column(title: D.columnAmount, width: 15, alignRight: true),
                Column(title: D.columnStatus, width: 0),
            ]
        }
        let wide = columns.count == 7
        // Rows are formatted only when drawn: a list may hold 100 000 charges.
        let makeRow = { (charge: Charge) -> ListRow in
            var cells = [
                context.listTime(charge.createdAt ?? charge.transactionDate), charge.amount.formatted(context.language),
            ]
            if columns.count > 3 {
                let name = charge.provider?.displayName ?? ""
                cells += [wide ? name : Self.shortName(name), Formatting.phone(charge.phone)]
            }
            cells.append(context.text(charge.status.words))
            if wide { cells.append(Formatting.rate(charge.fees, context.language)) }
            if wide { cells.append(charge.reference) }
            return ListRow(
                cells: cells, statusColumn: columns.count > 3 ? 4 : 2, statusKey: StatusStyle.charge(charge.status),
                marked: state.isMarked(charge.reference))
        }
        draw(
            &screen, context, layout: layout, title: D.charges, columns: columns,
            count: list.count, row: { makeRow(list.row(at: $0)!) }, total: state.charges.count)
    }

    static func drawTransfers(_ screen: inout Screen, _ context: ViewContext, layout: PaneLayout) {
        let rect = layout.rect
        let bordered = layout.bordered
        let state = context.state
        let list = state.transferList
        let available = bordered ? rect.width - 4 : rect.width - 2
        let columns: [Column]
        if available >= 60 {
            columns = [
                Column(title: D.columnTime, width: 11),
                Column(title: D.columnAmount, width: available >= 100 ? 18 : 15, alignRight: true),
                Column(title: D.columnWallet, width: 12),
                Column(title: D.columnRecipient, width: 12), Column(title: D.columnStatus, width: 12),
                Column(title: D.columnExtID, width: 0),
            ]
        } else {
            columns = [
                Column(title: D.columnTime, width: 11), Column(title: D.columnAmount, width: 15, alignRight: true),
                Column(title: D.columnStatus, width: 0),
            ]
        }
        let full = columns.count == 6
        let makeRow = { (transfer: Transfer) -> ListRow in
            var cells = [context.listTime(transfer.createdAt), transfer.amount.formatted(context.language)]
            if full {
                cells += [transfer.recipientWallet?.displayName ?? "", Formatting.phone(transfer.recipientPhone)]
            }
            cells.append(context.text(transfer.status.words))
            if full { cells.append(transfer.extID ?? "") }
            return ListRow(
                cells: cells, statusColumn: full ? 4 : 2, statusKey: StatusStyle.transfer(transfer.status),
                marked: state.isMarked(transfer.reference))
        }
        draw(
            &screen, context, layout: layout, title: D.transfers, columns: columns,
            count: list.count, row: { makeRow(list.row(at: $0)!) }, total: state.transfers.count)
    }

    static func draw(
        _ screen: inout Screen, _ context: ViewContext, layout: PaneLayout, title: LocalizedText,
        columns: [Column], count: Int, row: (Int) -> ListRow, total: Int
    ) {
        let (rect, pane) = (layout.rect, layout.pane)
        guard rect.height > 0, rect.width > 0 else { return }
        let state = context.state
        let list = state.list(pane)
        let focused = state.focus == pane
        var heading = (focused ? "▸ " : "") + context.text(title)
        // "100 of 100+": only the newest rows were read and the API gives no count.
        let more = (pane == .charges && state.chargeList.hasMore) || (pane == .transfers && state.transferList.hasMore)
        let totalText = String(total) + (more ? "+" : "")
        heading +=
            " (" + D.count.filling(["shown": String(count), "total": totalText]).text(in: context.language) + ")"
        if list.sort != .time {
            heading += " — " + D.sortedBy.filling(["sort": context.text(list.sort.name)]).text(in: context.language)
        }
        if !list.newReferences.isEmpty {
            heading += " — " + D.newRows.filling(["n": String(list.newReferences.count)]).text(in: context.language)
        }
        if !list.filter.isEmpty || list.isEditingFilter {
            heading +=
                " — "
                + D.filter.filling(["text": list.filter + (list.isEditingFilter ? "▏" : "")]).text(in: context.language)
        }
        let titleStyle = context.theme[focused ? .paneTitleFocused : .paneTitle]
        let (inner, firstRowY, visible) = DashboardLayout.rowArea(layout)
        if layout.bordered {
            screen.box(rect, title: heading, border: context.theme[.paneBorder], titleStyle: titleStyle)
        } else {
            screen.cell(heading, x: rect.x, y: rect.y, width: rect.width, style: titleStyle)
        }
        guard inner.height > 0 else { return }
        let widths = resolve(columns, width: inner.width - 2)
        var y = inner.y
        if firstRowY > inner.y {
            var x = inner.x + 2
            for (column, width) in zip(columns, widths) {
                screen.cell(
                    context.text(column.title), x: x, y: y, width: width, style: context.theme[.columnHeader],
                    alignRight: column.alignRight)
                x += width + 1
            }
        }
        y = firstRowY
        guard visible > 0 else { return }
        if count == 0 {
            let message = total == 0 ? D.noRows : D.noMatch
            screen.write(
                context.text(message), x: inner.x + 2, y: y, style: context.theme[.text], maxWidth: inner.width - 2)
            return
        }
        let selection = clamp(list.selection, count: count)
        let offset = DashboardLayout.scrollOffset(selection: selection, visible: visible)
        for index in offset..<min(count, offset + visible) {
            let row = row(index)
            let selected = focused && index == selection
            let base = selected ? context.theme[.selection] : context.theme[.text]
            screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
            screen.write(selected ? "›" : " ", x: inner.x, y: y, style: base)
            if row.marked { screen.write("•", x: inner.x + 1, y: y, style: context.theme[.changed]) }
            var x = inner.x + 2
            for (columnIndex, (column, width)) in zip(columns, widths).enumerated() {
                var style = base
                if columnIndex == row.statusColumn, !selected { style = context.theme[row.statusKey] }
                if row.marked, columnIndex == row.statusColumn { style = context.theme[.changed] }
                screen.cell(
                    row.cells[columnIndex], x: x, y: y, width: width, style: style, alignRight: column.alignRight)
                x += width + 1
            }
            y += 1
        }
    }

    /// `Orange` for `Orange Money`: the operator's name where columns are counted.
    static func shortName(_ name: String) -> String {
        name.split(separator: " ").first.map(String.init) ?? name
    }

    /// Fixed widths shrink from the right when the pane is narrower than their sum.
    private static func resolve(_ columns: [Column], width: Int) -> [Int] {
        let fixed = columns.reduce(0) { $0 + $1.width } + max(0, columns.count - 1)
        let flexible = max(0, width - fixed)
        var remaining = width
        return columns.map { column in
            let wanted = column.width == 0 ? flexible : column.width
            let granted = max(0, min(wanted, remaining))
            remaining -= granted + 1
            return granted
        }
    }
}
