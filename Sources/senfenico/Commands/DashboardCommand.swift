import ArgumentParser

/// `senfenico dashboard` (the default): the live view of balances, charges and transfers, on
/// the embedded sandbox when no API key is set.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Watch balances, recent charges and transfers live in the terminal."
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
        abstract: "Take a mobile-money payment with the guided wizard (then stay on the dashboard)."
    )

    @OptionGroup var options: DashboardOptions

    func run() async throws {
        try await options.run(opensWizard: true)
    }
}
