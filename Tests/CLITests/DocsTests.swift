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
            ] {
                #expect(page.contains(command), "man page without \(command): run scripts/generate-docs.sh")
            }
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
