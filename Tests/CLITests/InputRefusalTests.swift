import Foundation
import Testing

extension CommandRuns {
    /// Flag values and bulk cells with control characters are refused before anything is sent.
    @Suite struct InputRefusalTests {
        static let testKey = ["SENFENICO_API_KEY": "sk_test_input_refusal_0000"]

        @Test func aFlagWithAControlCharacterIsRefusedNamingTheFlag() async throws {
            let listener = try SilentListener()
            let environment = Self.testKey.merging(["SENFENICO_BASE_URL": listener.baseURL]) { $1 }
            let cases: [(arguments: [String], flag: String, character: String)] = [
                (["charges", "create", "--amount", "1000", "--phone", "76000000\n"], "--phone", "U+000A"),
                (["charges", "create", "--amount", "1\n000", "--phone", "76000000"], "--amount", "U+000A"),
                (
                    [
                        "transfers", "create", "--amount", "1000", "--phone", "76000000", "--ext-id",
                        "a\u{1B}]52;c;eA==\u{7}",
                    ],
                    "--ext-id", "U+001B"
                ),
                (
                    [
                        "checkouts", "create", "--amount", "600", "--email", "a@b.bf\u{202E}", "--success-url",
                        "https://a.bf/ok", "--cancel-url", "https://a.bf/no",
                    ], "--email", "U+202E"
                ),
                (["charges", "get", "ch_1\u{7F}"], "<reference>", "U+007F"),
                (["settlements", "create", "--amount", "1000\u{85}"], "--amount", "U+0085"),
            ]
            for (arguments, flag, character) in cases {
                let result = try await CLI.run(arguments + ["--timeout", "5"], environment: environment)
                #expect(result.status == 2, "\(arguments): \(result.stderr)")
                #expect(
                    result.stderr.contains("\(flag): control character refused (\(character)); nothing was sent."),
                    "\(result.stderr)")
                #expect(result.stdout.isEmpty)
            }
            let french = try await CLI.run(
                ["transfers", "create", "--amount", "1000", "--phone", "76000000\t", "--lang", "fr"],
                environment: environment)
            #expect(french.status == 2)
            #expect(french.stderr.contains("--phone : caractère de contrôle refusé (U+0009) ; rien n'a été envoyé."))
            #expect(listener.connections() == 0)
        }

        @Test func aBulkCellWithALineBreakIsRefusedWithItsLineAndColumn() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("pay.csv")
            try "amount,recipient_phone\n100,76000000\n\"1\n00\",70000000\n".write(
                to: file, atomically: true, encoding: .utf8)
            let dry = try await CLI.run(["transfers", "bulk", file.path, "--dry-run", "--lang", "fr"])
            #expect(dry.status == 2)
            #expect(
                dry.stdout.contains("ligne 3 : colonne amount : caractère de contrôle refusé (U+000A)"), "\(dry.stdout)"
            )
            #expect(dry.stdout.contains("1 valide(s), 1 en erreur"))

            let big = folder.appendingPathComponent("big.csv")
            try Data(String(repeating: "100,76000000\n", count: 10_001).utf8).write(to: big)
            let tooMany = try await CLI.run(["transfers", "bulk", big.path, "--dry-run"])
            #expect(tooMany.status == 2)
            #expect(tooMany.stderr.contains("The file has more than 10 000 rows; split it."), "\(tooMany.stderr)")

            let missing = try await CLI.run([
                "transfers", "bulk", folder.appendingPathComponent("nope.csv").path, "--lang", "fr",
            ])
            #expect(missing.status == 2)
            #expect(missing.stderr.contains("fichier introuvable"), "\(missing.stderr)")
        }
    }
}
