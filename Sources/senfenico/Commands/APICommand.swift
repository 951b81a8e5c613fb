import ArgumentParser
import Foundation
import Localization
import SenfenicoAPI

/// `--json`, shared by every command that calls the API.
struct OutputOptions: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Print the API's answer as received, and nothing else, on standard output.",
            discussion: """
                The whole JSON envelope Senfenico sent ({"status": …, "message": …, "data": …}), byte for \
                byte (the key scrubbed if it ever appeared), so `| jq .data` works. When Senfenico refuses \
                the request, its error answer ({"status": false, "message": …, "error_code": …}) is printed \
                the same way and the exit status tells the error class. Notes, progress and errors go to \
                standard error; an error with no answer from Senfenico leaves standard output empty.
                """))
    var json = false
}

/// What an API command's body gets: the client, the language, and the raw answers for `--json`.
struct APICommandContext {
    let session: APISession
    let language: Language
    let json: Bool
    let recorder: ExchangeRecorder

    var client: SenfenicoClient { session.client }

    func text(_ localized: LocalizedText) -> String { localized.text(in: language) }

    /// Says something to the person at the terminal (standard error).
    func note(_ localized: LocalizedText) { Console.err(localized.text(in: language)) }

    /// With `--json`, the body of the last answer to `operation`, exactly as received; otherwise
    /// `human()`. Both go to standard output.
    func emit(_ operation: SenfenicoAPI.Operation, human: () -> String) throws {
        guard json else {
            Console.out(human())
            return
        }
        guard let body = recorder.lastAnswer(to: operation) else {
            Console.err(Strings.CommandLine.noRawAnswer.filling(["operation": operation.rawValue]).text(in: language))
            throw ExitCode(
                ExitStatus.code(
                    for: .decoding(
                        DecodingFailure(
                            httpStatus: 0, reason: "no answer recorded", body: [UInt8](), redactor: Redactor(key: nil)))
                ))
        }
        Console.json(body)
    }

    /// A warning on standard error before money moves in live mode.
    func warnIfLive() {
        if session.mode == .live { note(Strings.Overview.liveBanner) }
    }
}

/// Runs the body of a command that calls the API: settings (bad ones exit 8), the key's form,
/// the session (an embedded sandbox without a key), then every `SenfenicoError` said on standard
/// error in the user's language, with its code, and turned into its exit status.
enum APICommand {
    static func run(
        _ connection: ConnectionOptions, _ output: OutputOptions,
        _ body: (APICommandContext) async throws -> Void
    ) async throws {
        try await run(connection, json: output.json, body)
    }

    static func run(
        _ connection: ConnectionOptions, json: Bool, _ body: (APICommandContext) async throws -> Void
    ) async throws {
        let settings = try connection.resolveSettings()
        let language = settings.language
        let (sink, logWarning) = connection.logSink(settings, interactive: false)
        connection.report(settings.warnings + [logWarning].compactMap { $0 }, language: language, sink: sink)

        // Every Senfenico key starts with sk_test_ or sk_live_: anything else is refused here,
        // before it is sent anywhere.
        if let key = settings.apiKey, key.mode == .unknown {
            Console.err(
                Strings.CommandLine.errorLine.filling(["message": Strings.CommandLine.keyFormat.text(in: language)])
                    .text(in: language))
            throw ExitCode(ExitStatus.code(for: .invalidAPIKey(httpStatus: 0)))
        }

        let recorder = ExchangeRecorder()
        let session: APISession
        do {
            session = try await APISession.open(
                connection, settings: settings, logger: sink.logger(label: "senfenico.client"),
                observer: { recorder.record($0) },
                exchangeBodyLimit: json ? Int.max : ClientConfiguration.defaultExchangeBodyLimit)
        } catch let error as SenfenicoError {
            throw fail(error, language)
        }
        if session.mode == .sandbox {
            Console.err(
                Strings.CommandLine.embeddedSandbox.filling(["address": session.sandboxAddress ?? "?"]).text(
                    in: language))
        }
        let context = APICommandContext(session: session, language: language, json: json, recorder: recorder)
        do {
            try await body(context)
            await session.close()
        } catch let error as SenfenicoError {
            await session.close()
            if json { printRefusal(error, recorder) }
            throw fail(error, language)
        } catch {
            await session.close()
            throw error
        }
    }

    /// With `--json`, Senfenico's own answer to a refused request, exactly as received, on
    /// standard output: the error body is the API's JSON as much as a success is. Errors that
    /// got no such answer (input refused before sending, no answer, unreadable answer) print
    /// nothing there.
    static func printRefusal(_ error: SenfenicoError, _ recorder: ExchangeRecorder) {
        switch error {
        case .api, .invalidAPIKey: break
        default: return
        }
        let whole = recorder.answersNewestFirst().first { body in
            (try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed])) != nil
        }
        guard let body = whole else { return }
        Console.json(body)
    }

    /// Says `error` on standard error and gives the exit that ends the command with its status.
    /// A refusal without a documented code (`Charge not found`) gets its HTTP status instead.
    static func fail(_ error: SenfenicoError, _ language: Language) -> ExitCode {
        var message = error.message(in: language)
        if case .api(let failure) = error, failure.code == nil { message += " (HTTP \(failure.httpStatus))" }
        Console.err(Strings.CommandLine.errorLine.filling(["message": message]).text(in: language))
        return ExitCode(ExitStatus.code(for: error))
    }
}

extension ExitStatus {
    /// A bulk transfer ran, but not every row of the file was queued (invalid rows, refused or
    /// not sent ones). Rows whose outcome is unknown give `outcomeUnknown` (6) instead.
    static let bulkIncomplete: Int32 = 9
}

/// `--amount 1500` or `--amount "1 500"`: whole francs, as typed.
struct AmountArgument: ExpressibleByArgument {
    let text: String

    init?(argument: String) { text = argument }

    static var defaultCompletionKind: CompletionKind { .default }

    /// Checked with the client's rules; a broken one is a validation error (exit 2).
    func money() throws(SenfenicoError) -> Money {
        switch Validator.amount(text) {
        case .success(let money): return money
        case .failure(let issue): throw .validation(issue)
        }
    }
}

extension Provider: ExpressibleByArgument {
    public init?(argument: String) {
        let key = argument.lowercased()
        guard let known = Provider.knownCases.first(where: { $0.rawValue == key || $0.rawValue.dropLast(3) == key })
        else { return nil }
        self = known
    }

    public static var allValueStrings: [String] { knownCases.map(\.rawValue) }

    /// The shells complete the documented names.
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension TransferWallet: ExpressibleByArgument {
    public init?(argument: String) {
        let key = argument.lowercased()
        guard
            let known = TransferWallet.knownCases.first(where: {
                $0.rawValue == key || $0.rawValue.dropLast(3) == key
            })
        else { return nil }
        self = known
    }

    public static var allValueStrings: [String] { knownCases.map(\.rawValue) }

    /// The shells complete the documented names.
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
