import DashboardCore
import Foundation
import SenfenicoAPI
import Testing

@testable import DashboardApp

/// The client's exchanges on their way to the developer view, and where `y` saves its command.
@Suite struct RequestLogFeedTests {
    func exchange(_ path: String) -> Exchange {
        Exchange(operation: .balances, path: path, status: 200, latency: .milliseconds(1))
    }

    func recorded(_ inbox: ActionInbox) -> [LoggedExchange] {
        inbox.drain().actions.compactMap {
            if case .exchangeRecorded(let entry) = $0 { return entry }
            return nil
        }
    }

    @Test func exchangesBeforeTheLoopStartsAreHandedOverNumberedInOrder() async throws {
        let feed = RequestLogFeed()
        feed.record(exchange("/a"))
        feed.record(exchange("/b"))
        let client = try SenfenicoClient(
            configuration: ClientConfiguration(
                apiKey: APIKey("sk_test_feed_0123456789")!, baseURL: "http://127.0.0.1:9/"))
        let inbox = ActionInbox()
        feed.connect(inbox, client: client)
        feed.record(exchange("/c"))
        let entries = recorded(inbox)
        #expect(entries.map(\.sequence) == [1, 2, 3])
        #expect(entries.map(\.exchange.path) == ["/a", "/b", "/c"])

        var state = AppState(mode: .sandbox, now: .now())
        feed.prepare(&state, opensExplorer: true)
        #expect(state.requestLog.baseURL == "http://127.0.0.1:9")
        #expect(state.explorer == ExplorerState())
        await client.shutdown()
    }

    @Test func exchangesFromManyTasksAreNumberedOnceEach() async throws {
        let feed = RequestLogFeed()
        let client = try SenfenicoClient(
            configuration: ClientConfiguration(
                apiKey: APIKey("sk_test_feed_0123456789")!, baseURL: "http://127.0.0.1:9"))
        let inbox = ActionInbox()
        feed.connect(inbox, client: client)
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<200 { group.addTask { feed.record(self.exchange("/\(index)")) } }
        }
        #expect(Set(recorded(inbox).map(\.sequence)) == Set(1...200))
        await client.shutdown()
    }

    @Test func theScriptGoesUnderXDGStateHomeElseHome() {
        #expect(
            ClipboardCopy.scriptPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
                == "/s/senfenico/last-request.sh")
        // A relative XDG value is invalid and ignored, as the specification says.
        #expect(
            ClipboardCopy.scriptPath(environment: ["XDG_STATE_HOME": "s", "HOME": "/h"])
                == "/h/.local/state/senfenico/last-request.sh")
    }

    @Test func theScriptIsReadableByItsOwnerOnlyAndReplacedWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("senfenico/last-request.sh").path
        #expect(ClipboardCopy.save("curl one\n", to: path) == nil)
        #expect(ClipboardCopy.save("curl two\n", to: path) == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "curl two\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let entries = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(entries == ["last-request.sh"])
        #expect(ClipboardCopy.save("x", to: "/proc/none/last-request.sh") != nil)
    }
}
