/// Where each pane sits for a size. `render` draws into these rectangles and the back end uses
/// `hitTest` to turn a mouse click into `Action.select`, so both always agree.
public struct PaneLayout: Sendable, Hashable {
    public var pane: Pane
    public var rect: Rect
    public var bordered: Bool
}

public enum DashboardLayout {
    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < LayoutLimits.minimum.width || size.height < LayoutLimits.minimum.height
    }

    public static func isCompact(_ size: Size) -> Bool {
        size.width < LayoutLimits.compactWidth || size.height < LayoutLimits.compactHeight
    }

    static func statusRows(_ size: Size) -> Int { isCompact(size) ? 1 : 2 }

    /// The body between the banner and the status bar.
    static func body(_ size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: size.height - 1 - statusRows(size))
    }

    /// The panes shown for a state. With the charge wizard open (always, in counter mode) the
    /// wizard takes the top of the body and the charges list what is left below it, so a new
    /// charge is seen at once.
    public static func panes(for state: AppState, size: Size) -> [PaneLayout] {
        if state.wizard == nil, state.page != .overview {
            guard !isTooSmall(size) else { return [] }
            let pane: Pane = state.page == .settlements ? .settlements : .checkouts
            return [PaneLayout(pane: pane, rect: body(size), bordered: !isCompact(size))]
        }
        guard state.wizard != nil else {
            return panes(
                focus: state.focus, size: size,
                rowCounts: (charges: state.chargeList.count, transfers: state.transferList.count))
        }
        guard !isTooSmall(size) else { return [] }
        let body = body(size)
        let wizard = wizardRect(size)
        let rest = body.height - wizard.height
        guard rest >= 4 else { return [] }
        let list = Rect(x: 0, y: wizard.maxY, width: body.width, height: rest)
        return [PaneLayout(pane: .charges, rect: list, bordered: !isCompact(size))]
    }

    /// Where the charge wizard is drawn: the top of the body, the whole body when it is short.
    public static func wizardRect(_ size: Size) -> Rect {
        let body = body(size)
        let height = body.height >= 24 ? 18 : body.height
        return Rect(x: 0, y: body.y, width: body.width, height: height)
    }

    /// The panes shown at this size; the compact layout shows only the focused list. With the
    /// lists' row counts, the height under the balances is shared by how many rows each list
    /// has (`listHeights`); without them, it is split in half.
    public static func panes(
        focus: Pane, size: Size, rowCounts: (charges: Int, transfers: Int)? = nil
    ) -> [PaneLayout] {
        guard !isTooSmall(size) else { return [] }
        let body = body(size)
        if isCompact(size) {
            let balancesHeight = min(6, body.height)
            let list = Rect(x: 0, y: body.y + balancesHeight, width: body.width, height: body.height - balancesHeight)
            return [
                PaneLayout(
                    pane: .balances, rect: Rect(x: 0, y: body.y, width: body.width, height: balancesHeight),
                    bordered: false),
                PaneLayout(pane: focus == .transfers ? .transfers : .charges, rect: list, bordered: false),
            ]
        }
        let balancesHeight = body.width >= LayoutLimits.wideWidth ? 7 : 8
        let rest = body.height - balancesHeight
        let chargesHeight =
            rowCounts.map { listHeights(rest, charges: $0.charges, transfers: $0.transfers).charges }
            ?? (rest + 1) / 2
        return [
            PaneLayout(
                pane: .balances, rect: Rect(x: 0, y: body.y, width: body.width, height: balancesHeight), bordered: true),
            PaneLayout(
                pane: .charges,
                rect: Rect(x: 0, y: body.y + balancesHeight, width: body.width, height: chargesHeight), bordered: true),
            PaneLayout(
                pane: .transfers,
                rect: Rect(
                    x: 0, y: body.y + balancesHeight + chargesHeight, width: body.width, height: rest - chargesHeight),
                bordered: true),
        ]
    }

    /// Lines a bordered list pane takes around its rows: two borders and the column header.
    static let listChrome = 3
    /// The fewest lines a bordered list keeps however few rows it has or however many the other
    /// has: its header and two rows, so a new row is seen and a click still lands on one.
    static let listMinimum = listChrome + 2

    /// The charges' and transfers' heights in `total` lines. Each list needs its rows plus its
    /// borders and header (a line for "none yet" when empty). When both fit, the split stays
    /// half and half, moved only as far as one list needs to show all its rows: the panes do
    /// not shift with every new row while there is room. When they do not both fit, the lines
    /// are shared in proportion to those needs, each keeping `listMinimum`.
    static func listHeights(_ total: Int, charges: Int, transfers: Int) -> (charges: Int, transfers: Int) {
        guard total > 0 else { return (0, 0) }
        // Row counts are list sizes, far from overflowing these sums and products.
        let chargesNeed = max(1, charges) + listChrome
        let transfersNeed = max(1, transfers) + listChrome
        let needs = chargesNeed + transfersNeed
        let chargesHeight: Int
        if needs <= total {
            chargesHeight = min(max((total + 1) / 2, chargesNeed), total - transfersNeed)
        } else {
            // Rounded to the nearest line.
            let share = (2 * total * chargesNeed + needs) / (2 * needs)
            let floor = min(chargesNeed, listMinimum)
            let ceiling = total - min(transfersNeed, listMinimum)
            // On a body too short for both minimums, the charges (first) keep theirs.
            chargesHeight = min(max(share, floor), max(floor, ceiling), total)
        }
        return (chargesHeight, total - chargesHeight)
    }

    /// The rows area of a list pane: first row's line and how many rows fit.
    static func rowArea(_ layout: PaneLayout) -> (inner: Rect, firstRowY: Int, visible: Int) {
        let rect = layout.rect
        let inner =
            layout.bordered ? rect.inset(1) : Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        // The header is dropped when only one line is left, to keep a row visible.
        let firstRowY = inner.y + (inner.height > 1 ? 1 : 0)
        return (inner, firstRowY, max(0, inner.maxY - firstRowY))
    }

    /// The first row shown so that the selection stays visible.
    static func scrollOffset(selection: Int, visible: Int) -> Int {
        max(0, selection - visible + 1)
    }

    /// The pane, and the row of its (filtered) list, under a click; nil outside every pane.
    public static func hitTest(_ state: AppState, size: Size, x: Int, y: Int) -> (pane: Pane, row: Int?)? {
        guard
            let layout = panes(for: state, size: size).first(where: {
                x >= $0.rect.x && x < $0.rect.maxX && y >= $0.rect.y && y < $0.rect.maxY
            })
        else { return nil }
        guard layout.pane != .balances else { return (.balances, nil) }
        let list = state.list(layout.pane)
        let count = list.count
        let (_, firstRowY, visible) = rowArea(layout)
        guard y >= firstRowY, y < firstRowY + visible else { return (layout.pane, nil) }
        let selection = clamp(list.selection, count: count)
        let row = scrollOffset(selection: selection, visible: visible) + y - firstRowY
        return (layout.pane, row < count ? row : nil)
    }
}
