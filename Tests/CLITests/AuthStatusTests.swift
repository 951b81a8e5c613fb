import Foundation
import Testing

extension CommandRuns {
    /// `senfenico auth status`: the profile, mode, masked key and address in use, and one
    /// balances read to tell whether the API answers.
    @Suite struct AuthStatusTests {
        @Test func withoutAKeyItIsTheEmbeddedSandboxAndItAnswers() async throws {
            let home = try PersistentHome()
            let json = try await home.run(["auth", "status", "--json"])
            #expect(json.status == 0, "\(json.stderr)")
            let object = try json.object()
            #expect(object["mode"] as? String == "sandbox")
            #expect(object["answers"] as? Bool == true)
            #expect(object["latency_ms"] is Int)
            #expect(object["profile"] is NSNull)
            #expect((object["base_url"] as? String)?.hasPrefix("http://127.0.0.1:") == true)

            let text = try await home.run(["auth", "status"])
            #expect(text.status == 0)
            #expect(text.stdout.contains("SANDBOX"))
            #expect(text.stdout.contains("default (top level)"))
            #expect(text.stdout.contains("answers (balances read in"))
            let french = try await home.run(["auth", "status", "--lang", "fr"])
            #expect(french.stdout.contains("répond (soldes lus en"))
        }

        @Test func aProfileWithAKeyFileAndAnAddressIsTestModeWithTheKeyMasked() async throws {
            try await CLISandbox.with { sandbox in
                let home = try PersistentHome()
                let keyFile = try home.write(sandbox.key + "\n", to: "keys/shop2.key")
                _ = try home.write(
                    """
                    theme = "monochrome"

                    [profile.shop2]
                    api_key_file = "\(keyFile)"
                    base_url = "http://127.0.0.1:\(sandbox.port)"
                    """, to: "config/senfenico/config.toml")

                let result = try await home.run(["auth", "status", "--profile", "shop2", "--json"])
                #expect(result.status == 0, "\(result.stderr)")
                #expect(!result.stdout.contains(sandbox.key) && !result.stderr.contains(sandbox.key))
                let object = try result.object()
                #expect(object["profile"] as? String == "shop2")
                #expect(object["profile_source"] as? String == "flag")
                #expect(object["mode"] as? String == "test")
                #expect(object["key"] as? String == "sk_test_…" + sandbox.key.suffix(4))
                #expect(object["key_file"] as? String == keyFile)
                #expect(object["base_url"] as? String == "http://127.0.0.1:\(sandbox.port)")
                #expect(object["answers"] as? Bool == true)
                let settings = try #require(object["settings"] as? [String: [String: Any]])
                #expect(settings["base_url"]?["source"] as? String == "profile")
                #expect(settings["theme"]?["source"] as? String == "config_file")
                #expect(settings["refresh"]?["source"] as? String == "default")

                // The same through SENFENICO_PROFILE, as text.
                let text = try await home.run(["auth", "status"], ["SENFENICO_PROFILE": "shop2"])
                #expect(text.status == 0, "\(text.stderr)")
                #expect(text.stdout.contains("shop2 (SENFENICO_PROFILE)"))
                #expect(text.stdout.contains("TEST"))
                #expect(text.stdout.contains("sk_test_…" + sandbox.key.suffix(4)))
                #expect(!text.stdout.contains(sandbox.key))
                #expect(text.stdout.contains("answers"))
            }
        }

        @Test func aDeadAddressDoesNotAnswerAndExitsNonZero() async throws {
            let home = try PersistentHome()
            let keyFile = try home.write("sk_" + "test_" + "deadaddress12345678\n", to: "key")
            // Port 1 on loopback: nothing listens there, the connection is refused at once.
            let refused = try await home.run(
                ["auth", "status", "--api-key-file", keyFile, "--base-url", "http://127.0.0.1:1", "--json"])
            #expect(refused.status == 5, "\(refused.stderr)")
            let object = try refused.object()
            #expect(object["answers"] as? Bool == false)
            #expect(object["mode"] as? String == "test")
            #expect((object["error"] as? String)?.isEmpty == false)

            // A server that takes the connection and never answers: the short timeout ends it.
            let silent = try SilentListener()
            let text = try await home.run([
                "auth", "status", "--api-key-file", keyFile, "--base-url", "http://127.0.0.1:\(silent.port)",
                "--timeout", "2",
            ])
            #expect(text.status != 0)
            #expect(text.stdout.contains("does not answer"))
        }
    }
}
