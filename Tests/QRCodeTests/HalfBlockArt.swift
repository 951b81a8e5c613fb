/// Reads `QRMatrix.halfBlockLines` back the way a camera sees them on a black terminal: ink is
/// light, everything else (including the bottom half of the last line) is dark.
enum HalfBlockArt {
    /// The modules the lines draw, `true` for dark, row by row; square, so the pad row of the
    /// last line is dropped (and checked to carry no ink).
    static func modules(_ lines: [String]) throws -> [[Bool]] {
        var rows: [[Bool]] = []
        for line in lines {
            var top: [Bool] = []
            var bottom: [Bool] = []
            for character in line {
                switch character {
                case "█": top.append(false); bottom.append(false)
                case "▀": top.append(false); bottom.append(true)
                case "▄": top.append(true); bottom.append(false)
                case " ": top.append(true); bottom.append(true)
                default: throw Zbar.Failure(description: "unexpected character \(character) in the art")
                }
            }
            rows.append(top)
            rows.append(bottom)
        }
        let side = rows.first?.count ?? 0
        guard rows.allSatisfy({ $0.count == side }) else {
            throw Zbar.Failure(description: "the art's lines differ in width")
        }
        while rows.count > side {
            guard rows.removeLast().allSatisfy({ $0 }) else {
                throw Zbar.Failure(description: "ink below the last module row")
            }
        }
        return rows
    }

    /// `modules` as a plain ("P1") netpbm image, `scale` pixels a module, with `border` dark
    /// modules around: the black terminal background the art sits on.
    static func plainPBM(_ modules: [[Bool]], border: Int, scale: Int) -> [UInt8] {
        let side = modules.count + 2 * border
        var text = "P1\n\(side * scale) \(side * scale)\n"
        for row in 0..<side {
            var line = ""
            for column in 0..<side {
                let inside = (border..<border + modules.count)
                let dark =
                    inside.contains(row) && inside.contains(column)
                    ? modules[row - border][column - border] : true
                line += String(repeating: dark ? "1 " : "0 ", count: scale)
            }
            text += String(repeating: line + "\n", count: scale)
        }
        return Array(text.utf8)
    }
}
