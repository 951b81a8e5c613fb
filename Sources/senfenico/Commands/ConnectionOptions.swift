import ArgumentParser
import Foundation
import Localization
import Logging
import SenfenicoAPI

/// Where to connect and in which language to speak, shared by every command that calls the API.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "API address (default: $SENFENICO_BASE_URL, else https://api.senfenico.com).")
    var baseURL: String?

    @Option(help: "Read the API key from this file instead of $SENFENICO_API_KEY (never pass a key as an argument).")
    var apiKeyFile: String?

    @Option(help: "Seconds one request may take in all, answer included.")
    var timeout: Int = 60

    @Flag(help: "Log every request to standard error (the key is masked).")
    var verbose = false

    @Option(help: "Language of messages: fr or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment() }

    func validate() throws {
        guard (1...3_600).contains(timeout) else { throw ValidationError("--timeout is between 1 and 3600 seconds.") }
    }

    /// The client settings for an address and key.
    /// Silent unless `--verbose`: log lines must never mix with a command's output.
    var logger: Logger {
        let verbose = verbose
        var logger = Logger(label: "senfenico.client") { label -> any LogHandler in
            verbose ? StreamLogHandler.standardError(label: label) : SwiftLogNoOpLogHandler()
        }
        logger.logLevel = Logger.Level.debug
        return logger
    }

    func clientConfiguration(key: APIKey, baseURL: String) -> ClientConfiguration {
        ClientConfiguration(apiKey: key, baseURL: baseURL, requestTimeout: .seconds(timeout))
    }

    /// The key from `--api-key-file` or `SENFENICO_API_KEY`; `nil` means: use the sandbox.
    func apiKey(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> APIKey? {
        if let apiKeyFile {
            let text = try String(contentsOfFile: apiKeyFile, encoding: .utf8)
            guard let key = APIKey(text) else { throw ValidationError("\(apiKeyFile) holds no key") }
            return key
        }
        return environment["SENFENICO_API_KEY"].flatMap(APIKey.init)
    }

    func resolvedBaseURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        baseURL ?? environment["SENFENICO_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ClientConfiguration.defaultBaseURL
    }
}

extension Language: ExpressibleByArgument {}
