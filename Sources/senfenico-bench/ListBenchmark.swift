import ArgumentParser
import BenchmarkSupport
import Foundation
import SenfenicoAPI

/// Lists every charge of an account into typed models and prints the time taken and the
/// process's peak memory. Not a test: run it in release mode against a seeded sandbox, e.g.
///
///     swift run -c release senfenico sandbox --port 18100 --seed-charges 100000 &
///     swift run -c release senfenico-bench --base-url http://127.0.0.1:18100
///
/// `benchmarks/compare-list.sh` runs it side by side with the official Python SDK.
struct ListBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Time listing every charge of a (seeded sandbox) account."
    )

    enum Decoder: String, ExpressibleByArgument, CaseIterable {
        /// This package's streaming decoder, through `SenfenicoClient`.
        case client
        /// The whole body, then `JSONDecoder` into Codable structs.
        case foundation
        /// Download only: the floor any decoder adds to.
        case downloadOnly = "none"
    }

    @Option(help: "The sandbox (or server) to list from.")
    var baseURL = "http://127.0.0.1:18100"

    // A sandbox test key, not a secret; the benchmark never talks to Senfenico.
    @Option(help: "The API key to send.")
    var apiKey = "sk_test_benchmark0001"

    @Option(help: "How to read the list: client, foundation or none (download only).")
    var decoder: Decoder = .client

    @Flag(help: "Ask for a gzip-compressed body (client decoder only).")
    var gzip = false

    func validate() throws {
        guard APIKey(apiKey) != nil else { throw ValidationError("Not an API key: \(apiKey)") }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let count: Int
        switch decoder {
        case .downloadOnly:
            count = try await FoundationBaseline.downloadOnly(baseURL: baseURL, key: apiKey)
        case .foundation:
            count = try await FoundationBaseline.listCharges(baseURL: baseURL, key: apiKey)
        case .client:
            let configuration = ClientConfiguration(apiKey: APIKey(apiKey)!, baseURL: baseURL, acceptsGzip: gzip)
            count = try await SenfenicoClient.with(configuration) { client in try await client.charges().count }
        }
        let seconds = (ContinuousClock.now - started).seconds
        print(
            "decoder=\(decoder.rawValue) gzip=\(gzip) charges=\(count) seconds=\(String(format: "%.3f", seconds)) "
                + "peak_rss_mb=\(String(format: "%.1f", PeakMemory.megabytes()))")
    }
}
