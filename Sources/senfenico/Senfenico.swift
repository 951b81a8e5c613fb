import ArgumentParser

/// `senfenico`: with no subcommand, opens the live dashboard — on the embedded sandbox when no
/// API key is set, on Senfenico with `SENFENICO_API_KEY`.
@main
struct Senfenico: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "senfenico",
        abstract: "A terminal for the Senfenico mobile-money API (Orange Money, Moov Money, Coris Money, Sank Money).",
        discussion: """
            With no API key, starts a local sandbox that behaves like Senfenico's test mode and
            opens the dashboard on it. Set SENFENICO_API_KEY=sk_test_… (or sk_live_…) to use Senfenico.
            """,
        subcommands: [
            DashboardCommand.self, ChargeCommand.self, OverviewCommand.self, SandboxCommand.self, JournalCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
