import Foundation
import Testing

extension CommandRuns {
    /// `--version`, `completion`, the nearest command to a mistyped one, and the parser's errors in
    /// the user's language.
    @Suite struct CommandLineTests {
        @Test func versionSaysTheReleaseTheCommitAndSwift() async throws {
            let flag = try await CLI.run(["--version"])
            #expect(flag.status == 0)
            let line = flag.stdout.trimmingCharacters(in: .newlines)
            #expect(
                line.wholeMatch(
                    of: #/senfenico \d+\.\d+\.\d+ \(commit ([0-9a-f]{7,40}|unknown), Swift \d+\.\d+[^)]*\)/#)
                    != nil, "\(line)")
            let command = try await CLI.run(["version"])
            #expect(command.status == 0)
            #expect(command.stdout == flag.stdout)
        }

        @Test(arguments: ["bash", "zsh", "fish"])
        func completionPrintsTheCommittedScript(shell: String) async throws {
            let result = try await CLI.run(["completion", shell])
            #expect(result.status == 0)
            #expect(!result.stdout.isEmpty)
            let committed = try String(
                contentsOf: CLI.packageDirectory.appendingPathComponent("completions/senfenico.\(shell)"),
                encoding: .utf8)
            #expect(result.stdout == committed, "completions/senfenico.\(shell) is stale: run scripts/generate-docs.sh")
        }

        @Test func completionsOfferValues() async throws {
            let script = try await CLI.run(["completion", "bash"]).stdout
            for value in ["orange_bf", "moov_bf", "coris_bf", "sank_bf", "'fr'"] {
                #expect(script.contains(value), "\(value)")
            }
            #expect(script.contains("---completion"), "--theme is completed by the binary at run time")
            // What the scripts call for --theme: swift-argument-parser's custom completion request.
            let themes = try await CLI.run(["---completion", "dashboard", "--", "--theme", "1", "2", "--theme", "hi"])
            #expect(themes.status == 0)
            #expect(themes.stdout.split(separator: "\n") == ["high-contrast"], "\(themes.stdout)")
        }

        @Test(arguments: ["bash", "zsh", "fish"])
        func theTopLevelCompletesTheDashboardsOptions(shell: String) async throws {
            // `senfenico --cashier` runs the default dashboard: its options complete before any command.
            let script = try await CLI.run(["completion", shell]).stdout
            let root: Substring
            switch shell {
            case "bash":
                let start = try #require(script.range(of: "_senfenico() {"))
                let end = try #require(
                    script.range(of: "case \"${subcommand}\"", range: start.upperBound..<script.endIndex))
                root = script[start.upperBound..<end.lowerBound]
            case "zsh":
                let start = try #require(script.range(of: "_senfenico() {"))
                let end = try #require(script.range(of: "\n}\n", range: start.upperBound..<script.endIndex))
                root = script[start.upperBound..<end.lowerBound]
            default:
                // fish: the lines whose condition is the bare command, before any subcommand.
                root = Substring(
                    script.split(separator: "\n").filter {
                        $0.contains("__senfenico_should_offer_completions_for_flags_or_options \"senfenico\" ")
                    }.joined(separator: "\n"))
            }
            for option in ["cashier", "sandbox-port", "theme", "no-mouse"] {
                // fish spells a long option `-l 'name'`, the others `--name`.
                let spelled = shell == "fish" ? "-l '\(option)'" : "--\(option)"
                #expect(root.contains(spelled), "\(shell): \(option)")
            }
            // The root's --theme is completed at run time, like the dashboard command's.
            let themes = try await CLI.run(["---completion", "--", "--theme", "1", "2", "--theme", "mono"])
            #expect(themes.stdout.split(separator: "\n") == ["monochrome"], "\(themes.stdout)")
        }

        @Test(arguments: [
            (["chargs", "list"], "charges list"), (["charges", "lst"], "charges list"),
            (["trnasfers", "bulk", "x.csv"], "transfers bulk"), (["journal", "transfer"], "journal transfers"),
            (["balanse", "--json"], "balance"),
        ])
        func aMistypedCommandGetsTheNearestOne(arguments: [String], expected: String) async throws {
            let english = try await CLI.run(arguments)
            #expect(english.status == 64)
            #expect(english.stdout.isEmpty)
            #expect(english.stderr.contains("Did you mean `\(expected)`?"), "\(english.stderr)")
        }

        @Test func theNearestCommandInFrench() async throws {
            for environment in [["LANG": "fr_FR.UTF-8"], ["LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"]] {
                let result = try await CLI.run(["chargs", "list"], environment: environment)
                #expect(result.status == 64)
                #expect(result.stderr.contains("Vouliez-vous dire `charges list` ?"), "\(result.stderr)")
                #expect(result.stderr.contains("Erreur : "))
                #expect(!result.stderr.contains("Error: "))
            }
            let flag = try await CLI.run(["charges", "lst", "--lang", "fr"])
            #expect(flag.stderr.contains("Vouliez-vous dire `charges list` ?"), "\(flag.stderr)")
        }

        @Test func argumentErrorsInFrench() async throws {
            let french = ["LANG": "fr_FR.UTF-8"]
            let unknown = try await CLI.run(["balance", "--api-key", "sk_test_0123456789"], environment: french)
            #expect(unknown.status == 64)
            #expect(unknown.stdout.isEmpty)
            #expect(unknown.stderr.contains("Erreur : Option inconnue « --api-key »"), "\(unknown.stderr)")
            #expect(unknown.stderr.contains("Voir « senfenico balance --help » pour en savoir plus."))
            #expect(!unknown.stderr.contains("Unknown option"))

            let missingValue = try await CLI.run(
                ["charges", "create", "--phone", "76000000", "--amount"], environment: french)
            #expect(missingValue.status == 64)
            #expect(
                missingValue.stderr.contains("Valeur manquante pour « --amount <francs> »"), "\(missingValue.stderr)")

            let invalid = try await CLI.run(
                ["charges", "create", "--amount", "100", "--phone", "76000000", "--provider", "mtn"],
                environment: french)
            #expect(invalid.status == 64)
            #expect(
                invalid.stderr.contains(
                    "La valeur « mtn » n'est pas valable pour « --provider <provider> ». Valeurs possibles : "
                        + "'orange_bf', 'moov_bf', 'coris_bf' ou 'sank_bf'."), "\(invalid.stderr)")

            let missingArgument = try await CLI.run(["charges", "get"], environment: french)
            #expect(missingArgument.status == 64)
            #expect(missingArgument.stderr.contains("Argument attendu manquant : « <reference> »"))
            #expect(missingArgument.stderr.contains("Utilisation : senfenico charges get"))

            let unexpected = try await CLI.run(["balance", "extra"], environment: french)
            #expect(unexpected.status == 64)
            #expect(unexpected.stderr.contains("Argument inattendu « extra »"), "\(unexpected.stderr)")

            // The same errors stay word for word what swift-argument-parser says in English.
            let english = try await CLI.run(["charges", "get"])
            #expect(english.stderr.contains("Error: Missing expected argument '<reference>'"))
            #expect(english.stderr.contains("See 'senfenico charges get --help' for more information."))
        }
    }
}
