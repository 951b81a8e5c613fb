import ArgumentParser
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI

/// `senfenico journal transfers`: the transfers the dashboard sent from this terminal, with
/// the ext_id each was journaled under before it left.
struct JournalTransfersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfers", abstract: "Show a day's transfers sent from this terminal, or those left unfinished.",
        discussion: """
            A transfer whose answer was lost stays "outcome unknown" until the dashboard finds it in \
            the transfers list (at its next start) or sends it again with the same ext_id (a, F8, \
            then r). Senfenico refuses a second transfer with the same ext_id.

            Examples:
              senfenico journal transfers
              senfenico journal transfers --unfinished --lang fr
              senfenico journal transfers --date 2026-11-28
              senfenico journal transfers --unfinished --json | jq -r '.[].ext_id'
            """)

    @Flag(help: "Only the transfers left sending or with a lost answer, whatever their day.")
    var unfinished = false

    @Flag(
        help: ArgumentHelp(
            "Print a JSON array of the entries, and nothing else, on standard output.",
            discussion: """
                Oldest first, [] when there is none: {"ext_id", "started_at", "reference", "wallet", \
                "phone", "amount", "fees", "debit", "stage", "server_status", "failure", "terminal", \
                "note"}; a missing value is null.
                """))
    var json = false

    @Option(
        help: ArgumentHelp(
            "The day, on this machine's clock (default: today); ignored with --unfinished.", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup var options: JournalOptions
    @OptionGroup var accounts: JournalAccountOptions

    func validate() throws { try options.validate(date: date) }

    func run() async throws {
        let language = options.language
        let journal = try options.open(language, accounts: accounts)
        let day = date.flatMap(JournalDay.init) ?? JournalDay(containing: .now())
        let entries = try options.attempt(language, journal) {
            try unfinished ? journal.unfinishedTransfers() : journal.transferEntries(on: day)
        }
        if json {
            Console.json(JournalJSON.transfers(entries))
            return
        }
        guard !entries.isEmpty else {
            let text =
                unfinished
                ? Strings.TransferJournal.noneUnfinished : Strings.TransferJournal.emptyDay.filling(["date": "\(day)"])
            print(text.text(in: language))
            return
        }
        // The same columns and local time as `journal list`.
        var rows =
            [JournalListing.transferHeader(in: language)] + entries.map { JournalListing.transferRow($0, in: language) }
        if accounts.allAccounts {
            rows = zip(rows, [Strings.Journal.columnAccount.text(in: language)] + entries.map(\.account.description))
                .map { [$1] + $0 }
        }
        print(JournalListCommand.table(rows).joined(separator: "\n"))
    }
}
