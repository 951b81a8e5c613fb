import Foundation
import Testing

extension TerminalSessions {
    /// The developer view as a developer uses it: the built binary with `--explorer`, a real
    /// terminal (tmux), the embedded sandbox.
    @Suite(.timeLimit(.minutes(3))) struct ExplorerEndToEndTests {
        @Test func logsTheBalanceCallShowsItsJSONAndSavesItAsCurlWithTheSandboxKey() async throws {
            let session = try TmuxSession.start(["--explorer"])
            defer { session.close() }
            try await session.waitFor("Developer view")
            try await session.waitFor("/v1/payment/balances")
            let row = session.screen().split(separator: "\n").first { $0.contains("GET     /v1/payment/balances") }
            #expect(row?.contains(" 200 ") == true, "balance call not logged with 200:\n\(session.screen())")

            try await select("/v1/payment/balances", in: session)
            try session.send("Enter")
            // The answer, pretty-printed: one key per line, indented.
            try await session.waitFor(#""collection_balances": {"#)
            try await session.waitFor(#"  "status": true,"#)
            try session.send("y")
            try await session.waitFor("last-request.sh")

            let path = "\(session.home)/state/senfenico/last-request.sh"
            let script = try String(contentsOfFile: path, encoding: .utf8)
            #expect(script.contains("curl --request GET 'http://127.0.0.1:"), "\(script)")
            #expect(script.contains("/v1/payment/balances'"), "\(script)")
            // The embedded sandbox's key is public: the saved command carries it and runs as is
            // (against Senfenico it reads $SENFENICO_API_KEY). The screen shows it masked only.
            let sandboxKey = "sk_" + "test_" + "embedded_sandbox"
            #expect(script.contains("--header 'X-API-KEY: \(sandboxKey)'"), "\(script)")
            #expect(!script.contains("$SENFENICO_API_KEY"), "\(script)")
            #expect(!session.screen().contains("embedded_sandbox"), "the key in full on:\n\(session.screen())")
            let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(permissions == 0o600)

            try session.send("Escape")
            try await session.waitFor("Enter full view")
            try session.send("Escape")
            try await session.waitFor("100 000 F CFA")
            try session.send("q")
            try await session.waitFor("EXITED:0")
        }

        /// Moves the list's selection (`›`) onto the row showing `path`, one key at a time: new
        /// requests keep arriving on top, but a moved selection stays on its request.
        private func select(_ path: String, in session: TmuxSession) async throws {
            for _ in 0..<30 {
                let rows = session.screen().split(separator: "\n").map(String.init)
                guard let selected = rows.firstIndex(where: { $0.hasPrefix("│› ") }),
                    let target = rows.firstIndex(where: { $0.hasPrefix("│  ") && $0.contains(" \(path) ") })
                        ?? (rows[selected].contains(" \(path) ") ? selected : nil)
                else {
                    try await Task.sleep(for: .milliseconds(200))
                    continue
                }
                if rows[selected].contains(" \(path) ") { return }
                try session.send(target > selected ? "j" : "k")
                try await Task.sleep(for: .milliseconds(300))
            }
            throw EndToEndFailure("could not select \(path):\n\(session.screen())")
        }
    }
}
