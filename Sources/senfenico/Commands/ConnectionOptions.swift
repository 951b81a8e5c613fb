import ArgumentParser
import Foundation
import Localization
import SenfenicoAPI

/// Where to connect and in which language to speak, shared by every command that calls the API.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "API address (default: $SENFENICO_BASE_URL, else https://api.senfenico.com).")
    var baseURL: String?

    @Option(help: "Read the API key from this file instead of $SENFENICO_API_KEY (never pass a key as an argument).")
    var apiKeyFile: String?

    @Option(help: "Language of messages: fr or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment() }

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
