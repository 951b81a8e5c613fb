extension QRMatrix {
    /// The code as text, two module rows per line, for a terminal.
    ///
    /// The convention: the ink (the foreground colour) draws the LIGHT modules, and the dark
    /// modules are left to the background. A view draws these lines in a light foreground on a
    /// black background, so the dark modules come out black and the light ones white, as phone
    /// cameras expect; drawing ink for the dark modules instead would give an inverted code that
    /// many readers refuse on a dark terminal. Each character is the top module row over the
    /// bottom one: "█" both light, "▀" only the top, "▄" only the bottom, " " both dark.
    ///
    /// The quiet zone is included, as ink. When the total number of rows is odd (always, as the
    /// symbol's side is odd) the last line's bottom half is not part of the code and is left to
    /// the background.
    ///
    /// Every line has exactly `textSize(quietZone:).width` characters, one terminal column each
    /// (the block characters are East Asian "ambiguous" width: a CJK locale may draw them two
    /// columns wide), and there are `textSize(quietZone:).height` lines.
    ///
    /// - Parameter quietZone: light modules around the symbol. Two is less than the standard's
    ///   four but reads well on phones and saves four lines of screen; the black around the art
    ///   does not count, since it is dark.
    public func halfBlockLines(quietZone: Int = 2) -> [String] {
        precondition(quietZone >= 0, "a quiet zone cannot be negative")
        let side = size + 2 * quietZone
        return stride(from: 0, to: side, by: 2).map { top in
            var line = String.UnicodeScalarView()
            for column in 0..<side {
                let topInk = !isDark(row: top, column: column, quietZone: quietZone)
                let bottomInk = top + 1 < side && !isDark(row: top + 1, column: column, quietZone: quietZone)
                switch (topInk, bottomInk) {
                case (true, true): line.append("█")
                case (true, false): line.append("▀")
                case (false, true): line.append("▄")
                case (false, false): line.append(" ")
                }
            }
            return String(line)
        }
    }

    /// The columns and lines `halfBlockLines(quietZone:)` fills, so a view can check the code
    /// fits before drawing it (a cut code does not read at all).
    public func textSize(quietZone: Int) -> (width: Int, height: Int) {
        let side = size + 2 * quietZone
        return (width: side, height: (side + 1) / 2)
    }

    /// The size of `halfBlockLines()` with its default quiet zone of 2.
    public var textSize: (width: Int, height: Int) { textSize(quietZone: 2) }
}
