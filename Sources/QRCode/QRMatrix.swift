import CQREncode

/// A QR code as a square of dark and light modules, without its quiet zone. It is plain data:
/// drawing it (a PBM image, half blocks in a terminal) is done by the extensions beside it, so the
/// one C call and its memory stay in this file.
public struct QRMatrix: Sendable, Hashable {
    /// Modules per side, quiet zone excluded: 21 for version 1, 4 more per version, 177 at most.
    public let size: Int
    /// The symbol version (1...40) libqrencode chose: the smallest that holds the text.
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
    /// The text goes in byte mode, its UTF-8 bytes unchanged. `QRcode_encodeString` would be
    /// shorter for some texts, but only because it may upper-case letters to use the
    /// alphanumeric mode, and a checkout URL such as `.../pay/chk_AbC123` is case-sensitive:
    /// upper-cased, it names another (or no) checkout. No ECI header is written; readers take
    /// ASCII (all a URL is) as is and detect UTF-8 for the rest.
    ///
    /// libqrencode is thread-safe when built with pthreads, as Debian and Homebrew build it, so
    /// this may be called from any task.
    public static func encode(_ text: String, correction: QRCorrection = .medium) throws(QRCodeError) -> QRMatrix {
        let bytes = text.utf8.count
        guard bytes > 0 else { throw .empty }
        guard !text.utf8.contains(0) else { throw .containsNul }
        let result: Result<QRMatrix, QRCodeError> = text.withCString { cString in
            // Version 0: let libqrencode pick the smallest version that fits.
            guard let code = QRcode_encodeString8bit(cString, 0, correction.level) else {
                // Read errno at once, before anything else can overwrite it.
                let errno = cqr_errno()
                return .failure(
                    errno == cqr_erange() ? .tooLong(bytes: bytes, correction: correction) : .rejected(errno: errno))
            }
            defer { QRcode_free(code) }
            let size = Int(code.pointee.width)
            // Each byte describes one module with flags in its upper bits; bit 0 alone says dark.
            let data = UnsafeBufferPointer(start: code.pointee.data, count: size * size)
            return .success(QRMatrix(size: size, version: Int(code.pointee.version), modules: data.map { $0 & 1 != 0 }))
        }
        return try result.get()
    }
}
