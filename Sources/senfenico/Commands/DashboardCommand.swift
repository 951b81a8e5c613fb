import ArgumentParser

/// `senfenico dashboard` (the default): the live view of balances, charges and transfers, on
/// the embedded sandbox when no API key is set.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Watch balances, recent charges and transfers live in the terminal.",
        discussion: """
            Keys: ? help, c charge, t transfer, b bulk transfers from CSV, s settlements, p payment \
            links (QR), d developer view, q quit. Without an API key it runs on an embedded sandbox.

            Examples:
              senfenico
              SENFENICO_API_KEY=sk_test_… senfenico dashboard --lang fr
              senfenico --explorer --sandbox-port 8089
              senfenico --cashier --theme high-contrast
            """
    )

    @OptionGroup var options: DashboardOptions

    func run() async throws {
        try await options.run(opensWizard: false)
    }
}

/// `senfenico charge`: the dashboard opened on the charge wizard, to take a payment at once.
struct ChargeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charge",
        abstract: "Take a mobile-money payment with the guided wizard (then stay on the dashboard).",
        discussion: """
            Examples:
              senfenico charge
              SENFENICO_API_KEY=sk_test_… senfenico charge --lang fr
            """
    )

    @OptionGroup var options: DashboardOptions

    func run() async throws {
        try await options.run(opensWizard: true)
    }
}
