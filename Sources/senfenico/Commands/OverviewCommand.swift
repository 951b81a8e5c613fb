import ArgumentParser
import Foundation
import Localization
import SenfenicoAPI

/// Prints the balances and the latest charges and transfers. Without a key it first starts the
/// embedded sandbox (with a small seeded history) and reads that account.
struct OverviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Show balances, recent charges and recent transfers.",
        discussion: """
            Examples:
              senfenico overview
              SENFENICO_API_KEY=sk_test_… senfenico overview --limit 20 --lang fr
              senfenico overview --json | jq '.balances.data.collection_balances'
            """
    )

    @Option(help: "How many recent charges and transfers to show. --json always prints the whole answers.")
    var limit = 10

    @Flag(
        help: ArgumentHelp(
            "Print one JSON object, and nothing else, on standard output.",
            discussion: """
                {"balances": …, "charges": …, "transfers": …}: each value is the API's whole answer to \
                that request exactly as received ({"status", "message", "data"}), so `| jq \
                .balances.data` works. A refusal prints Senfenico's error answer instead, as the other \
                commands do.
                """))
    var json = false

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await APICommand.run(connection, json: json) { context in
            let client = context.client
            async let balances = client.balances()
            async let charges = client.charges()
            async let transfers = client.transfers()
            let (balanceList, chargeList, transferList) = try await (balances, charges, transfers)
            guard json else {
                Console.out(
                    OverviewText(language: context.language, mode: context.session.mode, limit: limit)
                        .render(balances: balanceList, charges: chargeList, transfers: transferList))
                return
            }
            // The three answers as Senfenico sent them, not re-encoded: the same bytes `balance
            // --json`, `charges list --json` and `transfers list --json` print, under one object.
            var members: [String] = []
            for (name, operation) in [
                ("balances", SenfenicoAPI.Operation.balances), ("charges", .chargeList), ("transfers", .transferList),
            ] {
                guard let body = context.recorder.lastAnswer(to: operation) else {
                    try context.emit(operation) { "" }
                    return
                }
                members.append("\"\(name)\": " + body.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            Console.json("{" + members.joined(separator: ", ") + "}")
        }
    }
}
