/// The byte-mode bit stream of a text and its final codeword sequence: data padded to the
/// version's capacity, split into blocks, each block followed by its Reed-Solomon codewords,
/// and the blocks interleaved as the standard places them (ISO/IEC 18004, 7.4 to 7.6).
enum QRCodewords {
    /// The smallest version whose data capacity holds `bytes` bytes in byte mode, or nil when
    /// even version 40 is too small.
    static func smallestVersion(holding bytes: Int, correction: QRCorrection) -> Int? {
        QRVersionTables.versions.first { version in
            let capacityBits = QRVersionTables.dataCodewords(version: version, correction: correction) * 8
            return 4 + characterCountBits(version: version) + 8 * bytes <= capacityBits
        }
    }

    /// Byte mode's character-count field: 8 bits up to version 9, 16 from version 10.
    static func characterCountBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// Every codeword of the symbol, in placement order.
    static func make(_ bytes: [UInt8], version: Int, correction: QRCorrection) -> [UInt8] {
        interleave(data(bytes, version: version, correction: correction), version: version, correction: correction)
    }

    /// The data codewords: mode, count, the bytes, a terminator, then the pad bytes 0xEC 0x11.
    static func data(_ bytes: [UInt8], version: Int, correction: QRCorrection) -> [UInt8] {
        let capacityBits = QRVersionTables.dataCodewords(version: version, correction: correction) * 8
        var bits = BitWriter()
        bits.append(0b0100, count: 4)  // byte mode
        bits.append(bytes.count, count: characterCountBits(version: version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        precondition(bits.count <= capacityBits, "the version was chosen to hold the data")
        // Up to four zero bits end the data, then zeros to a whole byte.
        bits.append(0, count: min(4, capacityBits - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count * 8 < capacityBits {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits the data into the version's blocks (the short ones first, the long ones one
    /// codeword longer), appends each block's correction codewords, then takes the first
    /// codeword of every block, then the second, and so on.
    static func interleave(_ data: [UInt8], version: Int, correction: QRCorrection) -> [UInt8] {
        let blockCount = QRVersionTables.blockCount(version: version, correction: correction)
        let correctionLength = QRVersionTables.correctionCodewordsPerBlock(version: version, correction: correction)
        let total = QRVersionTables.totalCodewords(version: version)
        let shortBlocks = blockCount - total % blockCount
        let shortBlockLength = total / blockCount
        let shortDataLength = shortBlockLength - correctionLength
        let coder = ReedSolomon(degree: correctionLength)

        var blocks: [(data: ArraySlice<UInt8>, correction: [UInt8])] = []
        var start = data.startIndex
        for index in 0..<blockCount {
            let length = shortDataLength + (index < shortBlocks ? 0 : 1)
            let block = data[start..<start + length]
            blocks.append((block, coder.remainder(of: block)))
            start += length
        }
        precondition(start == data.endIndex, "the blocks hold the data exactly")

        var result: [UInt8] = []
        result.reserveCapacity(total)
        for column in 0...shortDataLength {
            for block in blocks where column < block.data.count {
                result.append(block.data[block.data.startIndex + column])
            }
        }
        for column in 0..<correctionLength {
            for block in blocks { result.append(block.correction[column]) }
        }
        precondition(result.count == total, "every codeword is placed once")
        return result
    }
}

/// Bits appended most significant first and read back as bytes.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    /// Appends the low `count` bits of `value`, the highest of them first.
    mutating func append(_ value: Int, count: Int) {
        precondition(count >= 0 && (count == 0 || value >> count == 0), "the value fits in its field")
        for shift in stride(from: count - 1, through: 0, by: -1) {
            if self.count % 8 == 0 { bytes.append(0) }
            if (value >> shift) & 1 == 1 { bytes[bytes.count - 1] |= 0x80 >> UInt8(self.count % 8) }
            self.count += 1
        }
    }
}
