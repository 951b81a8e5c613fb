import Foundation
import Logging
import SenfenicoAPI
import Testing

@testable import Settings

@Suite struct FileLogHandlerTests {
    static let fixedTime = Date(timeIntervalSince1970: 1_723_985_583.25)  // 2024-08-18T12:53:03.250Z

    func logger(_ file: LogFile, label: String = "senfenico.test", redactor: Redactor = Redactor(key: nil)) -> Logger {
        var logger = Logger(label: label) { label in
            FileLogHandler(label: label, file: file, redactor: redactor, now: { Self.fixedTime })
        }
        logger.logLevel = .debug
        return logger
    }

    func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func writesOneLinePerMessageIntoAPrivateFileAndDirectory() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/state/senfenico/senfenico.log"
        let logger = logger(try LogFile(path: path))
        logger.info("dashboard starting", metadata: ["mode": "sandbox", "attempt": "1"])
        logger.warning("two\nlines \u{1B}[2J")
        #expect(
            try lines(path) == [
                "2024-08-18T12:53:03.250Z info senfenico.test: dashboard starting attempt=1 mode=sandbox",
                "2024-08-18T12:53:03.250Z warning senfenico.test: two\\nlines \\u{1b}[2J",
            ])
        #expect(try directory.mode(of: "state/senfenico/senfenico.log") == 0o600)
        #expect(try directory.mode(of: "state/senfenico") == 0o700)
    }

    @Test func appendsToAnExistingLogAndMakesItPrivate() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("earlier line\n", to: "old.log", mode: 0o644)
        logger(try LogFile(path: path)).error("later line")
        #expect(try lines(path).count == 2)
        #expect(try lines(path)[0] == "earlier line")
        #expect(try directory.mode(of: "old.log") == 0o600)
    }

    @Test func theLevelFiltersMessages() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/levels.log"
        let (sink, warning) = LogSink.open(.file(path), level: .info, redactor: Redactor(key: nil))
        #expect(warning == nil)
        #expect(sink.writesToFile)
        let logger = sink.logger(label: "senfenico.client")
        logger.debug("hidden")
        logger.info("shown")
        #expect(try lines(path).map { $0.hasSuffix("info senfenico.client: shown") } == [true])
    }

    @Test func aKeyNeverReachesTheFileInFull() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/keys.log"
        let key = APIKey(FakeKeys.live)!
        let logger = logger(try LogFile(path: path), redactor: Redactor(key: key))
        logger.info("using \(key)", metadata: ["key": "\(key.masked)"])
        // Even a mistake that writes the secret itself is caught before the disk.
        logger.info("oops \(FakeKeys.live)", metadata: ["header": "\(FakeKeys.live)"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains(FakeKeys.live))
        #expect(text.contains(key.masked))
        #expect(key.masked.hasPrefix("sk_live_…"))
    }

    @Test func aLogThatCannotBeOpenedIsAWarningAndNoLogging() throws {
        let directory = try TemporaryDirectory()
        let blocker = try directory.write("a file, not a directory", to: "blocker")
        let path = blocker + "/senfenico.log"
        let (sink, warning) = LogSink.open(.file(path), level: .debug, redactor: Redactor(key: nil))
        #expect(!sink.writesToFile)
        guard case .logFileUnavailable(let file, _)? = warning else {
            Issue.record("expected a warning, got \(String(describing: warning))")
            return
        }
        #expect(file == path)
        sink.logger(label: "senfenico").error("goes nowhere, without crashing")
        #expect(warning?.message(in: .french).contains("impossible d'écrire dans le journal") == true)
    }

    @Test func concurrentMessagesStayWholeLines() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/concurrent.log"
        let file = try LogFile(path: path)
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    let logger = logger(file, label: "task\(task)")
                    for index in 0..<50 { logger.info("message \(index) \(String(repeating: "x", count: 200))") }
                }
            }
        }
        let written = try lines(path)
        #expect(written.count == 400)
        #expect(written.allSatisfy { $0.hasPrefix("2024-08-18T12:53:03.250Z info task") && $0.hasSuffix("xxx") })
    }
}
