import Foundation
import Testing

extension CommandRuns {
    /// Errors go to standard error with their code, standard output holds at most Senfenico's own
    /// answer (with --json), and each class of error has its own exit status.
    @Suite struct ErrorTests {
        @Test func anUnknownChargeExitsWithTheAPIStatus() async throws {
            try await CLISandbox.with { sandbox in
                let result = try await sandbox.run(["charges", "get", "ch_doesnotexist", "--json"])
                #expect(result.status == 4)
                #expect(try result.object()["status"] as? Bool == false)
                #expect(result.stderr.contains("error: Charge not found (HTTP 404)"))
            }
        }

        @Test func aDocumentedCodeIsOnStandardError() async throws {
            try await CLISandbox.with { sandbox in
                let created = try await sandbox.run([
                    "charges", "create", "--amount", "1000", "--phone", "76000000", "--json",
                ])
                let reference = try #require(try created.data()["reference"] as? String)
                let result = try await sandbox.run(["charges", "submit-otp", reference, "--otp", "111111", "--json"])
                #expect(result.status == 4)
                #expect(try result.object()["error_code"] as? String == "OTP_INVALID")
                #expect(result.stderr.contains("[OTP_INVALID]"))

                let french = try await sandbox.run([
                    "charges", "submit-otp", reference, "--otp", "111111", "--lang", "fr",
                ])
                #expect(french.stderr.contains("erreur : "))
                #expect(french.stderr.contains("[OTP_INVALID]"))

                let poor = try await sandbox.run(["transfers", "create", "--amount", "150000", "--phone", "70000000"])
                #expect(poor.status == 4)
                #expect(poor.stderr.contains("[INSUFFICIENT_FUNDS]"))
            }
        }

        @Test func badKeys() async throws {
            try await CLISandbox.with { sandbox in
                let malformed = try await sandbox.run(["balance"], environment: ["SENFENICO_API_KEY": "bad"])
                #expect(malformed.status == 3)
                #expect(malformed.stdout.isEmpty)
                #expect(malformed.stderr.lowercased().contains("invalid api key"))
                let french = try await sandbox.run(
                    ["balance", "--lang", "fr"], environment: ["SENFENICO_API_KEY": "bad"])
                #expect(french.status == 3)
                #expect(french.stderr.contains("Clé API invalide"))

                // Well formed, refused by the server (the sandbox takes test keys only). Built at run
                // time so that no live-looking key is written in the source.
                let liveKey = "sk_live_" + String(repeating: "0", count: 16)
                let refused = try await sandbox.run(["balance", "--json"], environment: ["SENFENICO_API_KEY": liveKey])
                #expect(refused.status == 3)
                #expect(try refused.object()["status"] as? Bool == false)
                #expect(refused.stderr.contains("Invalid API key"))

                // From a file, the same.
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("key-\(UUID().uuidString)")
                try "\(sandbox.key)\n".write(to: file, atomically: true, encoding: .utf8)
                defer { try? FileManager.default.removeItem(at: file) }
                let fromFile = try await CLI.run(
                    [
                        "balance", "--json", "--api-key-file", file.path, "--base-url",
                        "http://127.0.0.1:\(sandbox.port)",
                    ])
                #expect(fromFile.status == 0, "\(fromFile.stderr)")
            }
        }

        @Test func aKeyCannotBeGivenAsAnArgument() async throws {
            for option in ["--api-key", "--key"] {
                let result = try await CLI.run(["balance", option, "sk_test_0123456789"])
                #expect(result.status == 64)
                #expect(result.stdout.isEmpty)
                #expect(result.stderr.contains("Unknown option '\(option)'"))
            }
        }

        @Test func inputIsCheckedBeforeSending() async throws {
            try await CLISandbox.with { sandbox in
                let small = try await sandbox.run([
                    "transfers", "create", "--amount", "50", "--phone", "70000000", "--json",
                ])
                #expect(small.status == 2)
                #expect(small.stdout.isEmpty)
                #expect(small.stderr.contains("A transfer is at least 100 F CFA."))
                #expect(!small.stderr.contains("ext_id"))  // nothing was about to be sent

                let phone = try await sandbox.run(["charges", "create", "--amount", "1000", "--phone", "1234"])
                #expect(phone.status == 2)
                let moov = try await sandbox.run(
                    ["charges", "create", "--amount", "1000", "--phone", "76000000", "--provider", "moov_bf"])
                #expect(moov.status == 2)
                #expect(moov.stderr.contains("Moov Money needs a Moov number"))
                let otp = try await sandbox.run(["charges", "submit-otp", "ch_x", "--otp", "12"])
                #expect(otp.status == 2)

                let listed = try await sandbox.run(["transfers", "list", "--json"])
                #expect(try listed.list().isEmpty)
            }
        }

        @Test func noAnswerIsItsOwnStatus() async throws {
            let result = try await CLI.run(
                ["balance", "--timeout", "5"],
                environment: ["SENFENICO_API_KEY": "sk_test_0123456789", "SENFENICO_BASE_URL": "http://127.0.0.1:9"])
            #expect(result.status == 5)
            #expect(result.stdout.isEmpty)
        }
    }
}
