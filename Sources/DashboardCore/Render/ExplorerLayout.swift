/// Where the developer view draws, for a size. It takes the whole body between the banner and
/// the status bar: the request list on top, the selected request's detail below it; Enter
/// gives the detail the whole body. `reduce` uses the same sizes for paging and scrolling.
enum ExplorerLayout {
    static func area(_ size: Size) -> Rect { DashboardLayout.body(size) }

    /// Below this body height the list is shown alone, and Enter shows the detail.
    static let splitHeight = 12

    /// The list: as high as its requests need, up to two fifths of the body (the whole body
    /// when there is no room for the detail, or no request to detail).
    static func listRect(_ size: Size, count: Int) -> Rect {
        let area = area(size)
        guard area.height >= splitHeight, count > 0 else { return area }
        let height = min(max(5, area.height * 2 / 5), max(5, count + 3))
        return Rect(x: area.x, y: area.y, width: area.width, height: height)
    }

    /// The detail under the list, when there is room for both and something to detail.
    static func detailRect(_ size: Size, count: Int) -> Rect? {
        let area = area(size)
        guard area.height >= splitHeight, count > 0 else { return nil }
        let list = listRect(size, count: count)
        return Rect(x: area.x, y: list.maxY, width: area.width, height: area.maxY - list.maxY)
    }

    /// Request rows the list shows: inside its border, under the column header.
    static func listRows(_ size: Size, count: Int) -> Int { max(1, listRect(size, count: count).height - 3) }

    /// Text lines and columns of the detail on the whole body: inside the border, with a
    /// column of margin on each side.
    static func fullTextRows(_ size: Size) -> Int { max(1, area(size).height - 2) }
    static func fullTextWidth(_ size: Size) -> Int { max(1, area(size).width - 4) }
}
