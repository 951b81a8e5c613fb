import AsyncHTTPClient
import Foundation
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct ServerTests {
    @Test func pathsWithAndWithoutTrailingSlash() async throws {
        try await Sandbox.with { sandbox in
            for path in [
                "/balances", "/balances/", "/charges", "/charges/", "/transfers/", "/settlements/", "/checkouts/",
            ] {
                #expect(try await sandbox.call(.GET, path).status == 200, "\(path)")
            }
            let reference = try await sandbox.createCharge()
            #expect(try await sandbox.call(.GET, "/charges/\(reference)/").status == 200)
            let submit = try await sandbox.call(
                .POST, "/charges/submit/", json: ["otp": "123456", "charge_reference": reference])
            #expect(submit.status == 200)
            let checkout = try await sandbox.call(
                .POST, "/checkouts/initialize",
                json: ["amount": 600, "success_url": "https://a.bf/s", "cancel_url": "https://a.bf/c"])
            #expect(checkout.status == 201)
        }
    }

    @Test func unknownPathsAnswerInJSON() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(.GET, "/nothing-here")
            #expect(answer.status == 404)
            #expect(answer.json["status"] as? Bool == false)
            let wrongMethod = try await sandbox.call(.DELETE, "/charges")
            #expect(wrongMethod.status == 404)
            #expect(wrongMethod.json["status"] as? Bool == false)
        }
    }

    @Test func startReturnsTheBoundPortAndStopReallyStops() async throws {
        let server = SandboxServer(options: SandboxOptions(port: 0))
        let port = try await server.start()
        #expect(port > 0)
        #expect(server.baseURL == "http://127.0.0.1:\(port)")
        let sandbox = Sandbox(server: server, clock: ManualClock(), key: Sandbox.newKey())
        #expect(try await sandbox.call(.GET, "/balances").status == 200)
        await #expect(throws: SandboxServer.StartError.self) { try await server.start() }
        await server.stop()
        // Refused at once; the client would keep retrying the connection until its deadline.
        await #expect(throws: (any Error).self) {
            _ = try await sandbox.call(.GET, "/balances", timeout: .milliseconds(500))
        }
        await server.stop()
    }

    @Test func portInUseFailsToStart() async throws {
        let first = SandboxServer(options: SandboxOptions(port: 0))
        let port = try await first.start()
        let second = SandboxServer(options: SandboxOptions(port: port))
        await #expect(throws: (any Error).self) { try await second.start() }
        await first.stop()
    }

    @Test func timeAdvanceControlRoute() async throws {
        try await Sandbox.with { sandbox in
            let reference = try await sandbox.createCharge()
            let advanced = try await sandbox.raw(.POST, "/_sandbox/time/advance", json: ["seconds": 400])
            #expect(advanced.status == 200)
            #expect((advanced.data["now"] as? String) == "2024-08-18T12:06:40.000000Z")
            let answer = try await sandbox.call(
                .POST, "/charges/submit", json: ["otp": "123456", "charge_reference": reference])
            #expect(answer.errorCode == "OTP_EXPIRED")
        }
    }

    @Test func clientIPIsRecorded() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                .POST, "/transfers/", json: ["amount": 100, "recipient_phone": "65000000"])
            #expect(answer.data["ip_address"] as? String == "127.0.0.1")
        }
    }
}
