import Foundation
import SenfenicoAPI
import SenfenicoSandbox
import Synchronization
import Testing

/// A sandbox on an ephemeral loopback port with a hand-driven clock, and a real client on it:
/// every contract test goes through real HTTP, exactly as the dashboard does.
struct SandboxHarness {
    let sandbox: SandboxServer
    let client: SenfenicoClient
    let clock: TravellingClock
    let exchanges: ExchangeLog

    /// A fresh account for each harness: each test gets its own key.
    static func start(
        seedCharges: Int = 0, seedTransfers: Int = 0, gzip: Bool = false, faults: [FaultRule] = []
    ) async throws -> SandboxHarness {
        let clock = TravellingClock()
        let options = SandboxOptions(
            port: 0, seedCharges: seedCharges, seedTransfers: seedTransfers, faults: faults, clock: clock.sandboxClock)
        let sandbox = SandboxServer(options: options)
        let port = try await sandbox.start()
        let log = ExchangeLog()
        let key = APIKey("sk_test_contract_\(UUID().uuidString.prefix(12))")!
        let configuration = ClientConfiguration(
            apiKey: key, baseURL: "http://127.0.0.1:\(port)", requestTimeout: .seconds(60),
            retryPolicy: RetryPolicy(baseDelay: .milliseconds(10)), acceptsGzip: gzip)
        let client = try SenfenicoClient(configuration: configuration, observer: { log.append($0) })
        return SandboxHarness(sandbox: sandbox, client: client, clock: clock, exchanges: log)
    }

    func stop() async {
        await client.shutdown()
        await sandbox.stop()
    }

    /// Runs a test body on a fresh harness and always stops it.
    static func run(
        seedCharges: Int = 0, seedTransfers: Int = 0, gzip: Bool = false, faults: [FaultRule] = [],
        _ body: (SandboxHarness) async throws -> Void
    ) async throws {
        let harness = try await start(
            seedCharges: seedCharges, seedTransfers: seedTransfers, gzip: gzip, faults: faults)
        do {
            try await body(harness)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }
}

/// What the client reported through its observer.
final class ExchangeLog: Sendable {
    private let entries = Mutex<[Exchange]>([])

    func append(_ exchange: Exchange) { entries.withLock { $0.append(exchange) } }

    var all: [Exchange] { entries.withLock { $0 } }
}

extension SenfenicoError {
    /// The documented code, or `nil`, for compact assertions.
    var code: APIErrorCode? { errorCode }
}

/// Runs `body` and returns the `SenfenicoError` it threw, or `nil` when it succeeded.
func senfenicoError(
    _ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
) async -> SenfenicoError? {
    do {
        try await body()
        return nil
    } catch let error as SenfenicoError {
        return error
    } catch {
        Issue.record("not a SenfenicoError: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Real time plus jumps: the sandbox's timed transitions (settling, OTP lifetime, settlement
/// stages) are reached by `advance` instead of waiting, while rate limits still see real time.
final class TravellingClock: Sendable {
    private let offsetSeconds = Mutex<Double>(0)

    func advance(seconds: Double) {
        offsetSeconds.withLock { $0 += seconds }
    }

    var sandboxClock: SandboxClock {
        SandboxClock { [self] in Timestamp.now().adding(seconds: offsetSeconds.withLock { $0 }) }
    }
}
