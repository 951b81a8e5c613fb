import Foundation
import Testing

@testable import SenfenicoAPI

/// `Exchange.curlCommand`: what the developer view copies and saves to `last-request.sh`.
@Suite struct CurlCommandTests {
    static let base = "http://127.0.0.1:8123"

    @Test func aReadHasMethodURLAndHeadersButNoBody() {
        let exchange = Exchange(
            operation: .balances, path: "/v1/payment/balances", status: 200, latency: .milliseconds(12))
        #expect(
            exchange.curlCommand(baseURL: Self.base + "/") == """
                curl --request GET 'http://127.0.0.1:8123/v1/payment/balances' \\
                  --header "X-API-KEY: $SENFENICO_API_KEY" \\
                  --header 'Accept: application/json'
                """)
    }

    @Test func aPostCarriesItsBodySingleQuotedWithContentType() {
        let body = #"{"amount":"1000","phone":"76000000","provider":"orange_bf"}"#
        let exchange = Exchange(
            operation: .chargeCreate, path: "/v1/payment/charges/", status: 201, latency: .milliseconds(80),
            requestBody: body)
        let command = exchange.curlCommand(baseURL: "https://api.senfenico.com")
        #expect(command.hasPrefix("curl --request POST 'https://api.senfenico.com/v1/payment/charges/' \\\n"))
        #expect(command.contains("--header 'Content-Type: application/json'"))
        #expect(command.hasSuffix("--data '\(body)'"))
    }

    @Test func singleQuotesInTheBodyAreEscaped() {
        #expect(Exchange.shellQuoted("it's") == #"'it'\''s'"#)
        #expect(Exchange.shellQuoted("") == "''")
        #expect(Exchange.shellQuoted(#"$HOME `id` \n"#) == #"'$HOME `id` \n'"#)
    }

    /// The command is run by `sh` with `curl` replaced by a function printing its arguments:
    /// every argument arrives exactly, the key comes from the environment.
    @Test func theShellReadsBackExactlyWhatWasSent() throws {
        let body = #"{"note":"l'été $HOME `id` \"quoted\" back\\slash","x":"'"}"#
        let exchange = Exchange(
            operation: .transferCreate, path: "/v1/payment/transfers/", status: nil, latency: .seconds(2),
            requestBody: body, failure: "timed out")
        let script =
            "curl() { for a in \"$@\"; do printf '<%s>\\n' \"$a\"; done; }\n"
            + exchange.curlCommand(baseURL: Self.base)
        let output = try Self.sh(script, environment: ["SENFENICO_API_KEY": "sk_test_from_env"])
        #expect(
            output == """
                <--request>
                <POST>
                <http://127.0.0.1:8123/v1/payment/transfers/>
                <--header>
                <X-API-KEY: sk_test_from_env>
                <--header>
                <Accept: application/json>
                <--header>
                <Content-Type: application/json>
                <--data>
                <\(body)>

                """)
    }

    @Test func noKeyEverReachesTheCommand() {
        // Built at run time so that no live-looking key is written in the source.
        let liveKey = "sk_live_" + String(repeating: "a", count: 16)
        let exchange = Exchange(
            operation: .chargeCreate, path: "/v1/payment/charges/\(liveKey)", status: 400,
            latency: .milliseconds(5),
            requestBody: #"{"k":"sk_test_0123456789abcdef","m":"sk_test_…cdef","n":"task_test_ok sk_other"}"#)
        let command = exchange.curlCommand(baseURL: Self.base)
        // `task_test_ok` is a word of its own, not a key.
        #expect(!command.replacingOccurrences(of: "task_test_ok", with: "").contains("sk_test_"))
        #expect(!command.contains("sk_live_"))
        #expect(command.contains("$SENFENICO_API_KEY"))
        #expect(command.contains(#"{"k":"[API key removed]","m":"[API key removed]","n":"task_test_ok sk_other"}"#))
        #expect(command.contains("/v1/payment/charges/[API key removed]'"))
    }

    @Test func truncationIsToldFromTheByteCount() {
        let small = Exchange(operation: .balances, path: "/", status: 200, latency: .zero, responseSample: "{}")
        #expect(!small.isResponseTruncated)
        #expect(small.responseBytes == 2)
        let sample = String(repeating: "a", count: ClientConfiguration.defaultExchangeBodyLimit)
        let large = Exchange(
            operation: .chargeList, path: "/", status: 200, latency: .zero, responseSample: sample,
            responseBytes: 90_000)
        #expect(large.isResponseTruncated)
    }

    private static func sh(_ script: String, environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
