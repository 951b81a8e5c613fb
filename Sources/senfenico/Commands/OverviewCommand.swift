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
        abstract: "Show balances, recent charges and recent transfers.",
        discussion: """
            Examples:
              senfenico overview
              SENFENICO_API_KEY=sk_test_… senfenico overview --limit 20 --lang fr
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "How many recent charges and transfers to show.")
    var limit = 10

    func run() async throws {
        let language = connection.language
        do {
            let session = try await APISession.open(connection)
            do {
                async let balances = session.client.balances()
                async let charges = session.client.charges()
                async let transfers = session.client.transfers()
                let text = OverviewText(language: language, mode: session.mode, limit: limit)
                    .render(balances: try await balances, charges: try await charges, transfers: try await transfers)
                await session.close()
                print(text)
            } catch {
                await session.close()
                throw error
            }
        } catch let error as SenfenicoError {
            FileHandle.standardError.write(Data((error.message(in: language) + "\n").utf8))
            throw ExitCode(ExitStatus.code(for: error))
        }
    }
}
