import ArgumentParser
import Localization
import SenfenicoAPI

/// `senfenico balance`: the collection balance and each wallet's transfer balance.
struct BalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Show the collection balance and the transfer balance of each wallet.",
        discussion: """
            Collections (charges, checkouts) are credited to the collection balance; each transfer \
            wallet (Orange Money, Moov Money, Sank Money) pays transfers from its own balance.

            Examples:
              SENFENICO_API_KEY=sk_test_… senfenico balance
              senfenico balance --json | jq .data.transfer_balances
              senfenico balance --api-key-file ~/.config/senfenico/key --lang fr
            \(CommandLineHelp.sandboxNote)
            """
    )

    @OptionGroup var output: OutputOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await APICommand.run(connection, output) { context in
            let balances = try await context.client.balances()
            try context.emit(.balances) { BalanceText(language: context.language).render(balances) }
        }
    }
}

/// The balances as a table.
struct BalanceText {
    let language: Language

    func render(_ balances: Balances) -> String {
        typealias C = Strings.CommandLine
        let header = [C.columnAccount, C.columnAvailable, C.columnPending].map { $0.text(in: language) }
        var rows = [header]
        rows.append(
            row(
                Strings.Overview.collection.text(in: language), balances.collection.available,
                balances.collection.pending))
        rows.append(
            row(
                Strings.Overview.transferTotal.text(in: language), balances.transfer.totalAvailable,
                balances.transfer.totalPending))
        for wallet in TransferWallet.knownCases {
            let balance = balances.transfer[wallet]
            rows.append(row("  " + wallet.displayName, balance.available, balance.pending))
        }
        return TextTable.render(rows)
    }

    private func row(_ label: String, _ available: Money, _ pending: Money) -> [String] {
        [label, available.formatted(language), pending.formatted(language)]
    }
}

/// Pieces of help text shared by the commands.
enum CommandLineHelp {
    static let sandboxNote = """

        Without a key (SENFENICO_API_KEY, SENFENICO_API_KEY_FILE, --api-key-file or the config \
        file), each command starts a fresh embedded sandbox and its state is lost when it ends: run \
        `senfenico sandbox` in another terminal and set SENFENICO_BASE_URL=http://127.0.0.1:8089 \
        with SENFENICO_API_KEY=sk_test_… to keep state between commands.
        """
}
