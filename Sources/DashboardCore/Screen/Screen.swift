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
        let clean = TextSanitizer.clean(text)
        // Most of a frame is printable ASCII, borders and symbols: cell by byte or by scalar,
        // without breaking the text into grapheme clusters (most of a frame's cost before).
        // `ScreenTests` holds both shortcuts to the same cells as the general way.
        if clean.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var column = x
            for byte in clean.utf8 {
                guard column < limit else { break }
                if column >= 0 { put(Cell(text: Self.asciiTexts[Int(byte)], style: style), x: column, y: y) }
                column += 1
            }
            return max(0, column - x)
        }
        if clean.unicodeScalars.allSatisfy(Self.standsAlone) {
            var column = x
            for scalar in clean.unicodeScalars {
                let columns = TerminalWidth.of(scalar)
                if column + columns > limit { break }
                place(String(scalar), columns: columns, x: column, y: y, style: style)
                column += columns
            }
            return max(0, column - x)
        }
        return writeEachCharacter(clean, x: x, y: y, style: style, limit: limit)
    }

    /// The general way: grapheme cluster by grapheme cluster, combining marks joining the cell
    /// before them.
    mutating func writeEachCharacter(_ clean: String, x: Int, y: Int, style: Style, limit: Int) -> Int {
        var column = x
        for character in clean {
            let columns = TerminalWidth.of(character)
            if columns == 0 {
                appendToPrevious(character, x: column, y: y)
                continue
            }
            if column + columns > limit { break }
            place(String(character), columns: columns, x: column, y: y, style: style)
            column += columns
        }
        return max(0, column - x)
    }

    /// A character's cell and, for a wide one, its continuation; nothing left of the grid.
    private mutating func place(_ text: String, columns: Int, x: Int, y: Int, style: Style) {
        guard x >= 0 else { return }
        put(Cell(text: text, style: style), x: x, y: y)
        if columns == 2 { put(Cell(text: "", style: style, isContinuation: true), x: x + 1, y: y) }
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
        if cells[index].isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
        }
        // Only a wide character has a continuation after it: that test is cheap, measuring is not.
        if x + 1 < width, cells[index + 1].isContinuation, TerminalWidth.of(cells[index].text) == 2 {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Whether a scalar is a grapheme cluster of its own whatever surrounds it, and takes room:
    /// printable Latin (to U+02FF, before the combining marks), general punctuation but its
    /// joiners and invisible marks, and symbols, arrows, box drawing, blocks, shapes and
    /// dingbats. None of these has Unicode's Extend, ZWJ, Prepend, SpacingMark or Regional
    /// Indicator break property, so no neighbour can join them into one cluster.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x27BF:
            return TerminalWidth.of(scalar) > 0
        default:
            return false
        }
    }

    /// One string per printable ASCII byte, made once: a cell's text without a new String each.
    private static let asciiTexts: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

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
        guard let previous, previous.width == width, previous.height == height else {
            return cells.indices.map { CellChange(x: $0 % width, y: $0 / width, cell: cells[$0]) }
        }
        var result: [CellChange] = []
        cells.withUnsafeBufferPointer { now in
            previous.cells.withUnsafeBufferPointer { before in
                for index in now.indices where now[index] != before[index] {
                    result.append(CellChange(x: index % width, y: index / width, cell: now[index]))
                }
            }
        }
        return result
    }
}
