import Foundation
import NIOCore
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

/// `--no-etag` and `--no-gzip`: the sandbox behaves like an API offering neither.
@Suite struct NewHTTPFeatureSwitchTests {
    /// A sandbox on a manual clock with these switches, always stopped.
    private func with(
        etag: Bool, gzip: Bool, seedCharges: Int = 0, _ body: (Sandbox) async throws -> Void
    ) async throws {
        let clock = ManualClock(start: Sandbox.start)
        let options = SandboxOptions(
            port: 0, seedCharges: seedCharges, clock: clock.sandboxClock, etag: etag, gzip: gzip)
        let server = SandboxServer(options: options)
        _ = try await server.start()
        do {
            try await body(Sandbox(server: server, clock: clock, key: Sandbox.newKey()))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func withoutETagsEveryReadIsAFullAnswer() async throws {
        try await with(etag: false, gzip: true, seedCharges: 50) { sandbox in
            for path in ["/charges", "/transfers", "/settlements", "/checkouts", "/balances"] {
                let first = try await sandbox.call(.GET, path)
                #expect(first.status == 200, "\(path)")
                #expect(first.headers.first(name: "ETag") == nil, "\(path)")
                for tag in ["*", "W/\"anything\""] {
                    let again = try await sandbox.call(.GET, path, headers: [("If-None-Match", tag)])
                    #expect(again.status == 200, "\(path)")
                    #expect(again.headers.first(name: "ETag") == nil)
                    #expect(again.body == first.body, "\(path)")
                }
            }
            // Gzip still works on its own.
            let zipped = try await sandbox.call(.GET, "/charges", headers: [("Accept-Encoding", "gzip")])
            #expect(zipped.headers.first(name: "Content-Encoding") == "gzip")
        }
    }

    @Test func withoutGzipAnswersAreNeverCompressed() async throws {
        try await with(etag: true, gzip: false, seedCharges: 500) { sandbox in
            let plain = try await sandbox.call(.GET, "/charges")
            for path in ["/charges", "/balances", "/transfers"] {
                let asked = try await sandbox.call(.GET, path, headers: [("Accept-Encoding", "gzip, deflate")])
                #expect(asked.status == 200)
                #expect(asked.headers.first(name: "Content-Encoding") == nil, "\(path)")
                if path == "/charges" { #expect(asked.body == plain.body) }
            }
            // Errors too (the key check answers before any route).
            let refused = try await sandbox.call(.GET, "/charges", key: "nope", headers: [("Accept-Encoding", "*")])
            #expect(refused.status == 401)
            #expect(refused.headers.first(name: "Content-Encoding") == nil)
            #expect(refused.message == "Invalid API key")
            // ETags still work on their own.
            let etag = try #require(plain.headers.first(name: "ETag"))
            #expect(try await sandbox.call(.GET, "/charges", headers: [("If-None-Match", etag)]).status == 304)
        }
    }

    @Test func bothOffStillServesTheAPI() async throws {
        try await with(etag: false, gzip: false) { sandbox in
            let reference = try await sandbox.createCharge()
            let list = try await sandbox.call(
                .GET, "/charges", headers: [("If-None-Match", "*"), ("Accept-Encoding", "gzip")])
            #expect(list.status == 200)
            #expect(list.list.first?["reference"] as? String == reference)
            #expect(list.headers.first(name: "ETag") == nil)
            #expect(list.headers.first(name: "Content-Encoding") == nil)
            #expect(list.headers.first(name: "Vary") == nil)
        }
    }

    @Test func bothOnByDefault() {
        let options = SandboxOptions()
        #expect(options.etag)
        #expect(options.gzip)
    }
}
