import ArgumentParser
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI

/// The local journal for commands that move money (`charges create`, `charges submit-otp`,
/// `transfers create`): the same file and the same rules (`JournalPolicy`) as the dashboard.
/// An entry is written before the request leaves; a journal that cannot be written stops the
/// request, as in the dashboard.
enum CommandJournal {
    /// The default journal, filed under the session's account; its problem said and exit 8.
    static func open(_ context: APICommandContext) throws -> PaymentJournal {
        let path = PaymentJournal.defaultPath(environment: ProcessInfo.processInfo.environment)
        do {
            return try PaymentJournal(path: path, account: context.session.account)
        } catch {
            Console.err(
                Strings.CommandLine.notJournaled.filling(["reason": error.message(in: context.language)]).text(
                    in: context.language))
            throw ExitCode(ExitStatus.journalUnavailable)
        }
    }

    /// Begins an entry for `request`; a write that fails stops the command before anything is sent.
    static func begin(_ request: ChargeRequest, in journal: PaymentJournal, _ context: APICommandContext) throws
        -> JournalEntry
    {
        do {
            return try journal.begin(amount: request.amount, phone: request.phone, provider: request.provider)
        } catch {
            Console.err(
                Strings.CommandLine.notJournaled.filling(["reason": describe(error, context.language)]).text(
                    in: context.language))
            throw ExitCode(ExitStatus.journalUnavailable)
        }
    }

    /// Begins a transfer under its `ext_id`; one already journaled (a retry) is kept as it is.
    static func beginTransfer(_ request: TransferRequest, in journal: PaymentJournal, _ context: APICommandContext)
        throws
    {
        do {
            try journal.beginTransfers([request])
        } catch {
            Console.err(
                Strings.CommandLine.notJournaled.filling(["reason": describe(error, context.language)]).text(
                    in: context.language))
            throw ExitCode(ExitStatus.journalUnavailable)
        }
    }

    private static func describe(_ error: any Error, _ language: Language) -> String {
        (error as? JournalError)?.message(in: language) ?? String(describing: error)
    }
}
