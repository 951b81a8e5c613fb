import DashboardCore
import Foundation
import SenfenicoAPI
import Testing

@testable import DashboardApp

@Suite struct ActionInboxTests {
    @Test func drainReturnsActionsOldestFirstOnce() {
        let inbox = ActionInbox()
        let time = Timestamp(microsecondsSinceEpoch: 0)
        inbox.post(.tick(time))
        inbox.post(.trafficMeasured(bytes: 1))
        let first = inbox.drain()
        #expect(first.actions == [.tick(time), .trafficMeasured(bytes: 1)])
        #expect(first.stopSignal == nil)
        #expect(inbox.drain().actions.isEmpty)
    }

    @Test func theFirstStopSignalIsKept() {
        let inbox = ActionInbox()
        inbox.requestStop(signal: SIGTERM)
        inbox.requestStop(signal: SIGINT)
        #expect(inbox.drain().stopSignal == SIGTERM)
    }

    @Test func postsFromManyTasksAllArrive() async {
        let inbox = ActionInbox()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 { group.addTask { inbox.post(.trafficMeasured(bytes: 1)) } }
        }
        #expect(inbox.drain().actions.count == 100)
    }

    @Test func shippedThemesAreFoundFromThePackage() throws {
        let directory = try #require(
            ThemeDirectory.locate(
                currentDirectory: "/nonexistent", executable: "/nonexistent/bin/x", sourceFile: #filePath))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("monochrome.toml").path))
    }
}
