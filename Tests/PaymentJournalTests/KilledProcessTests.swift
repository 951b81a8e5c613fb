import Foundation
import SenfenicoAPI
import Testing

@testable import PaymentJournal

// A real process killed with SIGKILL right after `begin` returns: the journal must already hold
// the charge. The child is this test binary itself, run with a filter that selects only
// `beginThenWaitToBeKilled`, so no other executable is needed. Linux only: on macOS tests run
// inside Apple's `xctest` host, which takes other arguments.
#if os(Linux)
    @Suite struct KilledProcessTests {
        static let childVariable = "SENFENICO_JOURNAL_TEST_CHILD"

        @Test func aBegunChargeSurvivesSIGKILL() throws {
            let temporary = TemporaryJournal()
            let child = Process()
            child.executableURL = URL(
                fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            child.arguments = [
                "--testing-library", "swift-testing", "--filter", "KilledProcessTests/beginThenWaitToBeKilled",
            ]
            child.environment = ProcessInfo.processInfo.environment.merging([Self.childVariable: temporary.path]) {
                $1
            }
            let output = Pipe()
            // The child's test report, shown only if it fails to begin a charge.
            let report = Pipe()
            // Held open by this process: the child waits on it, and ends by itself if we die.
            let input = Pipe()
            child.standardOutput = output
            child.standardInput = input
            child.standardError = report
            try child.run()

            let id = Self.readBegunID(from: output.fileHandleForReading)
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            try? input.fileHandleForWriting.close()

            let childReport = String(decoding: report.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let begunID = try #require(id, "the child never said it had begun a charge: \(childReport)")
            #expect(child.terminationReason == .uncaughtSignal)
            #expect(child.terminationStatus == SIGKILL)
            let unfinished = try temporary.open().unfinished()
            #expect(unfinished.map(\.id) == [begunID])
            #expect(unfinished.first?.stage == .sending)
            #expect(unfinished.first?.amount == Money(francs: 7_500))
        }

        /// Blocks until the child prints `BEGUN <id>`; nil when it ends without doing so.
        static func readBegunID(from handle: FileHandle) -> String? {
            var text = ""
            while true {
                let data = handle.availableData
                guard !data.isEmpty else { return nil }
                text += String(decoding: data, as: UTF8.self)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                // The last piece may be a line still being written.
                for line in lines.dropLast() where line.hasPrefix("BEGUN ") {
                    return String(line.dropFirst("BEGUN ".count))
                }
            }
        }

        /// The child's side: runs only when the parent test starts this binary for it.
        @Test(.enabled(if: ProcessInfo.processInfo.environment[childVariable] != nil))
        func beginThenWaitToBeKilled() throws {
            let path = try #require(ProcessInfo.processInfo.environment[Self.childVariable])
            let journal = try PaymentJournal(path: path, terminal: "child")
            let entry = try journal.begin(amount: Money(francs: 7_500), phone: Fixture.phone, provider: .orange)
            FileHandle.standardOutput.write(Data("BEGUN \(entry.id)\n".utf8))
            _ = FileHandle.standardInput.readDataToEndOfFile()
        }
    }
#endif
