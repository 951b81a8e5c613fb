import BulkTransfers
import Foundation
import Localization
import SenfenicoAPI
import Testing

/// A bulk file is read as a stream and bounded: at most `maximumRows` rows and `maximumBytes`
/// bytes, and reading stops as soon as either is passed.
@Suite struct BulkFileLimitsTests {
    @Test func theRowLimitIsNamedWithItsNumber() throws {
        let issue = BulkFileIssue.tooManyRows(limit: BulkPreview.maximumRows)
        #expect(issue.message.french == "Le fichier a plus de 10 000 lignes ; découpez-le.")
        #expect(issue.message.english == "The file has more than 10 000 rows; split it.")
        #expect(BulkFileIssue.tooLarge(limit: 16 * 1024 * 1024).message.french.contains("16 Mo"))
    }

    @Test func exactlyTheLimitIsReadOneMoreIsRefused() throws {
        let header = "amount,recipient_phone\n"
        let three = header + String(repeating: "100,76000000\n", count: 3)
        #expect(try BulkPreview.parse(stream: InputStream(data: Data(three.utf8)), rowLimit: 3).rowsRead == 3)
        // Blank lines and the header do not count.
        let spaced = header + "\n" + String(repeating: "100,76000000\n\n", count: 3)
        #expect(try BulkPreview.parse(stream: InputStream(data: Data(spaced.utf8)), rowLimit: 3).rowsRead == 3)
        let four = header + String(repeating: "100,76000000\n", count: 4)
        #expect(throws: BulkFileIssue.tooManyRows(limit: 3)) {
            try BulkPreview.parse(stream: InputStream(data: Data(four.utf8)), rowLimit: 3)
        }
    }

    /// An endless source: if the whole file were read first, this would never return.
    @Test func anEndlessFileStopsAtTheRowLimitHavingReadLittle() throws {
        let source = EndlessRows()
        #expect(throws: BulkFileIssue.tooManyRows(limit: BulkPreview.maximumRows)) {
            try BulkPreview.parse(stream: source)
        }
        // 10 001 rows of 14 bytes, plus at most a few read-ahead chunks.
        #expect(source.bytesRead < 1_000_000, "\(source.bytesRead) bytes read")
    }

    @Test func aTenMegabyteFileOnDiskStopsEarly() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let row = "100,76000000\n"
        let rows = 10 * 1024 * 1024 / row.utf8.count
        #expect(rows > 800_000)
        try Data(String(repeating: row, count: rows).utf8).write(to: url)
        let started = ContinuousClock.now
        #expect(throws: BulkFileIssue.tooManyRows(limit: BulkPreview.maximumRows)) {
            try BulkPreview.parse(stream: try BulkFileSource.open(path: url.path))
        }
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func oneEndlessCellStopsAtTheByteLimit() throws {
        let text = "100,76000000,,\"" + String(repeating: "x", count: 5_000)
        #expect(throws: BulkFileIssue.tooLarge(limit: 1_000)) {
            try BulkPreview.parse(stream: InputStream(data: Data(text.utf8)), byteLimit: 1_000)
        }
    }

    @Test func filesThatCannotBeOpenedSayWhyInBothLanguages() throws {
        let missing = "/nonexistent/\(UUID().uuidString).csv"
        do {
            _ = try BulkFileSource.open(path: missing)
            Issue.record("opened a missing file")
        } catch {
            #expect(error.message.french == "Impossible de lire \(missing) : fichier introuvable")
            #expect(error.message.english == "Cannot read \(missing): no such file")
        }
        #expect(throws: BulkFileIssue.cannotOpen(path: "/tmp", reason: Strings.Input.fileIsFolder)) {
            try BulkFileSource.open(path: "/tmp")
        }
    }

    @Test func utf16IsNotTakenForText() {
        let bytes: [UInt8] =
            [0xFF, 0xFE] + Array("100,76000000\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(throws: BulkFileIssue.notText) { try BulkPreview.parse(bytes: bytes) }
    }
}

/// `100,76000000\n` forever, counting the bytes handed out.
final class EndlessRows: InputStream {
    private let row = Array("100,76000000\n".utf8)
    private var offset = 0
    private var status: Stream.Status = .notOpen
    private(set) var bytesRead = 0

    init() { super.init(data: Data()) }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var streamError: (any Error)? { nil }
    override var hasBytesAvailable: Bool { true }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        for index in 0..<maxLength {
            buffer[index] = row[offset]
            offset = (offset + 1) % row.count
        }
        bytesRead += maxLength
        return maxLength
    }
}
