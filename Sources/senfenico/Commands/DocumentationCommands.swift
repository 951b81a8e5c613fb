import ArgumentParser
import BuildInfo

/// `senfenico version`: the same line as `--version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Show the version, the git commit it was built from and the Swift version.",
        discussion: """
            Example:
              senfenico version      # senfenico \(BuildInfo.version) (commit 2a63677, Swift 6.3.1)
            """)

    func run() {
        Console.out(BuildInfo.versionLine)
    }
}

/// `senfenico completion bash|zsh|fish`: the shell completion script.
struct CompletionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completion",
        abstract: "Print the completion script for bash, zsh or fish.",
        discussion: """
            Completes commands, options, providers, wallets, languages, the themes found at run time \
            and file names.

            Examples:
              senfenico completion bash > ~/.local/share/bash-completion/completions/senfenico
              senfenico completion zsh > "${fpath[1]}/_senfenico"
              senfenico completion fish > ~/.config/fish/completions/senfenico.fish
            """)

    enum Shell: String, CaseIterable, ExpressibleByArgument {
        case bash, zsh, fish

        var completionShell: CompletionShell {
            switch self {
            case .bash: .bash
            case .zsh: .zsh
            case .fish: .fish
            }
        }
    }

    @Argument(help: "The shell: bash, zsh or fish.")
    var shell: Shell

    func run() {
        // With its last line ended, as `--generate-completion-script` prints it.
        Console.document(CompletionTree.completionScript(for: shell.completionShell))
    }
}

/// The command tree as the shell completes it: the real one, plus the dashboard's options at
/// the top. `senfenico --cashier` runs the default `dashboard` command, but
/// swift-argument-parser's completion scripts do not follow a default subcommand, so without
/// this `senfenico --ca<Tab>` would offer nothing. It never runs: `SenfenicoMain` hands it the
/// scripts' own requests (`--generate-completion-script`, `---completion` for the values
/// computed at run time, such as the themes found) and nothing else.
struct CompletionTree: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: Senfenico.configuration.commandName,
        version: BuildInfo.versionLine,
        subcommands: Senfenico.configuration.subcommands
    )

    @OptionGroup var dashboard: DashboardOptions

    /// Whether `arguments` (without the program's name) are a completion script's request.
    static func handles(_ arguments: [String]) -> Bool {
        guard let first = arguments.first else { return false }
        return first == "---completion" || first == "--generate-completion-script"
            || first.hasPrefix("--generate-completion-script=")
    }
}

/// `senfenico generate-manual`: the man page, in mdoc, on standard output. Hidden: it is for
/// scripts/generate-docs.sh, which commits its output as man/senfenico.1.
struct GenerateManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual", abstract: "Print the man page (mdoc).", shouldDisplay: false)

    @Option(help: "The page's date, as `.Dd` shows it (the last commit's, so the page is reproducible).")
    var date: String

    func run() {
        Console.document(ManualPage.render(CommandTree.senfenico(), date: date))
    }
}
