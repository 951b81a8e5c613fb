import Foundation
import Testing

@testable import QRCode

/// The encoder against the standard: the committed golden symbols bit for bit, the byte-mode
/// capacity of every version at every level (ISO/IEC 18004 table 7, typed in here from the
/// standard, not computed by the code under test), and, where zbarimg is there, every version
/// read back by a real decoder.
@Suite struct QRStandardTests {
    /// Bytes that fit in byte mode, versions 1...40, per level: the standard's table 7.
    static let byteCapacity: [QRCorrection: [Int]] = [
        .low: [
            17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858, 929, 1003,
            1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809, 2953,
        ],
        .medium: [
            14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779,
            857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
        ],
        .quartile: [
            11, 20, 32, 46, 60, 74, 86, 108, 130, 151, 177, 203, 241, 258, 292, 322, 364, 394, 442, 482, 509, 565, 611,
            661, 715, 751, 805, 868, 908, 982, 1030, 1112, 1168, 1228, 1283, 1351, 1423, 1499, 1579, 1663,
        ],
        .high: [
            7, 14, 24, 34, 44, 58, 64, 84, 98, 119, 137, 155, 177, 194, 220, 250, 280, 310, 338, 382, 403, 439, 461,
            511, 535, 593, 625, 658, 698, 742, 790, 842, 898, 958, 983, 1051, 1093, 1139, 1219, 1273,
        ],
    ]

    /// A text of `length` bytes that no mode but byte mode would encode compactly.
    static func text(length: Int) -> String {
        String((0..<length).map { Character(UnicodeScalar(UInt8(97 + ($0 * 7) % 26))) })
    }

    @Test func theGoldenFolderHoldsEveryCase() {
        // Versions 1 to 40, every level, version information (7+), 16-bit counts (10+), UTF-8.
        #expect(GoldenMatrix.all.count == 10)
        #expect(Set(GoldenMatrix.all.map(\.correction)) == Set(QRCorrection.allCases))
    }

    @Test(arguments: GoldenMatrix.all)
    func theEncoderReproducesTheGoldenMatrix(golden: GoldenMatrix) throws {
        let matrix = try QRMatrix.encode(golden.text, correction: golden.correction)
        #expect(matrix.size == golden.rows.count)
        let produced = (0..<matrix.size).map { row in (0..<matrix.size).map { matrix.isDark(row: row, column: $0) } }
        let differing = zip(produced, golden.rows).reduce(0) { sum, rows in
            sum + zip(rows.0, rows.1).filter { $0 != $1 }.count
        }
        #expect(differing == 0, "\(differing) modules differ from \(golden.name)")
    }

    @Test(
        .enabled(if: Zbar.shouldRun, "zbarimg reads the golden symbols back: skipped outside CI without zbar-tools"),
        arguments: GoldenMatrix.all)
    func zbarReadsTheGoldenMatrix(golden: GoldenMatrix) throws {
        #expect(try Zbar.decode(golden.pbm()) == golden.text)
    }

    @Test(arguments: QRCorrection.allCases)
    func theSmallestVersionFollowsTheStandardsCapacity(correction: QRCorrection) throws {
        let capacities = try #require(Self.byteCapacity[correction])
        for (index, capacity) in capacities.enumerated() {
            let version = index + 1
            #expect(QRCodewords.smallestVersion(holding: capacity, correction: correction) == version)
            let next = QRCodewords.smallestVersion(holding: capacity + 1, correction: correction)
            #expect(next == (version == 40 ? nil : version + 1), "version \(version), \(capacity + 1) bytes")
        }
    }

    @Test func theTablesAgreeWithTheStandardsCodewordCounts() {
        // Total codewords of a few versions (table 1) and alignment centres (annex E, table E.1).
        #expect(QRVersionTables.totalCodewords(version: 1) == 26)
        #expect(QRVersionTables.totalCodewords(version: 7) == 196)
        #expect(QRVersionTables.totalCodewords(version: 40) == 3706)
        #expect(QRVersionTables.alignmentCentres(version: 2) == [6, 18])
        #expect(QRVersionTables.alignmentCentres(version: 7) == [6, 22, 38])
        #expect(QRVersionTables.alignmentCentres(version: 32) == [6, 34, 60, 86, 112, 138])
        #expect(QRVersionTables.alignmentCentres(version: 40) == [6, 30, 58, 86, 114, 142, 170])
    }

    @Test func reedSolomonMatchesTheStandardsWorkedExample() {
        // "HELLO WORLD" in alphanumeric mode at version 1-M, the classic worked example: its 16 data
        // codewords give these 10 error-correction codewords.
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(
            ReedSolomon(degree: 10).remainder(of: data[...]) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test(
        .enabled(if: Zbar.shouldRun, "zbarimg reads every version back: skipped outside CI without zbar-tools"),
        arguments: QRCorrection.allCases)
    func everyVersionAtFullCapacityReadsBack(correction: QRCorrection) throws {
        let capacities = try #require(Self.byteCapacity[correction])
        for (index, capacity) in capacities.enumerated() {
            let text = Self.text(length: capacity)
            let matrix = try QRMatrix.encode(text, correction: correction)
            #expect(matrix.version == index + 1)
            #expect(try Zbar.decode(matrix.pbm(scale: 2)) == text, "version \(index + 1) at \(correction)")
        }
    }
}
