import ArgumentParser
import Foundation
import Localization
import Settings

/// Which sandbox `logs tail`, `trigger` and `sandbox advance` talk to: `--base-url` when given,
/// else the newest one running on this machine (standalone or a dashboard's embedded one),
/// found in the ``SandboxRegistry``. Never a remote API: these commands move a sandbox's clock
/// and make payments in it, so the address must be a loopback one.
struct SandboxTarget: ParsableArguments {
    @Option(help: "Address of the sandbox (default: the newest one running on this machine).")
    var baseURL: String?

    @Option(help: "Language of messages: fr or en (default: $SENFENICO_LANG, config file, LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    var language: Language { lang ?? ArgumentErrors.language(CommandLine.arguments) }

    /// The key used when neither the sandbox's record nor `SENFENICO_API_KEY` gives one: any
    /// test key opens an account in a sandbox; this one is public, like the embedded one.
    static let fallbackKey = "sk_test_" + "senfenico_cli"

    struct Resolved {
        var http: LoopbackHTTP
        var url: String
        var record: SandboxRecord?
    }

    /// The sandbox to use, or the reason there is none on standard error and exit status 1.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Resolved {
        let records = SandboxRegistry.running(environment: environment)
        let url: String
        let record: SandboxRecord?
        if let baseURL {
            url = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
            record = records.first { $0.url == url }
        } else if let newest = records.first {
            url = newest.url
            record = newest
        } else {
            Console.err(Strings.SandboxTools.noSandbox.text(in: language))
            throw ExitCode(1)
        }
        guard var http = LoopbackHTTP(baseURL: url) else {
            Console.err(Strings.SandboxTools.notLoopback.filling(["url": url]).text(in: language))
            throw ExitCode(1)
        }
        http.key = key(record: record, environment: environment)
        return Resolved(http: http, url: url, record: record)
    }

    /// The embedded sandbox's public key (so a trigger lands in the account the dashboard
    /// shows), else `SENFENICO_API_KEY` when it is a test key (the account the developer's own
    /// code uses), else ``fallbackKey``.
    private func key(record: SandboxRecord?, environment: [String: String]) -> String {
        if let key = record?.key { return key }
        if let key = environment["SENFENICO_API_KEY"]?.trimmingCharacters(in: .whitespacesAndNewlines), !key.isEmpty {
            if key.hasPrefix("sk_test_") { return key }
            Console.err(Strings.SandboxTools.notATestKey.text(in: language))
        }
        return Self.fallbackKey
    }

    /// Says which sandbox is used, on standard error (standard output stays the data).
    func announce(_ resolved: Resolved) {
        guard let record = resolved.record else { return }
        let kind = record.kind == .embedded ? Strings.SandboxTools.kindEmbedded : Strings.SandboxTools.kindStandalone
        Console.err(
            Strings.SandboxTools.usingSandbox.filling([
                "url": record.url, "kind": kind.text(in: language), "pid": String(record.pid),
            ]).text(in: language))
    }

    /// A request's answer, or what went wrong on standard error and exit status 1.
    func call(
        _ resolved: Resolved, _ method: String, _ path: String, json: [String: Any]? = nil, what: String
    ) throws -> LoopbackHTTP.Answer {
        let answer: LoopbackHTTP.Answer
        do {
            answer = try resolved.http.perform(method, path, json: json)
        } catch {
            Console.err(Strings.SandboxTools.cannotReach.filling(["url": resolved.url]).text(in: language))
            throw ExitCode(1)
        }
        guard (200..<300).contains(answer.status) else {
            let object = answer.object
            let message = [object?["error_code"] as? String, object?["message"] as? String].compactMap { $0 }
                .joined(separator: " ")
            Console.err(
                Strings.SandboxTools.refused.filling([
                    "url": resolved.url, "what": what, "status": String(answer.status), "message": message,
                ]).text(in: language))
            throw ExitCode(1)
        }
        return answer
    }
}
