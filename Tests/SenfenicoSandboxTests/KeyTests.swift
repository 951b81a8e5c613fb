import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct KeyTests {
    @Test func refusesMissingMalformedAndLiveKeys() async throws {
        try await Sandbox.with { sandbox in
            let refused: [String?] = [
                nil, "nope", "sk_test_short", "sk_live_" + "0123456789abcdef", "pk_test_0123456789abcdef",
            ]
            for key in refused {
                let answer = try await sandbox.call(.GET, "/balances", key: .some(key))
                #expect(answer.status == 401, "\(String(describing: key))")
                #expect(keys(answer.json) == Fields.plainError)
                #expect(answer.json["status"] as? Bool == false)
                #expect(answer.message == "Invalid API key")
            }
        }
    }

    @Test func eachTestKeyHasItsOwnAccount() async throws {
        try await Sandbox.with { sandbox in
            let reference = try await sandbox.createCharge()
            var other = sandbox
            other.key = Sandbox.newKey()
            #expect(try await other.call(.GET, "/charges/\(reference)").status == 404)
            #expect(try await sandbox.call(.GET, "/charges/\(reference)").status == 200)
        }
    }

    @Test func restrictedKeyIsTheOnlyOneAccepted() async throws {
        let key = Sandbox.newKey()
        try await Sandbox.with(restrictedKey: key) { sandbox in
            #expect(try await sandbox.call(.GET, "/balances").status == 200)
            let other = try await sandbox.call(.GET, "/balances", key: .some(Sandbox.newKey()))
            #expect(other.status == 401)
            #expect(other.message == "Invalid API key")
        }
    }

    @Test func refusesToStartWithALiveRestrictedKey() async throws {
        let server = SandboxServer(options: SandboxOptions(port: 0, restrictedKey: "sk_live_" + "0123456789abcdef"))
        await #expect(throws: SandboxServer.StartError.self) { try await server.start() }
    }

    @Test func refusesToListenOutsideLoopback() async throws {
        let server = SandboxServer(options: SandboxOptions(host: "0.0.0.0", port: 0))
        await #expect(throws: SandboxServer.StartError.self) { try await server.start() }
    }
}
