import ArgumentParser
import BuildInfo

/// `senfenico`: with no subcommand, opens the live dashboard — on the embedded sandbox when no
/// API key is set, on Senfenico with `SENFENICO_API_KEY`. Run by `SenfenicoMain`, which says
/// command-line errors in the user's language.
struct Senfenico: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "senfenico",
        abstract: ManualText.abstract,
        // The same text as the man page's DESCRIPTION, EXIT STATUS, ENVIRONMENT, FILES, KEYS
        // and EXAMPLES: see ManualText.
        discussion: ManualText.rootDiscussion,
        version: BuildInfo.versionLine,
        subcommands: [
            DashboardCommand.self, ChargeCommand.self, OverviewCommand.self, SandboxCommands.self, JournalCommand.self,
            BalanceCommand.self, ChargesCommand.self, TransfersCommand.self, SettlementsCommand.self,
            CheckoutsCommand.self, CompletionCommand.self, VersionCommand.self, GenerateManualCommand.self,
            AuthCommand.self,
            ConfigCommand.self,
            ListenCommand.self,
            WebhookCommand.self,
            LogsCommand.self,
            TriggerCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
