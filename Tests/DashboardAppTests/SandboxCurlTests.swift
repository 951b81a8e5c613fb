import DashboardCore
import Foundation
import SenfenicoAPI
import Testing

@testable import DashboardApp

/// The embedded sandbox's key in the developer view's copied `curl` commands: kept whole on
/// the sandbox only, every other key masked.
@Suite struct SandboxCurlTests {
    /// Built at run time: no key-shaped literal in the sources.
    static let sandboxKey = "sk_" + "test_" + "embedded_sandbox"
    static let otherKey = "sk_" + "test_" + "0123456789abcdefghij"

    @Test func theFeedHandsTheKeyToTheSandboxOnly() {
        let feed = RequestLogFeed()
        var sandbox = AppState(mode: .sandbox, now: .now())
        feed.prepare(&sandbox, opensExplorer: false)
        #expect(sandbox.requestLog.sandboxKey == nil, "no key given")

        feed.useSandboxKey(Self.sandboxKey)
        feed.prepare(&sandbox, opensExplorer: false)
        #expect(sandbox.requestLog.sandboxKey == SandboxKey(Self.sandboxKey))
        #expect(feed.publicKey(in: .sandbox) == Self.sandboxKey)

        for mode in [DashboardMode.test, .live] {
            var state = AppState(mode: mode, now: .now())
            feed.prepare(&state, opensExplorer: false)
            #expect(state.requestLog.sandboxKey == nil)
            #expect(feed.publicKey(in: mode) == nil)
        }

        let live = RequestLogFeed()
        live.useSandboxKey("sk_" + "live_" + "0123456789abcdef")
        #expect(live.publicKey(in: .sandbox) == nil, "a live key is never written into a command")
    }

    @Test func theCopiedTextKeepsTheSandboxKeyAndMasksAnyOther() {
        let command = "curl --header 'X-API-KEY: \(Self.sandboxKey)' --data '{\"k\":\"\(Self.otherKey)\"}'\u{1B}[2J"
        let kept = ClipboardCopy.sanitized(command, keeping: Self.sandboxKey)
        #expect(kept.contains("X-API-KEY: \(Self.sandboxKey)'"))
        #expect(!kept.contains(Self.otherKey))
        #expect(kept.contains(APIKey(Self.otherKey)!.masked))
        #expect(!kept.contains("\u{1B}"))

        let masked = ClipboardCopy.sanitized(command)
        #expect(!masked.contains(Self.sandboxKey) && !masked.contains(Self.otherKey))
        let live = "sk_" + "live_" + "0123456789abcdef"
        #expect(!ClipboardCopy.sanitized("key \(live)", keeping: live).contains(live))
    }
}
