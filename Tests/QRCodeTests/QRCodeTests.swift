import Testing

@testable import QRCode

@Suite struct QRCodeTests {
    /// A checkout link with upper and lower case in its path, which byte mode must keep.
    static let checkout = "https://checkout.senfenico.com/pay/chk_AbC123?x=1"
    /// 300 characters: a version-13 symbol, with the several alignment patterns and the version
    /// information blocks (from version 7) that a short URL never exercises.
    static let long: String = {
        let base = "https://checkout.senfenico.com/pay/chk_AbC123?ref="
        let filler = "Xy7-Zq_9aB.~"
        return base + String(String(repeating: filler, count: 30).prefix(300 - base.count))
    }()

    @Test func theLongURLIsThreeHundredCharactersInALargeSymbol() throws {
        #expect(Self.long.count == 300)
        #expect(try QRMatrix.encode(Self.long).version == 13)
    }

    @Test(
        .enabled(if: Zbar.shouldRun, "zbarimg reads the code back: skipped outside CI when zbar-tools is missing"),
        arguments: [checkout, long])
    func pbmDecodesToTheSameText(url: String) throws {
        let matrix = try QRMatrix.encode(url)
        #expect(try Zbar.decode(matrix.pbm()) == url)
    }

    @Test(arguments: [checkout, long])
    func halfBlockArtOnABlackTerminalDecodesToTheSameText(url: String) throws {
        let matrix = try QRMatrix.encode(url)
        let lines = matrix.halfBlockLines()
        #expect(lines.count == matrix.textSize.height)
        #expect(lines.allSatisfy { $0.count == matrix.textSize.width })

        let modules = try HalfBlockArt.modules(lines)
        // The art is the matrix inside two light modules.
        #expect(modules.count == matrix.size + 4)
        for row in modules.indices {
            for column in modules.indices {
                let inSymbol = (2..<matrix.size + 2).contains(row) && (2..<matrix.size + 2).contains(column)
                let expected = inSymbol ? matrix.isDark(row: row - 2, column: column - 2) : false
                #expect(modules[row][column] == expected, "module \(row), \(column)")
            }
        }
        // Decoded as a camera sees it: surrounded by the dark terminal background (where zbarimg
        // is there: always under CI; the layout above is checked everywhere).
        if Zbar.shouldRun {
            #expect(try Zbar.decode(HalfBlockArt.plainPBM(modules, border: 3, scale: 4)) == url)
        }
    }

    @Test func versionOneTextIsTwentyOneModules() throws {
        let matrix = try QRMatrix.encode("senfenico")
        #expect(matrix.version == 1)
        #expect(matrix.size == 21)
        // The finder patterns' outer corners are dark, the fourth corner has none.
        #expect(matrix.isDark(row: 0, column: 0))
        #expect(matrix.isDark(row: 0, column: 20))
        #expect(matrix.isDark(row: 20, column: 0))
        #expect(matrix.textSize == (width: 25, height: 13))
        #expect(matrix.textSize(quietZone: 0) == (width: 21, height: 11))
        #expect(matrix.halfBlockLines(quietZone: 0).count == 11)
    }

    @Test func pbmIsARawBitmapWithItsQuietZone() throws {
        let matrix = try QRMatrix.encode("senfenico")
        let image = matrix.pbm(quietZone: 4, scale: 1)
        let header = Array("P4\n29 29\n".utf8)
        #expect(Array(image.prefix(header.count)) == header)
        // 29 pixels take 4 bytes a row; the first 4 rows are quiet zone, all light.
        #expect(image.count == header.count + 4 * 29)
        #expect(image[header.count..<header.count + 16].allSatisfy { $0 == 0 })
        // Row 4, pixel 4 is the finder's dark corner: bit 3 of the first byte.
        #expect(image[header.count + 16] == 0b0000_1111)
    }

    @Test func caseIsKept() throws {
        #expect(try QRMatrix.encode("https://x.bf/AbC") != QRMatrix.encode("https://x.bf/ABC"))
    }

    @Test func overLongTextIsAnErrorNotACrash() throws {
        let text = String(repeating: "a", count: 8000)
        #expect(throws: QRCodeError.tooLong(bytes: 8000, correction: .medium)) {
            try QRMatrix.encode(text)
        }
        // Just past version 40's capacity at low correction (2,953 bytes) is refused as well.
        #expect(throws: QRCodeError.tooLong(bytes: 2954, correction: .low)) {
            try QRMatrix.encode(String(repeating: "a", count: 2954), correction: .low)
        }
        #expect(try QRMatrix.encode(String(repeating: "a", count: 2953), correction: .low).size == 177)
        #expect(QRCodeError.tooLong(bytes: 8000, correction: .medium).description.contains("8000 bytes"))
    }

    @Test func emptyTextAndNulAreErrors() {
        #expect(throws: QRCodeError.empty) { try QRMatrix.encode("") }
        #expect(throws: QRCodeError.containsNul) { try QRMatrix.encode("a\u{0}b") }
    }
}
