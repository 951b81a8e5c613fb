import ArgumentParser

/// `senfenico`: with no subcommand, opens the live dashboard — on the embedded sandbox when no
/// API key is set, on Senfenico with `SENFENICO_API_KEY`.
@main
struct Senfenico: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "senfenico",
        abstract: "A terminal for the Senfenico mobile-money API (Orange Money, Moov Money, Coris Money, Sank Money).",
        discussion: """
            With no API key, starts a local sandbox that behaves like Senfenico's test mode and \
            opens the dashboard on it. Set SENFENICO_API_KEY=sk_test_… (or sk_live_…) to use Senfenico.

            The scriptable commands (balance, charges, transfers, settlements, checkouts) print a \
            table, or with --json the API's answer exactly as received and nothing else on standard \
            output. The key comes from SENFENICO_API_KEY, SENFENICO_API_KEY_FILE, --api-key-file or \
            the config file, never from an argument (it would show in the process list).

            Exit status:
              0   success
              1   declined at the question; journal entry missing or already settled
              2   input refused before sending (amount, phone, OTP, URL, CSV file)
              3   API key refused (by Senfenico, or not sk_test_… / sk_live_…)
              4   Senfenico refused: its error code in brackets, else the HTTP status
              5   no answer (network, timeout) to a request safe to send again
              6   a payment request was sent, its answer lost: check before resending
              7   the answer was not Senfenico's JSON, or a redirect was refused
              8   configuration: config/key file, base URL, journal, unwritable file
              9   bulk transfer done, but not every row of the file was queued
              64  bad command line (unknown option; --yes needed without a terminal)

            Examples:
              senfenico                # the dashboard, on the embedded sandbox
              SENFENICO_API_KEY=sk_test_… senfenico balance
              senfenico transfers bulk payroll.csv --results payroll-results.csv
            """,
        subcommands: [
            DashboardCommand.self, ChargeCommand.self, OverviewCommand.self, SandboxCommand.self, JournalCommand.self,
            BalanceCommand.self, ChargesCommand.self, TransfersCommand.self, SettlementsCommand.self,
            CheckoutsCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
