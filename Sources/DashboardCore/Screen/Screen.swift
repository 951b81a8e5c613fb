import SenfenicoAPI

/// An in-memory grid of cells: what one frame of the dashboard looks like.
///
/// Every write is clamped to the grid, so a layout computed for a larger terminal never draws
/// out of bounds after a shrink; the ncurses back end only copies cells to the terminal.
public struct Screen: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell? {
        guard contains(x: x, y: y) else { return nil }
        return cells[y * width + x]
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Writes sanitised text from (x, y), stopping at `maxWidth` columns or the grid's edge;
    /// returns the columns used. A wide character that does not fit entirely is not drawn.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, x + max(0, maxWidth ?? width))
        var column = x
        for character in TextSanitizer.clean(text) {
            let columns = TerminalWidth.of(character)
            if columns == 0 {
                appendToPrevious(character, x: column, y: y)
                continue
            }
            if column + columns > limit { break }
            if column >= 0 {
                put(Cell(text: String(character), style: style), x: column, y: y)
                if columns == 2 { put(Cell(text: "", style: style, isContinuation: true), x: column + 1, y: y) }
            }
            column += columns
        }
        return max(0, column - x)
    }

    /// Paints every cell of `rect` (clamped) with one character and style.
    public mutating func fill(_ rect: Rect, with text: String = " ", style: Style = .plain) {
        let startX = max(0, rect.x)
        let endX = min(width, rect.maxX)
        let startY = max(0, rect.y)
        let endY = min(height, rect.maxY)
        guard startX < endX, startY < endY else { return }
        for row in startY..<endY {
            for column in startX..<endX { put(Cell(text: text, style: style), x: column, y: row) }
        }
    }

    /// One string per row, continuation cells omitted, so a line reads as the terminal shows it.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !cells[row * width + column].isContinuation {
                line += cells[row * width + column].text
            }
            return line
        }
    }

    /// Sets a cell, resetting the other half of any wide character it cuts in two.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
        }
        if TerminalWidth.of(old.text) == 2, x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// A combining mark joins the cell before the cursor (the lead cell of a wide character).
    private mutating func appendToPrevious(_ character: Character, x: Int, y: Int) {
        var column = x - 1
        while column >= 0, column < width, cells[y * width + column].isContinuation { column -= 1 }
        guard column >= 0, column < width else { return }
        cells[y * width + column].text.append(character)
    }
}

/// One cell the back end must rewrite.
public struct CellChange: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

extension Screen {
    /// The cells that differ from `previous`; after a resize every cell counts as changed.
    public func changes(since previous: Screen?) -> [CellChange] {
        let sameSize = previous.map { $0.width == width && $0.height == height } ?? false
        var result: [CellChange] = []
        for index in cells.indices where !sameSize || previous?.cells[index] != cells[index] {
            result.append(CellChange(x: index % width, y: index / width, cell: cells[index]))
        }
        return result
    }
}
