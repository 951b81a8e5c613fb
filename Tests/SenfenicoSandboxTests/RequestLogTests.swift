import AsyncHTTPClient
import Foundation
import NIOCore
import SenfenicoAPI
import Synchronization
import Testing

@testable import SenfenicoSandbox

/// The sandbox's request log: one entry per request answered, with the key's fingerprint and
/// never the key, kept in a ring and followed over `GET /_sandbox/logs?follow=1`.
@Suite struct RequestLogTests {
    static let sample = RequestLogEntry(
        time: Date(timeIntervalSince1970: 1_723_982_400.125), method: "POST", path: "/v1/payment/charges/",
        status: 400, durationMilliseconds: 12, account: "3f2a9c0d1e4b", errorCode: "INVALID_ACCOUNT")

    @Test func textLineHasEveryColumnInOrder() throws {
        let line = Self.sample.textLine(timeZone: try #require(TimeZone(identifier: "UTC")))
        #expect(line == "12:00:00.125 POST   /v1/payment/charges/         400    12 ms 3f2a9c0d1e4b INVALID_ACCOUNT")
        var quiet = Self.sample
        quiet.account = nil
        quiet.errorCode = nil
        quiet.status = 200
        #expect(
            quiet.textLine(timeZone: try #require(TimeZone(identifier: "UTC"))).hasSuffix(
                " 200    12 ms -            -"))
    }

    @Test func jsonLineIsOneObjectReadBackTheSame() throws {
        let line = Self.sample.jsonLine
        #expect(!line.contains("\n"))
        #expect(
            line
                == #"{"time":"2024-08-18T12:00:00.125Z","method":"POST","path":"/v1/payment/charges/","status":400,"duration_ms":12,"account":"3f2a9c0d1e4b","error_code":"INVALID_ACCOUNT"}"#
        )
        #expect(RequestLogEntry(jsonLine: line) == Self.sample)
        #expect(RequestLogEntry(jsonLine: "") == nil)
        #expect(RequestLogEntry(jsonLine: "not json") == nil)
        #expect(RequestLogFormat.json.line(Self.sample) == line)
    }

    @Test func theRingKeepsTheNewestInOrder() {
        let book = RequestLogBook(capacity: 3)
        for status in 200..<205 {
            var entry = Self.sample
            entry.status = status
            book.add(entry)
        }
        #expect(book.recent.map(\.status) == [202, 203, 204])
    }

    @Test func everyRequestIsLoggedWithItsFingerprintAndErrorCodeNeverItsKey() async throws {
        try await Sandbox.with { sandbox in
            let fingerprint = try #require(APIKey(sandbox.key)).fingerprint
            _ = try await sandbox.call(.GET, "/balances?secret=kept-out")
            _ = try await sandbox.call(.POST, "/charges/", json: chargeBody(phone: "76000002"))
            _ = try await sandbox.call(.POST, "/charges/", json: ["amount": "ten"])
            _ = try await sandbox.call(.GET, "/balances", key: "nope")
            _ = try await sandbox.raw(.GET, "/v1/nowhere")
            _ = try await sandbox.raw(.GET, "/_sandbox/logs")

            let entries = sandbox.server.requestLog.recent
            #expect(
                entries.map(\.path) == [
                    "/v1/payment/balances", "/v1/payment/charges/", "/v1/payment/charges/", "/v1/payment/balances",
                    "/v1/nowhere",
                ])
            #expect(entries.map(\.method) == ["GET", "POST", "POST", "GET", "GET"])
            #expect(entries.map(\.status) == [200, 400, 400, 401, 404])
            #expect(entries.map(\.errorCode) == [nil, "INVALID_ACCOUNT", "VALIDATION_ERROR", nil, nil])
            #expect(entries.map(\.account) == [fingerprint, fingerprint, fingerprint, nil, nil])
            for entry in entries {
                #expect(!entry.jsonLine.contains(sandbox.key))
                #expect(!entry.textLine().contains(sandbox.key))
                #expect(!entry.jsonLine.contains("kept-out"))
            }

            let served = try await sandbox.raw(.GET, "/_sandbox/logs?limit=2")
            #expect(served.headers.first(name: "Content-Type") == "application/x-ndjson")
            let lines = served.text.split(separator: "\n").map(String.init)
            #expect(lines == entries.suffix(2).map(\.jsonLine))
        }
    }

    @Test func theStandaloneSandboxPrintsEachRequest() async throws {
        let printed = Mutex<[RequestLogEntry]>([])
        var options = SandboxOptions(port: 0)
        options.requestLogPrinter = { entry in printed.withLock { $0.append(entry) } }
        let server = SandboxServer(options: options)
        _ = try await server.start()
        var request = HTTPClientRequest(url: server.baseURL + "/_sandbox/health")
        request.method = .GET
        _ = try? await testClient.execute(request, timeout: .seconds(30)).body.collect(upTo: 1 << 20)
        await server.stop()
        #expect(printed.withLock { $0.map(\.path) } == ["/_sandbox/health"])
    }

    @Test func aFollowerSeesRequestsAsTheyHappenAndEndsWithTheSandbox() async throws {
        let clock = ManualClock(start: Sandbox.start)
        let server = SandboxServer(options: SandboxOptions(port: 0, clock: clock.sandboxClock))
        _ = try await server.start()
        let sandbox = Sandbox(server: server, clock: clock, key: Sandbox.newKey())
        do {
            _ = try await sandbox.call(.GET, "/balances")
            let request = HTTPClientRequest(url: server.baseURL + "/_sandbox/logs?follow=1")
            let response = try await testClient.execute(request, timeout: .seconds(60))
            #expect(response.status.code == 200)
            var lines: [String] = []
            var pending = ""
            var madeCharge = false
            for try await part in response.body {
                pending += String(buffer: part)
                while let newline = pending.firstIndex(of: "\n") {
                    lines.append(String(pending[..<newline]))
                    pending = String(pending[pending.index(after: newline)...])
                }
                if !madeCharge {
                    // The recent requests came first; now one made while following.
                    #expect(lines.first.flatMap(RequestLogEntry.init(jsonLine:))?.path == "/v1/payment/balances")
                    madeCharge = true
                    _ = try await sandbox.call(.POST, "/charges/", json: chargeBody(phone: "76000000"))
                }
                if lines.contains(where: { RequestLogEntry(jsonLine: $0)?.path == "/v1/payment/charges/" }) { break }
            }
            let charge = lines.compactMap(RequestLogEntry.init(jsonLine:)).last
            #expect(charge?.status == 201)
            #expect(charge?.method == "POST")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        #expect(server.requestLog.followerCount == 0)
    }

    private func chargeBody(phone: String) -> [String: Any] {
        ["amount": 500, "payment_method_details": ["phone": phone, "provider": "orange_bf"]]
    }
}
