extension QRMatrix {
    /// The code as a raw ("P4") netpbm bitmap, ready to write to a `.pbm` file: any image tool and
    /// decoder (zbarimg) reads it, which is how the tests prove the encoding, and it needs no
    /// image library. In PBM 1 is black, so a dark module is 1.
    ///
    /// - Parameters:
    ///   - quietZone: light modules added on each side; the standard asks for 4, and readers
    ///     find the code less reliably with less.
    ///   - scale: pixels per module side, at least 1.
    /// - Returns: the file's bytes: a text header, then each pixel row packed 8 pixels a byte,
    ///   most significant bit first, padded to a whole byte.
    public func pbm(quietZone: Int = 4, scale: Int = 4) -> [UInt8] {
        precondition(quietZone >= 0, "a quiet zone cannot be negative")
        precondition(scale >= 1, "a module is at least one pixel")
        let side = (size + 2 * quietZone) * scale
        let bytesPerRow = (side + 7) / 8
        var bytes = Array("P4\n\(side) \(side)\n".utf8)
        bytes.reserveCapacity(bytes.count + bytesPerRow * side)
        var row = [UInt8](repeating: 0, count: bytesPerRow)
        for y in 0..<side {
            for index in row.indices { row[index] = 0 }
            for x in 0..<side where isDark(row: y / scale, column: x / scale, quietZone: quietZone) {
                row[x / 8] |= 0x80 >> UInt8(x % 8)
            }
            bytes.append(contentsOf: row)
        }
        return bytes
    }
}
