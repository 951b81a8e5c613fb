import ArgumentParser
import Foundation
import Hummingbird
import Localization
import Logging
import SenfenicoAPI
import Settings

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `senfenico listen`: a webhook receiver on loopback for development. Each request's hash is
/// checked, the event and its object printed, and a verified request forwarded as received.
struct ListenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "Receive webhooks on loopback, check their hash, print them and forward them.",
        discussion: """
            Takes POST requests on any path of http://127.0.0.1:PORT. With --webhook-key-file, a request \
            whose \(WebhookHeader.hash) header is not the hash of its body with that key (as the official \
            SDKs check it) is answered 400 and shown as refused; without it, nothing is checked. Each \
            accepted webhook is printed (event, then the object; in colour on a terminal unless NO_COLOR \
            is set), or with --json as one JSON object per line. With --forward-to, an accepted request \
            is sent on to that URL with the same body and headers, and the sender gets the forward's \
            status (502 when it cannot be reached), so the sender's retries reach your application too. \
            Ctrl-C stops.

            Examples:
              senfenico listen --port 9000 --webhook-key-file webhook.key
              senfenico sandbox --webhook-url http://127.0.0.1:9000/hook --webhook-key-file webhook.key
              senfenico listen --webhook-key-file webhook.key --forward-to http://127.0.0.1:8000/senfenico/webhook
            """
    )

    @Option(help: "Port to listen on, on 127.0.0.1 (0 picks a free one).")
    var port: Int = 9000

    @Option(help: ArgumentHelp("Send each accepted webhook on to this URL, as received.", valueName: "url"))
    var forwardTo: String?

    @Option(
        help: ArgumentHelp(
            "The file holding the webhook key the hashes are checked with.",
            discussion: "Keys are never taken as arguments: they would show in the process list and shell history.",
            valueName: "path"),
        completion: .file())
    var webhookKeyFile: String?

    @Flag(help: "Print one JSON object per webhook, and nothing else, on standard output.")
    var json = false

    @Option(help: "Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    var language: Language {
        let resolver = SettingsResolver(
            flags: SettingsLayer(language: lang), environment: ProcessInfo.processInfo.environment)
        return (try? resolver.resolve().language) ?? resolver.fallbackLanguage
    }

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError(Strings.FlagChecks.portRange.text(in: language))
        }
        if let forwardTo, !Self.isHTTPURL(forwardTo) {
            throw ValidationError(
                Strings.Webhooks.badURL.filling(["flag": "--forward-to", "url": forwardTo]).text(in: language))
        }
    }

    static func isHTTPURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), url.host != nil else { return false }
        return scheme == "http" || scheme == "https"
    }

    func run() async throws {
        let language = self.language
        let key = try webhookKeyFile.map { try WebhookKeyFile.read($0, language: language) }
        let colour = !json && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let receiver = WebhookReceiver(
            key: key, forwardTo: forwardTo, poster: forwardTo == nil ? nil : WebhookPoster(),
            printer: ListenPrinter(language: language, json: json, colour: colour))
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in await receiver.respond(to: request) },
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in
                let url = "http://127.0.0.1:\(channel.localAddress?.port ?? port)"
                // On standard error: standard output is the webhooks alone (with --json, JSON alone).
                Console.err(Strings.Webhooks.listening.filling(["url": url]).text(in: language))
                if let forwardTo {
                    Console.err(Strings.Webhooks.listeningForward.filling(["url": forwardTo]).text(in: language))
                }
                if key == nil { Console.err(Strings.Webhooks.listeningNoKey.text(in: language)) }
            },
            logger: Logger(label: "senfenico.listen", factory: { _ in SwiftLogNoOpLogHandler() }))
        do {
            // Stops gracefully on SIGINT and SIGTERM.
            try await app.runService()
        } catch {
            Console.err(
                Strings.Webhooks.cannotListen.filling(["host": "127.0.0.1", "port": String(port), "reason": "\(error)"])
                    .text(in: language))
            await receiver.poster?.shutdown()
            throw ExitCode.failure
        }
        await receiver.poster?.shutdown()
    }
}

/// What `listen` does with one request.
struct WebhookReceiver: Sendable {
    let key: WebhookKey?
    let forwardTo: String?
    let poster: WebhookPoster?
    let printer: ListenPrinter

    static let maximumBody = 1 << 20
    static let forwardTimeout = Duration.seconds(10)
    /// Headers that belong to one connection, not to the request: never forwarded.
    static let hopByHop: Set<String> = [
        "host", "content-length", "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
        "proxy-connection",
    ]

    func respond(to request: Request) async -> Response {
        guard request.method == .post else { return Self.answer(.methodNotAllowed, "POST only") }
        var request = request
        guard let buffer = try? await request.collectBody(upTo: Self.maximumBody) else {
            return Self.answer(.contentTooLarge, "too large")
        }
        let body = Array(buffer.readableBytesView)
        let hashName = HTTPFields.Element.Name(WebhookHeader.hash)!
        let verdict = WebhookVerdictText(language: printer.language)

        let event: WebhookEvent
        var notes: [String] = []
        if let key {
            guard let hash = request.headers[hashName] else {
                let reason = Strings.Webhooks.reasonNoHash.filling(["header": WebhookHeader.hash])
                return refuse(reason.text(in: printer.language), body: body)
            }
            switch WebhookSignature.verify(body: body, hash: hash, key: key) {
            case .accepted(let accepted, let rawBodyIsCanonical):
                event = accepted
                notes = verdict.notes(accepted, rawBodyIsCanonical: rawBodyIsCanonical)
            case .refused(let refusal):
                return refuse(verdict.reason(refusal), body: body)
            }
        } else {
            guard let parsed = try? PythonJSON.pythonLoads(body), let name = parsed["event"]?.stringValue,
                let data = parsed["data"]?.stringValue
            else {
                return refuse(verdict.reason(.notAnEvent), body: body)
            }
            event = WebhookEvent(name: name, data: data)
        }

        guard let forwardTo, let poster else {
            printer.accepted(event, verified: key != nil, notes: notes, forward: nil)
            return Self.answer(.ok, "received")
        }
        var headers: [(name: String, value: String)] = []
        for field in request.headers where !Self.hopByHop.contains(field.name.canonicalName) {
            headers.append((field.name.rawName, field.value))
        }
        do {
            let answer = try await poster.post(
                url: forwardTo, body: body, headers: headers, timeout: Self.forwardTimeout)
            printer.accepted(event, verified: key != nil, notes: notes, forward: .answered(answer.status))
            var response = Response(
                status: .init(code: answer.status), body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
            for header in answer.headers where !Self.hopByHop.contains(header.name.lowercased()) {
                if let name = HTTPFields.Element.Name(header.name) {
                    response.headers.append(HTTPFields.Element(name: name, value: header.value))
                }
            }
            return response
        } catch {
            printer.accepted(event, verified: key != nil, notes: notes, forward: .failed("\(error)"))
            return Self.answer(.badGateway, "forward failed")
        }
    }

    private func refuse(_ reason: String, body: [UInt8]) -> Response {
        let name = (try? PythonJSON.pythonLoads(body))?["event"]?.stringValue
        printer.refused(event: name, reason: reason)
        return Self.answer(.badRequest, reason)
    }

    /// `{"status": …, "message": …}`, like Senfenico's own answers.
    static func answer(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let json = PythonJSON.object([.init("status", .bool(status == .ok)), .init("message", .string(message))])
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json.pythonDumps())))
    }
}
