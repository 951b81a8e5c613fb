import ArgumentParser
import Foundation
import Localization
import SenfenicoAPI
import SenfenicoSandbox

/// Prints the balances and the latest charges and transfers. Without a key it first starts the
/// embedded sandbox (with a small seeded history) and reads that account.
struct OverviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Show balances, recent charges and recent transfers."
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "How many recent charges and transfers to show.")
    var limit = 10

    func run() async throws {
        let language = connection.language
        let session = try await APISession.open(connection)
        do {
            let client = session.client
            async let balances = client.balances()
            async let charges = client.charges()
            async let transfers = client.transfers()
            let text = OverviewText(language: language, mode: session.mode, limit: limit)
            print(text.render(balances: try await balances, charges: try await charges, transfers: try await transfers))
            await session.close()
        } catch let error as SenfenicoError {
            await session.close()
            FileHandle.standardError.write(Data((error.message(in: language) + "\n").utf8))
            throw ExitCode(ExitStatus.code(for: error))
        }
    }
}
