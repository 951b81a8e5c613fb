import Foundation
import Testing

extension CommandRuns {
    /// With a live key, money moves only once its amount is confirmed: without a terminal (as
    /// here) by `--confirm-live AMOUNT`, else nothing leaves the machine.
    @Suite struct LiveConfirmationTests {
        /// Built at run time so that no live-looking key is written in the source.
        static let liveKey = "sk_live_" + String(repeating: "0", count: 16)

        static func environment(_ baseURL: String) -> [String: String] {
            ["SENFENICO_API_KEY": liveKey, "SENFENICO_BASE_URL": baseURL]
        }

        @Test func withoutTheOptionOrWithAnotherAmountNothingIsSent() async throws {
            let listener = try SilentListener()
            let environment = Self.environment(listener.baseURL)
            let commands: [(arguments: [String], amount: String)] = [
                (["charges", "create", "--amount", "1 500", "--phone", "76000000"], "1500"),
                (["transfers", "create", "--amount", "2000", "--phone", "70000000", "--ext-id", "live-1"], "2000"),
                (["settlements", "create", "--amount", "5000"], "5000"),
            ]
            for (arguments, amount) in commands {
                let missing = try await CLI.run(arguments + ["--timeout", "5"], environment: environment)
                #expect(missing.status == 2, "\(arguments): \(missing.stderr)")
                #expect(missing.stderr.contains("add --confirm-live \(amount)"), "\(missing.stderr)")
                #expect(missing.stderr.contains("Nothing was sent."))

                let wrong = try await CLI.run(
                    arguments + ["--confirm-live", "15000", "--timeout", "5", "--json"], environment: environment)
                #expect(wrong.status == 2, "\(arguments): \(wrong.stderr)")
                #expect(wrong.stderr.contains("--confirm-live 15000 does not match the amount to send (\(amount))"))
                #expect(wrong.stdout.isEmpty)
            }
            let french = try await CLI.run(
                ["settlements", "create", "--amount", "5000", "--lang", "fr"], environment: environment)
            #expect(french.stderr.contains("Mode LIVE (argent réel) et aucun terminal pour demander"))
            #expect(listener.connections() == 0)
        }

        @Test func theRightAmountLetsTheRequestLeave() async throws {
            try await CLISandbox.with { sandbox in
                // The sandbox takes test keys only: reaching it (401, exit 3) proves the request left.
                let environment = Self.environment("http://127.0.0.1:\(sandbox.port)")
                let charge = try await CLI.run(
                    ["charges", "create", "--amount", "1500", "--phone", "76000000", "--confirm-live", "1 500"],
                    environment: environment)
                #expect(charge.status == 3, "\(charge.stderr)")
                #expect(charge.stderr.contains("LIVE — real money."))
                let settlement = try await CLI.run(
                    ["settlements", "create", "--amount", "5000", "--confirm-live", "5000"], environment: environment)
                #expect(settlement.status == 3, "\(settlement.stderr)")

                // Test mode never asks.
                let test = try await sandbox.run(["transfers", "create", "--amount", "1000", "--phone", "70000000"])
                #expect(test.status == 0, "\(test.stderr)")
            }
        }

        @Test(.enabled(if: TerminalRun.available))
        func onATerminalTheAmountIsTyped() async throws {
            let listener = try SilentListener()
            let environment = Self.environment(listener.baseURL)
            let arguments = ["transfers", "create", "--amount", "1500", "--phone", "70000000", "--timeout", "2"]
            let wrong = try await TerminalRun.run(arguments, environment: environment, typed: "150\n")
            #expect(wrong.status == 1, "\(wrong.stdout)")
            #expect(wrong.stdout.contains("LIVE — real money. Type the amount (1500) to confirm:"))
            #expect(wrong.stdout.contains("The amount typed does not match: nothing is sent."))
            let empty = try await TerminalRun.run(arguments, environment: environment, typed: "\n")
            #expect(empty.status == 1, "\(empty.stdout)")
            #expect(listener.connections() == 0)

            let right = try await TerminalRun.run(arguments, environment: environment, typed: "1 500\n")
            #expect(right.status != 1 && right.status != 2, "\(right.stdout)")
            #expect(listener.connections() > 0)
        }

        @Test func aBulkFileNeedsItsTotal() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("pay.csv")
            try "100,76000000\n250,70000000\n".write(to: file, atomically: true, encoding: .utf8)

            let listener = try SilentListener()
            let silent = Self.environment(listener.baseURL)
            let missing = try await CLI.run(
                ["transfers", "bulk", file.path, "--yes", "--timeout", "5"], environment: silent)
            #expect(missing.status == 2, "\(missing.stderr)")
            #expect(missing.stderr.contains("add --confirm-live 350"))
            let wrong = try await CLI.run(
                ["transfers", "bulk", file.path, "--yes", "--confirm-live", "100", "--timeout", "5"],
                environment: silent)
            #expect(wrong.status == 2, "\(wrong.stderr)")
            #expect(listener.connections() == 0)

            try await CLISandbox.with { sandbox in
                let right = try await CLI.run(
                    ["transfers", "bulk", file.path, "--yes", "--confirm-live", "350"],
                    environment: Self.environment("http://127.0.0.1:\(sandbox.port)"))
                #expect(right.status == 3, "\(right.stderr)")
            }
        }
    }
}
