import ArgumentParser
import Foundation
import Localization
import SenfenicoAPI
import Settings

/// `senfenico webhook`: tools for the webhooks Senfenico (or the sandbox) sends.
struct WebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhook",
        abstract: "Check webhooks Senfenico sent.",
        subcommands: [WebhookVerifyCommand.self]
    )
}

/// `senfenico webhook verify --hash H --webhook-key-file F < payload.json`.
struct WebhookVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check one webhook payload's hash (the exit status tells).",
        discussion: """
            Reads the payload (the request's body, as received) on standard input and checks it as the \
            official Python SDK's Webhook.construct_event does: the hash must be the hexadecimal SHA-256 \
            of json.dumps(payload) followed by the webhook key, and the object in "data" must have the \
            fields of the SDK's ChargeData, CheckoutData or SettlementData (TransferData for transfer. \
            events). A note says when the PHP SDK, which hashes the raw body, would disagree.

            Exit status: 0 valid, 1 invalid, 8 the key file cannot be read.

            Examples:
              senfenico webhook verify --hash 3f5c… --webhook-key-file ~/.config/senfenico/webhook.key < body.json
            """
    )

    @Option(help: ArgumentHelp("The hash the webhook came with (its \(WebhookHeader.hash) header).", valueName: "hex"))
    var hash: String

    @Option(
        help: ArgumentHelp(
            "The file holding the webhook key.",
            discussion: "Keys are never taken as arguments: they would show in the process list and shell history.",
            valueName: "path"),
        completion: .file())
    var webhookKeyFile: String

    @Option(help: "Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    var language: Language {
        let resolver = SettingsResolver(
            flags: SettingsLayer(language: lang), environment: ProcessInfo.processInfo.environment)
        return (try? resolver.resolve().language) ?? resolver.fallbackLanguage
    }

    /// A webhook body is a few kilobytes; anything this large is not one.
    static let maximumPayload = 1 << 20

    func run() async throws {
        let language = self.language
        guard !hash.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(Strings.Webhooks.emptyHash.text(in: language))
        }
        let key = try WebhookKeyFile.read(webhookKeyFile, language: language)
        let payload = FileHandle.standardInput.readData(ofLength: Self.maximumPayload + 1)
        guard payload.count <= Self.maximumPayload else {
            Console.err(Strings.Webhooks.stdinTooLarge.text(in: language))
            throw ExitCode.failure
        }
        let check = WebhookSignature.verify(body: Array(payload), hash: hash, key: key)
        let verdict = WebhookVerdictText(language: language)
        switch check {
        case .accepted(let event, let rawBodyIsCanonical):
            Console.out(verdict.valid(event, key: key))
            for note in verdict.notes(event, rawBodyIsCanonical: rawBodyIsCanonical) { Console.err(note) }
        case .refused(let refusal):
            Console.err(Strings.Webhooks.invalid.filling(["reason": verdict.reason(refusal)]).text(in: language))
            throw ExitCode.failure
        }
    }
}

/// Reading `--webhook-key-file`, with the messages and exit status every command uses for it.
enum WebhookKeyFile {
    static func read(_ path: String, language: Language) throws -> WebhookKey {
        do {
            return try WebhookKey.read(fromFile: path)
        } catch .unreadable(let path) {
            Console.err(Strings.Webhooks.keyFileUnreadable.filling(["path": path]).text(in: language))
        } catch .empty(let path) {
            Console.err(Strings.Webhooks.keyFileEmpty.filling(["path": path]).text(in: language))
        }
        throw ExitCode(ExitStatus.configuration)
    }
}

/// The words for a verdict, shared by `webhook verify` and `listen`.
struct WebhookVerdictText {
    let language: Language

    func valid(_ event: WebhookEvent, key: WebhookKey) -> String {
        Strings.Webhooks.valid.filling(["event": event.name, "key": String(key.masked.dropFirst())]).text(in: language)
    }

    func notes(_ event: WebhookEvent, rawBodyIsCanonical: Bool) -> [String] {
        var notes: [String] = []
        if !rawBodyIsCanonical { notes.append(Strings.Webhooks.rawBodyNotCanonical.text(in: language)) }
        if event.kind?.isReadByPythonSDK == false {
            notes.append(Strings.Webhooks.notReadByPythonSDK.text(in: language))
        }
        return notes
    }

    func reason(_ refusal: WebhookRefusal) -> String {
        typealias W = Strings.Webhooks
        switch refusal {
        case .notJSON(let detail): return W.reasonNotJSON.filling(["detail": detail]).text(in: language)
        case .hashMismatch: return W.reasonHashMismatch.text(in: language)
        case .notAnEvent: return W.reasonNotAnEvent.text(in: language)
        case .unknownEvent(let name): return W.reasonUnknownEvent.filling(["event": name]).text(in: language)
        case .unreadableData: return W.reasonUnreadableData.text(in: language)
        case .fields(let missing, let extra):
            let none = W.none.text(in: language)
            return W.reasonFields.filling([
                "missing": missing.isEmpty ? none : missing.joined(separator: ", "),
                "extra": extra.isEmpty ? none : extra.joined(separator: ", "),
            ]).text(in: language)
        }
    }
}
