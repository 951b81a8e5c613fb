import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `senfenico sandbox` prints each request, and `senfenico logs tail` follows them from
/// another process: a charge made with curl shows in both, with the key's fingerprint only.
@Suite(.serialized) struct LogsTailTests {
    static let key = "sk_test_" + "logs" + "tail12345678"

    @Test func logsTailSeesAChargeMadeWithCurl() async throws {
        try await BinarySandbox.with { sandbox in
            // Found through the registry: no --base-url.
            let tail = try sandbox.start(["logs", "tail", "--json"])
            defer { tail.stop() }
            try await Self.waitUntilFollowing(tail)

            try Self.charge(at: sandbox.url, phone: "76000000")
            let line = try await tail.waitForOutput(containing: "/v1/payment/charges/", seconds: 30)
            let entry = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
            #expect(entry["method"] as? String == "POST")
            #expect(entry["status"] as? Int == 201)
            #expect((entry["account"] as? String)?.count == 12)
            #expect(entry["error_code"] is NSNull)
            #expect(!tail.output.contains(Self.key))

            // The sandbox's own line, in text.
            _ = try await sandbox.waitForLine(containing: "/v1/payment/charges/")
            #expect(!sandbox.output.contains(Self.key))

            // Ctrl-C ends the follow, with success.
            #expect(await tail.interrupt() == 0)
        }
    }

    @Test func statusAndPathFiltersKeepOnlyWhatMatches() async throws {
        try await BinarySandbox.with(["--quiet"]) { sandbox in
            let tail = try sandbox.start([
                "logs", "tail", "--base-url", sandbox.url, "--status", "4xx", "--path", "charges",
            ])
            defer { tail.stop() }
            try await Self.waitUntilFollowing(tail)

            try Self.charge(at: sandbox.url, phone: "76000000")  // 201: filtered out
            try Self.charge(at: sandbox.url, phone: "76000002")  // 400 INVALID_ACCOUNT: shown
            try Self.curl(["-s", "-o", "/dev/null", sandbox.url + "/v1/payment/nowhere"])  // 404, other path
            let line = try await tail.waitForOutput(containing: "INVALID_ACCOUNT", seconds: 30)
            #expect(line.contains("POST"))
            #expect(line.contains(" 400 "))
            try await Task.sleep(for: .milliseconds(500))
            let lines = tail.output.split(separator: "\n")
            #expect(lines.count == 1, "\(tail.output)")
            // --quiet: the sandbox printed its start line only.
            #expect(!sandbox.output.contains("/v1/payment/"))
            #expect(await tail.interrupt() == 0)
        }
    }

    @Test func noSandboxRunningIsSaidPlainly() async throws {
        let result = try await CLI.run(
            ["logs", "tail"],
            environment: ["XDG_RUNTIME_DIR": FileManager.default.temporaryDirectory.path + "/none-\(UUID())"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No sandbox is running"))
        let bad = try await CLI.run(["logs", "tail", "--status", "4zz", "--base-url", "http://127.0.0.1:1"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--status"))
    }

    /// The follow is on once `logs tail` said so on standard error and the sandbox counts its
    /// request; a short pause covers the moment between the two.
    static func waitUntilFollowing(_ tail: LongRunningCLI) async throws {
        for _ in 0..<200 where !tail.errors.contains("Ctrl-C") {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(tail.errors.contains("Ctrl-C"), "\(tail.errors)")
        try await Task.sleep(for: .milliseconds(500))
    }

    /// A charge as the reference's curl sample makes it.
    static func charge(at url: String, phone: String) throws {
        try curl([
            "-s", "-o", "/dev/null", "--location", url + "/v1/payment/charges/", "--header", "X-API-KEY: \(key)",
            "--header", "Content-Type: application/json", "--data",
            #"{"amount": "500", "currency": "XOF", "payment_method": "mobile_money", "payment_method_details": {"phone": "\#(phone)", "provider": "orange_bf"}}"#,
        ])
    }

    /// curl when the machine has it (CI installs it); otherwise the same request from Foundation,
    /// said on the test's output.
    static func curl(_ arguments: [String]) throws {
        let path = ["/usr/bin/curl", "/bin/curl", "/usr/local/bin/curl"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let path else {
            print("curl is not installed: the request is sent by Foundation instead")
            try foundationRequest(arguments)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
    }

    private static func foundationRequest(_ arguments: [String]) throws {
        let url = try #require(arguments.first { $0.hasPrefix("http://") }.flatMap(URL.init(string:)))
        var request = URLRequest(url: url)
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--header":
                let parts = arguments[index + 1].split(separator: ":", maxSplits: 1)
                request.setValue(parts[1].trimmingCharacters(in: .whitespaces), forHTTPHeaderField: String(parts[0]))
                index += 1
            case "--data":
                request.httpMethod = "POST"
                request.httpBody = Data(arguments[index + 1].utf8)
                index += 1
            default: break
            }
            index += 1
        }
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { _, _, _ in done.signal() }.resume()
        done.wait()
    }
}

extension BinarySandbox {
    /// A line of the sandbox's own output containing `text`.
    func waitForLine(containing text: String) async throws -> String {
        for _ in 0..<400 {
            if let line = output.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CLIFailure("the sandbox printed no line with \(text): \(output)")
    }
}
