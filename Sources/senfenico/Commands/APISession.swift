import ArgumentParser
import Foundation
import Logging
import PaymentJournal
import SenfenicoAPI
import SenfenicoSandbox
import Settings

/// A client ready to use, on Senfenico when a key is given, otherwise on an embedded sandbox
/// started in this process on an ephemeral loopback port.
struct APISession {
    enum Mode {
        case sandbox
        case test
        case live
    }

    let client: SenfenicoClient
    let mode: Mode
    /// Where the embedded sandbox listens, so a developer can call it from outside.
    let sandboxAddress: String?
    /// The account the local journal files this session's charges and transfers under.
    let account: JournalAccount
    private let sandbox: SandboxServer?

    /// The key the embedded sandbox is used with: any `sk_test_` key works there; this one
    /// is not a secret.
    static let embeddedSandboxKey = "sk_test_embedded_sandbox"

    /// For commands that print a result: the settings are resolved here, their warnings go to
    /// standard error, and a bad setting ends the command with the configuration exit status.
    static func open(_ connection: ConnectionOptions) async throws -> APISession {
        let settings = try connection.resolveSettings()
        let (sink, logWarning) = connection.logSink(settings, interactive: false)
        connection.report(settings.warnings + [logWarning].compactMap { $0 }, language: settings.language, sink: sink)
        return try await open(connection, settings: settings, logger: sink.logger(label: "senfenico.client"))
    }

    /// - Parameters:
    ///   - settings: the key (none: the embedded sandbox) and the base URL.
    ///   - sandboxPort: where the embedded sandbox listens; 0 picks a free port.
    ///   - wholeCommand: `--timeout` bounds the whole command (false for the dashboard, whose calls
    ///     each get the timeout).
    ///   - observer: sees every exchange (the dashboard counts the bytes received).
    ///   - exchangeBodyLimit: how much of each answer the observer sees (`--json` wants it whole).
    static func open(
        _ connection: ConnectionOptions, settings: ResolvedSettings, logger: Logger, sandboxPort: Int = 0,
        wholeCommand: Bool = true, observer: (@Sendable (Exchange) -> Void)? = nil,
        exchangeBodyLimit: Int = ClientConfiguration.defaultExchangeBodyLimit
    ) async throws -> APISession {
        if let key = settings.apiKey {
            var configuration = connection.clientConfiguration(
                key: key, baseURL: settings.baseURL, settings: settings, wholeCommand: wholeCommand)
            configuration.exchangeBodyLimit = exchangeBodyLimit
            let client = try SenfenicoClient(configuration: configuration, logger: logger, observer: observer)
            return APISession(
                client: client, mode: key.mode == .live ? .live : .test, sandboxAddress: nil,
                account: JournalAccount(key: key), sandbox: nil)
        }
        var options = SandboxOptions()
        options.port = sandboxPort
        options.seedCharges = 25
        options.seedTransfers = 8
        options.faults = try SandboxServer.faults(fromEnvironment: ProcessInfo.processInfo.environment)
        let sandbox = SandboxServer(options: options)
        let port = try await sandbox.start()
        let address = "http://127.0.0.1:\(port)"
        var configuration = connection.clientConfiguration(
            key: APIKey(embeddedSandboxKey)!, baseURL: address, settings: settings, wholeCommand: wholeCommand)
        configuration.exchangeBodyLimit = exchangeBodyLimit
        let client = try SenfenicoClient(configuration: configuration, logger: logger, observer: observer)
        return APISession(
            client: client, mode: .sandbox, sandboxAddress: address, account: .sandbox, sandbox: sandbox)
    }

    func close() async {
        await client.shutdown()
        await sandbox?.stop()
    }
}

/// Exit statuses per error class, so scripts can tell them apart.
enum ExitStatus {
    /// A setting that cannot be used, from the client's checks or from the config file.
    static let configuration: Int32 = 8

    static func code(for error: SenfenicoError) -> Int32 {
        switch error {
        case .validation: 2
        case .invalidAPIKey: 3
        case .api: 4
        case .transport: 5
        case .outcomeUnknown: 6
        case .decoding, .redirectRefused, .answerTooLarge: 7
        case .configuration: configuration
        }
    }
}
