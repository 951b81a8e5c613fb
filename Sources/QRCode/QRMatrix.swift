/// A QR code as a square of dark and light modules, without its quiet zone. It is plain data:
/// drawing it (a PBM image, half blocks in a terminal) is done by the extensions beside it, so the
/// encoding itself lives in `QRCodewords` and `QRSymbol`.
public struct QRMatrix: Sendable, Hashable {
    /// Modules per side, quiet zone excluded: 21 for version 1, 4 more per version, 177 at most.
    public let size: Int
    /// The symbol version (1...40): the smallest that holds the text.
    public let version: Int
    /// Row by row, `true` for a dark module.
    let modules: [Bool]

    init(size: Int, version: Int, modules: [Bool]) {
        precondition(modules.count == size * size, "a QR matrix is square")
        self.size = size
        self.version = version
        self.modules = modules
    }

    /// Whether the module at `row`, `column` (both in `0..<size`) is dark.
    public func isDark(row: Int, column: Int) -> Bool {
        precondition((0..<size).contains(row) && (0..<size).contains(column), "module outside the symbol")
        return modules[row * size + column]
    }

    /// The same, in the coordinates of the symbol surrounded by `quietZone` modules on each side:
    /// everything in the quiet zone (and beyond) is light, as the standard requires.
    func isDark(row: Int, column: Int, quietZone: Int) -> Bool {
        let row = row - quietZone
        let column = column - quietZone
        guard (0..<size).contains(row) && (0..<size).contains(column) else { return false }
        return modules[row * size + column]
    }

    /// Encodes `text` as the smallest symbol that holds it at `correction`.
    ///
    /// The text goes in byte mode, its UTF-8 bytes unchanged: a checkout URL such as
    /// `.../pay/chk_AbC123` is case-sensitive, so the alphanumeric mode (upper case only) would
    /// name another (or no) checkout. No ECI header is written; readers take ASCII (all a URL
    /// is) as is and detect UTF-8 for the rest. The encoder is plain Swift (ISO/IEC 18004), so
    /// the shipped binary needs no QR library, and it may be called from any task.
    public static func encode(_ text: String, correction: QRCorrection = .medium) throws(QRCodeError) -> QRMatrix {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .empty }
        guard !bytes.contains(0) else { throw .containsNul }
        guard let version = QRCodewords.smallestVersion(holding: bytes.count, correction: correction) else {
            throw .tooLong(bytes: bytes.count, correction: correction)
        }
        let codewords = QRCodewords.make(bytes, version: version, correction: correction)
        let symbol = QRSymbol.draw(codewords: codewords, version: version, correction: correction)
        return QRMatrix(size: symbol.size, version: version, modules: symbol.modules)
    }
}
