/// One symbol being drawn: the function patterns, the codewords in their zigzag, the mask with
/// the lowest penalty, and the format and version information (ISO/IEC 18004, 7.7 to 7.10).
/// Coordinates are (row, column) from the top-left module.
struct QRSymbol {
    let version: Int
    let size: Int
    /// Row by row, `true` for a dark module.
    private(set) var modules: [Bool]
    /// Modules that belong to a pattern or to format/version information: never data, never masked.
    private var isFunction: [Bool]

    init(version: Int) {
        self.version = version
        size = QRVersionTables.size(of: version)
        modules = Array(repeating: false, count: size * size)
        isFunction = Array(repeating: false, count: size * size)
    }

    /// The finished symbol for these codewords: patterns, data, then every mask tried and the
    /// one with the lowest penalty kept (the first of equals, so the result is deterministic).
    static func draw(codewords: [UInt8], version: Int, correction: QRCorrection) -> QRSymbol {
        var symbol = QRSymbol(version: version)
        symbol.drawFunctionPatterns()
        symbol.place(codewords)
        var best = (mask: 0, penalty: Int.max)
        for mask in 0..<8 {
            symbol.applyMask(mask)
            symbol.drawFormatBits(correction: correction, mask: mask)
            let penalty = QRPenalty.score(symbol.modules, size: symbol.size)
            if penalty < best.penalty { best = (mask, penalty) }
            symbol.applyMask(mask)  // XOR again undoes it
        }
        symbol.applyMask(best.mask)
        symbol.drawFormatBits(correction: correction, mask: best.mask)
        return symbol
    }

    private mutating func setFunction(row: Int, column: Int, dark: Bool) {
        modules[row * size + column] = dark
        isFunction[row * size + column] = true
    }

    // MARK: Function patterns

    private mutating func drawFunctionPatterns() {
        for index in 0..<size {
            setFunction(row: 6, column: index, dark: index % 2 == 0)
            setFunction(row: index, column: 6, dark: index % 2 == 0)
        }
        drawFinder(row: 3, column: 3)
        drawFinder(row: 3, column: size - 4)
        drawFinder(row: size - 4, column: 3)

        let centres = QRVersionTables.alignmentCentres(version: version)
        let last = centres.count - 1
        for (rowIndex, row) in centres.enumerated() {
            for (columnIndex, column) in centres.enumerated() {
                // The three corners with a finder pattern get no alignment pattern.
                let onFinder =
                    (rowIndex == 0 && columnIndex == 0) || (rowIndex == 0 && columnIndex == last)
                    || (rowIndex == last && columnIndex == 0)
                if !onFinder { drawAlignment(row: row, column: column) }
            }
        }
        // Reserve the format areas now (drawn for real once the mask is chosen).
        drawFormatBits(correction: .medium, mask: 0)
        drawVersionBits()
    }

    /// A 7x7 finder with its light separator, clipped at the symbol's edges.
    private mutating func drawFinder(row: Int, column: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let r = row + dy
                let c = column + dx
                guard (0..<size).contains(r) && (0..<size).contains(c) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(row: r, column: c, dark: ring != 2 && ring != 4)
            }
        }
    }

    private mutating func drawAlignment(row: Int, column: Int) {
        for dy in -2...2 {
            for dx in -2...2 {
                setFunction(row: row + dy, column: column + dx, dark: max(abs(dx), abs(dy)) != 1)
            }
        }
    }

    /// The 15-bit format information (level and mask, BCH-protected, XOR 0x5412), twice: around
    /// the top-left finder and split between the other two. Also the one always-dark module.
    private mutating func drawFormatBits(correction: QRCorrection, mask: Int) {
        let data = correction.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }

        for index in 0...5 { setFunction(row: index, column: 8, dark: bit(index)) }
        setFunction(row: 7, column: 8, dark: bit(6))
        setFunction(row: 8, column: 8, dark: bit(7))
        setFunction(row: 8, column: 7, dark: bit(8))
        for index in 9..<15 { setFunction(row: 8, column: 14 - index, dark: bit(index)) }

        for index in 0..<8 { setFunction(row: 8, column: size - 1 - index, dark: bit(index)) }
        for index in 8..<15 { setFunction(row: size - 15 + index, column: 8, dark: bit(index)) }
        setFunction(row: size - 8, column: 8, dark: true)
    }

    /// From version 7: the version number with its Golay code, as two 6x3 blocks.
    private mutating func drawVersionBits() {
        guard version >= 7 else { return }
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = version << 12 | remainder
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            let near = index / 3
            let far = size - 11 + index % 3
            setFunction(row: near, column: far, dark: dark)
            setFunction(row: far, column: near, dark: dark)
        }
    }

    // MARK: Data

    /// Places the codewords' bits in two-module-wide columns from the bottom-right corner,
    /// going up then down, skipping the vertical timing pattern's column and every function
    /// module. Remainder modules stay light.
    private mutating func place(_ codewords: [UInt8]) {
        let totalBits = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for offset in 0..<2 {
                    let column = right - offset
                    let index = row * size + column
                    guard !isFunction[index] && bitIndex < totalBits else { continue }
                    modules[index] = (codewords[bitIndex >> 3] >> UInt8(7 - (bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
        precondition(bitIndex == totalBits, "every codeword bit has a module")
    }

    /// Flips the data modules where mask pattern `mask` (0...7) says so.
    private mutating func applyMask(_ mask: Int) {
        for row in 0..<size {
            for column in 0..<size where !isFunction[row * size + column] {
                let flip: Bool
                switch mask {
                case 0: flip = (row + column) % 2 == 0
                case 1: flip = row % 2 == 0
                case 2: flip = column % 3 == 0
                case 3: flip = (row + column) % 3 == 0
                case 4: flip = (row / 2 + column / 3) % 2 == 0
                case 5: flip = row * column % 2 + row * column % 3 == 0
                case 6: flip = (row * column % 2 + row * column % 3) % 2 == 0
                default: flip = ((row + column) % 2 + row * column % 3) % 2 == 0
                }
                if flip { modules[row * size + column].toggle() }
            }
        }
    }
}
