import AsyncHTTPClient
import Foundation
import NIOCore
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct FaultTests {
    @Test func parsesTheDocumentedExamples() throws {
        let drop = try FaultRule.parse("POST /v1/payment/charges/=drop")
        #expect(drop.method == "POST")
        #expect(drop.pathPrefix == "/v1/payment/charges/")
        #expect(drop.dropConnection)
        #expect(drop.errorRate == 0)

        let latency = try FaultRule.parse("GET /v1/payment/balances=latency:2000")
        #expect(latency.latency == .milliseconds(2000))

        let error = try FaultRule.parse("*=error:0.5,code:INTERNAL_ERROR,status:500")
        #expect(error.method == nil)
        #expect(error.pathPrefix == "*")
        #expect(error.errorRate == 0.5)
        #expect(error.errorCode == .internalError)
        #expect(error.errorHTTPStatus == 500)

        let malformed = try FaultRule.parse("GET /v1/payment/charges=malformed")
        #expect(malformed.malformedBody)

        let implied = try FaultRule.parse("POST /v1/payment/transfers/bulk=code:RATE_LIMIT_EXCEEDED,status:429")
        #expect(implied.errorRate == 1)
        #expect(implied.errorCode == .rateLimitExceeded)

        for bad in [
            "", "drop", "GET /x", "GET /x=", "GET x=drop", "*=error:2", "*=code:NOPE", "*=latency:soon", "*=explode",
        ] {
            #expect(throws: FaultRule.ParseError.self, "\(bad)") { try FaultRule.parse(bad) }
        }
        // Written back in the same syntax.
        #expect(try FaultRule.parse(error.description) == error)
        #expect(try FaultRule.parse(latency.description) == latency)
    }

    @Test func pathMatching() throws {
        let prefix = try FaultRule.parse("POST /v1/payment/charges/=drop")
        #expect(prefix.matches(method: "POST", path: "/v1/payment/charges"))
        #expect(prefix.matches(method: "post", path: "/v1/payment/charges/submit"))
        #expect(!prefix.matches(method: "GET", path: "/v1/payment/charges"))
        #expect(!prefix.matches(method: "POST", path: "/v1/payment/chargesX"))
        let exact = try FaultRule.parse("POST /v1/payment/charges/$=drop")
        #expect(exact.matches(method: "POST", path: "/v1/payment/charges/"))
        #expect(!exact.matches(method: "POST", path: "/v1/payment/charges/submit"))
    }

    @Test func environmentVariable() throws {
        let rules = try SandboxServer.faults(fromEnvironment: [
            "SENFENICO_SANDBOX_FAULTS": "GET /v1/payment/balances=latency:10; POST /v1/payment/charges/$=drop;"
        ])
        #expect(rules.count == 2)
        #expect(try SandboxServer.faults(fromEnvironment: [:]).isEmpty)
        #expect(throws: FaultRule.ParseError.self) {
            try SandboxServer.faults(fromEnvironment: ["SENFENICO_SANDBOX_FAULTS": "nonsense"])
        }
    }

    @Test func latency() async throws {
        let rules = [try FaultRule.parse("GET /v1/payment/balances=latency:300")]
        // `throws` spelled out: a closure whose only `try`s are inside #expect is inferred non-throwing.
        try await Sandbox.with(faults: rules) { sandbox throws in
            let timer = ContinuousClock()
            let start = timer.now
            #expect(try await sandbox.call(.GET, "/balances").status == 200)
            #expect(timer.now - start >= .milliseconds(300))
            #expect(try await sandbox.call(.GET, "/charges").status == 200)
        }
        // Other routes get no latency: checked on the plan, not with a clock (no upper time
        // bound holds on a loaded machine).
        let board = FaultBoard(rules)
        #expect(board.plan(method: "GET", path: "/v1/payment/balances").latency == .milliseconds(300))
        #expect(board.plan(method: "GET", path: "/v1/payment/charges").latency == .zero)
        #expect(board.plan(method: "POST", path: "/v1/payment/balances").latency == .zero)
    }

    @Test func errorsInsteadOfProcessing() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.setFaults([try FaultRule.parse("POST /v1/payment/charges/$=error")])
            let failed = try await sandbox.call(
                .POST, "/charges/", json: chargeBody(phone: "76000000", provider: "orange_bf"))
            #expect(failed.status == 500)
            #expect(keys(failed.json) == Fields.paymentError)
            #expect(failed.errorCode == "INTERNAL_ERROR")
            #expect(failed.message == "An internal error occurred. Please try again later.")
            await sandbox.server.setFaults([])
            // Nothing was created.
            #expect(try await sandbox.call(.GET, "/charges").list.isEmpty)

            await sandbox.server.setFaults([try FaultRule.parse("*=code:RATE_LIMIT_EXCEEDED,status:429")])
            let limited = try await sandbox.call(.GET, "/balances")
            #expect(limited.status == 429)
            #expect(limited.errorCode == "RATE_LIMIT_EXCEEDED")
            #expect(limited.headers.first(name: "Retry-After") == "1")

            await sandbox.server.setFaults([try FaultRule.parse("*=error:0")])
            #expect(try await sandbox.call(.GET, "/balances").status == 200)
        }
    }

    @Test func errorRateIsAProbability() async throws {
        let rules = [try FaultRule.parse("GET /v1/payment/balances=error:0.5")]
        try await Sandbox.with(faults: rules) { sandbox in
            var failures = 0
            for _ in 0..<60 where try await sandbox.call(.GET, "/balances").status == 500 { failures += 1 }
            #expect((8...52).contains(failures))
        }
    }

    @Test func droppedConnectionAfterProcessing() async throws {
        let rules = [try FaultRule.parse("POST /v1/payment/charges/$=drop")]
        try await Sandbox.with(faults: rules) { sandbox in
            await #expect(throws: (any Error).self) {
                _ = try await sandbox.call(
                    .POST, "/charges/", json: chargeBody(phone: "76000000", provider: "orange_bf"))
            }
            // The charge exists although its creator never heard back.
            let rows = try await sandbox.call(.GET, "/charges").list
            #expect(rows.count == 1)
            // Submits are not dropped by the exact-path rule.
            let reference = try #require(rows.first?["reference"] as? String)
            let submit = try await sandbox.call(
                .POST, "/charges/submit", json: ["otp": "123456", "charge_reference": reference])
            #expect(submit.status == 200)
        }
    }

    @Test func malformedBody() async throws {
        let rules = [try FaultRule.parse("GET /v1/payment/charges=malformed")]
        try await Sandbox.with(faults: rules) { sandbox in
            _ = try await sandbox.createCharge()
            let answer = try await sandbox.call(.GET, "/charges")
            #expect(answer.status == 200)
            #expect(answer.body.readableBytes > 10)
            #expect((try? JSONSerialization.jsonObject(with: Data(answer.body.readableBytesView))) == nil)
            #expect(answer.text.hasPrefix("{\"status\":true"))
            // Compressed, the truncated JSON is still what arrives once inflated.
            let zipped = try await sandbox.call(.GET, "/charges", headers: [("Accept-Encoding", "gzip")])
            #expect(try Gzip.decompress(zipped.body) == answer.body)
        }
    }

    @Test func controlRoutes() async throws {
        try await Sandbox.with { sandbox in
            let put = try await sandbox.raw(
                .PUT, "/_sandbox/faults", json: ["GET /v1/payment/balances=error,code:NETWORK_ERROR,status:503"])
            #expect(put.status == 200)
            #expect(put.json["data"] as? [String] == ["GET /v1/payment/balances=error,code:NETWORK_ERROR,status:503"])
            let failed = try await sandbox.call(.GET, "/balances")
            #expect(failed.status == 503)
            #expect(failed.errorCode == "NETWORK_ERROR")

            let post = try await sandbox.raw(
                .POST, "/_sandbox/faults", json: ["faults": ["GET /v1/payment/charges=latency:1"]])
            #expect((post.json["data"] as? [String])?.count == 2)
            #expect(sandbox.server.faults.count == 2)
            let listed = try await sandbox.raw(.GET, "/_sandbox/faults")
            #expect((listed.json["data"] as? [String])?.count == 2)

            let bad = try await sandbox.raw(.PUT, "/_sandbox/faults", json: ["nonsense"])
            #expect(bad.status == 400)
            #expect(sandbox.server.faults.count == 2)

            let deleted = try await sandbox.raw(.DELETE, "/_sandbox/faults")
            #expect((deleted.json["data"] as? [String]) == [])
            #expect(try await sandbox.call(.GET, "/balances").status == 200)

            // Faults never touch the control routes.
            await sandbox.server.setFaults([try FaultRule.parse("*=error")])
            #expect(try await sandbox.raw(.GET, "/_sandbox/health").status == 200)
        }
    }
}
