import Foundation
import SenfenicoAPI

@testable import PaymentJournal

/// A fresh folder per test, with the journal path inside it; removed when the test lets go.
final class TemporaryJournal {
    let directory: String
    /// Below a folder that does not exist yet, so opening must create it.
    let path: String

    init() {
        directory =
            FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-journal-\(UUID().uuidString)")
            .path
        path = directory + "/data/senfenico/journal.sqlite"
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func open(terminal: String? = "till-1") throws(JournalError) -> PaymentJournal {
        try PaymentJournal(path: path, terminal: terminal)
    }

    func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// Fixed instants and values, so no test depends on the clock.
enum Fixture {
    static func time(_ text: String) -> Timestamp { Timestamp(iso8601: text)! }
    static let morning = time("2025-03-14T08:00:00Z")
    static let phone = PhoneNumber("76 00 00 00")!
    static let otherPhone = PhoneNumber("70 12 34 56")!
}
