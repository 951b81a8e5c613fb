import Foundation
import Testing

extension CommandRuns {
    /// The committed completion scripts and man page match the binary, and every command's help
    /// has examples.
    @Suite struct DocsTests {
        @Test(arguments: ["bash", "zsh", "fish"])
        func completionScriptsAreWhatTheBinaryGeneratesNow(shell: String) async throws {
            let generated = try await CLI.run(["--generate-completion-script", shell])
            #expect(generated.status == 0)
            let file = CLI.packageDirectory.appendingPathComponent("completions/senfenico.\(shell)")
            let committed = try String(contentsOf: file, encoding: .utf8)
            #expect(
                committed == generated.stdout,
                "completions/senfenico.\(shell) is stale: run scripts/generate-docs.sh")
        }

        @Test func theManPageCoversEveryCommand() throws {
            let page = try String(
                contentsOf: CLI.packageDirectory.appendingPathComponent("man/senfenico.1"), encoding: .utf8)
            #expect(page.contains(".Dt SENFENICO 1"))
            for command in [
                "balance", "charges", "submit-otp", "transfers", "bulk", "settlements", "cancel", "checkouts",
                "completion", "overview", "journal",
            ] {
                #expect(page.contains(command), "man page without \(command): run scripts/generate-docs.sh")
            }
            for section in [
                "NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "KEYS", "OPTIONS", "ENVIRONMENT", "FILES",
                "EXIT STATUS", "EXAMPLES",
            ] {
                #expect(page.contains("\n.Sh \(section)\n"), "man page without \(section)")
            }
            #expect(!page.contains("generate-manual\n"), "the hidden command stays out of the page")
        }

        /// The page is made from the same definitions as --help, by the binary itself; its date is
        /// the one already in the committed page, so today's date plays no part.
        @Test func theManPageIsWhatTheBinaryGeneratesNow() async throws {
            let page = try String(
                contentsOf: CLI.packageDirectory.appendingPathComponent("man/senfenico.1"), encoding: .utf8)
            let date = try #require(page.split(separator: "\n").first { $0.hasPrefix(".Dd ") }?.dropFirst(4))
            let generated = try await CLI.run(["generate-manual", "--date", String(date)])
            #expect(generated.status == 0, "\(generated.stderr)")
            #expect(generated.stdout == page, "man/senfenico.1 is stale: run scripts/generate-docs.sh")
        }

        /// The root help prints the sections the man page has besides the options.
        @Test func theRootHelpHasTheManPagesSections() async throws {
            let help = try await CLI.run(["--help"])
            for title in ["Exit status:", "Environment:", "Files:", "Dashboard keys:", "Examples:"] {
                #expect(help.stdout.contains(title), "\(title)")
            }
            #expect(help.stdout.contains("SENFENICO_API_KEY_FILE"))
            #expect(help.stdout.contains("completion"))
            #expect(!help.stdout.contains("generate-manual"))
        }

        @Test(arguments: [
            ["balance"], ["charges"], ["charges", "list"], ["charges", "get"], ["charges", "create"],
            ["charges", "submit-otp"], ["transfers"], ["transfers", "list"], ["transfers", "get"],
            ["transfers", "create"], ["transfers", "bulk"], ["settlements"], ["settlements", "list"],
            ["settlements", "get"], ["settlements", "create"], ["settlements", "cancel"], ["checkouts"],
            ["checkouts", "list"], ["checkouts", "get"], ["checkouts", "create"], [],
        ])
        func everyHelpHasExamples(command: [String]) async throws {
            let help = try await CLI.run(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"), "\(command) --help")
            #expect(!help.stdout.contains("--api-key "))
        }
    }
}
