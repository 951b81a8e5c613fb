import ArgumentParser
import Foundation
import SenfenicoAPI
import SenfenicoSandbox

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
    private let sandbox: SandboxServer?

    /// The key the embedded sandbox is used with: any `sk_test_` key works there; this one
    /// is not a secret.
    static let embeddedSandboxKey = "sk_test_embedded_sandbox"

    static func open(_ connection: ConnectionOptions) async throws -> APISession {
        if let key = try connection.apiKey() {
            let configuration = connection.clientConfiguration(key: key, baseURL: connection.resolvedBaseURL())
            let client = try SenfenicoClient(configuration: configuration, logger: connection.logger)
            return APISession(client: client, mode: key.mode == .live ? .live : .test, sandbox: nil)
        }
        var options = SandboxOptions()
        options.port = 0
        options.seedCharges = 25
        options.seedTransfers = 8
        options.faults = try SandboxServer.faults(fromEnvironment: ProcessInfo.processInfo.environment)
        let sandbox = SandboxServer(options: options)
        let port = try await sandbox.start()
        let configuration = connection.clientConfiguration(
            key: APIKey(embeddedSandboxKey)!, baseURL: "http://127.0.0.1:\(port)")
        let client = try SenfenicoClient(configuration: configuration, logger: connection.logger)
        return APISession(client: client, mode: .sandbox, sandbox: sandbox)
    }

    func close() async {
        await client.shutdown()
        await sandbox?.stop()
    }
}

/// Exit statuses per error class, so scripts can tell them apart.
enum ExitStatus {
    static func code(for error: SenfenicoError) -> Int32 {
        switch error {
        case .validation: 2
        case .invalidAPIKey: 3
        case .api: 4
        case .transport: 5
        case .outcomeUnknown: 6
        case .decoding, .redirectRefused: 7
        case .configuration: 8
        }
    }
}
