import Foundation
import SenfenicoAPI
import Testing

@testable import PaymentJournal

@Suite struct FileStampTests {
    @Test func readingLeavesTheStampAndEveryWriteChangesIt() throws {
        let folder = TemporaryJournal()
        let till = try folder.open(terminal: "till-1")
        // A second process on the same file, as a second dashboard or `senfenico journal` is.
        let other = try folder.open(terminal: "till-2")
        let quiet = try #require(till.fileStamp())
        _ = try till.unfinished()
        _ = try other.unfinished()
        #expect(till.fileStamp() == quiet)

        let entry = try other.begin(amount: Money(francs: 500), phone: Fixture.phone, provider: .orange)
        let afterTheirs = try #require(till.fileStamp())
        #expect(afterTheirs != quiet)

        try till.update(entry.id) { $0.stage = .failed }
        #expect(till.fileStamp() != afterTheirs)
    }

    @Test func noFileNoStamp() throws {
        let folder = TemporaryJournal()
        let journal = try folder.open()
        try FileManager.default.removeItem(atPath: folder.directory)
        #expect(journal.fileStamp() == nil)
    }
}
