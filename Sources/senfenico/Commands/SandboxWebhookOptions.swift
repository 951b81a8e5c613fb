import ArgumentParser
import CSVOutput
import Foundation
import Localization
import SenfenicoAPI
import SenfenicoSandbox

/// `senfenico sandbox`'s webhook flags: where deliveries go and the key they are signed with.
struct SandboxWebhookOptions: ParsableArguments {
    @Option(
        name: .customLong("webhook-url"),
        help: ArgumentHelp(
            "Deliver every state change to this URL as a signed webhook (repeatable).",
            discussion: """
                charge.success, charge.failed, charge.canceled, checkout.completed, checkout.failed, \
                settlement.in_transit, settlement.success, settlement.cancelled, transfer.success, \
                transfer.failed: POST {"event": …, "data": "<the object's JSON>"} with the hash in \
                \(WebhookHeader.hash). More URLs can be added through POST /_sandbox/webhooks.
                """,
            valueName: "url"))
    var webhookURLs: [String] = []

    @Option(
        help: ArgumentHelp(
            "Sign webhooks with the key in this file.",
            discussion: """
                Without it, a random key is made for this run and written to a private file, whose path \
                is printed when webhooks are on (the key itself never is).
                """,
            valueName: "path"),
        completion: .file())
    var webhookKeyFile: String?

    func validate(language: Language) throws {
        for url in webhookURLs where !ListenCommand.isHTTPURL(url) {
            throw ValidationError(
                Strings.Webhooks.badURL.filling(["flag": "--webhook-url", "url": url]).text(in: language))
        }
    }

    /// Puts the flags into `options`. Returns the random key's file when one was written (the
    /// caller removes it at exit).
    func apply(to options: inout SandboxOptions, language: Language) throws -> String? {
        try validate(language: language)
        options.webhookURLs = webhookURLs
        options.webhookLogPrinter = { delivery in
            FileHandle.standardOutput.write(Data((delivery.line + "\n").utf8))
        }
        if let webhookKeyFile {
            options.webhookKey = try WebhookKeyFile.read(webhookKeyFile, language: language)
            options.webhookKeyFile = webhookKeyFile
            return nil
        }
        let key = WebhookKey.random()
        let folder = FileManager.default.temporaryDirectory.path + "/senfenico-sandbox-\(getpid())"
        let path = folder + "/webhook.key"
        do {
            try PrivateFile.save(Array(key.keyFileText.utf8), to: path)
        } catch {
            return nil
        }
        options.webhookKey = key
        options.webhookKeyFile = path
        return path
    }

    /// The line printed after the sandbox starts, when webhooks are on.
    func startLine(_ options: SandboxOptions, language: Language) -> String? {
        guard !options.webhookURLs.isEmpty, let file = options.webhookKeyFile else { return nil }
        return Strings.Webhooks.sandboxStart.filling([
            "urls": options.webhookURLs.joined(separator: ", "), "path": file, "header": WebhookHeader.hash,
        ]).text(in: language)
    }

    /// Removes the random key's file and its folder.
    static func removeKeyFile(_ path: String?) {
        guard let path else { return }
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
}
