/// The numbers ISO/IEC 18004 fixes per version and correction level: how the codewords of a
/// symbol are split into blocks, how many of them are error correction, where the alignment
/// patterns sit. Everything else in the encoder is computed from these.
enum QRVersionTables {
    /// The versions a symbol can have: 21 to 177 modules a side.
    static let versions = 1...40

    /// Error-correction codewords in each block, by level (L, M, Q, H) then version (index 0
    /// unused). Table 9 of the standard.
    private static let correctionCodewordsPerBlock: [[Int]] = [
        [
            -1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
        [
            -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
        ],
        [
            -1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
        [
            -1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30,
            30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
    ]

    /// Error-correction blocks in a symbol, by level then version (index 0 unused). Table 9.
    private static let correctionBlocks: [[Int]] = [
        [
            -1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17,
            18, 19, 19, 20, 21, 22, 24, 25,
        ],
        [
            -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28,
            29,
            31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
        ],
        [
            -1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38,
            40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
        ],
        [
            -1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42,
            45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
        ],
    ]

    /// Modules a side.
    static func size(of version: Int) -> Int { version * 4 + 17 }

    static func correctionCodewordsPerBlock(version: Int, correction: QRCorrection) -> Int {
        correctionCodewordsPerBlock[correction.tableIndex][version]
    }

    static func blockCount(version: Int, correction: QRCorrection) -> Int {
        correctionBlocks[correction.tableIndex][version]
    }

    /// Modules left for codewords once the finder, timing and alignment patterns and the format
    /// and version information are placed; a few of them (0 to 7) are remainder bits.
    static func rawDataModules(version: Int) -> Int {
        var modules = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignmentsPerSide = version / 7 + 2
            modules -= (25 * alignmentsPerSide - 10) * alignmentsPerSide - 55
            if version >= 7 { modules -= 36 }
        }
        return modules
    }

    /// All codewords of the symbol, data and correction.
    static func totalCodewords(version: Int) -> Int { rawDataModules(version: version) / 8 }

    /// Codewords left for data at this level.
    static func dataCodewords(version: Int, correction: QRCorrection) -> Int {
        totalCodewords(version: version) - correctionCodewordsPerBlock(version: version, correction: correction)
            * blockCount(version: version, correction: correction)
    }

    /// The row and column coordinates of the alignment patterns' centres (annex E): the first
    /// is always 6, the last `size - 7`, the others evenly spaced by an even step.
    static func alignmentCentres(version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        var centres = [6]
        var position = size(of: version) - 7
        var tail: [Int] = []
        while tail.count < count - 1 {
            tail.insert(position, at: 0)
            position -= step
        }
        centres.append(contentsOf: tail)
        return centres
    }
}
