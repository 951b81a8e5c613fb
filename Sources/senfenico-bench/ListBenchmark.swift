import Foundation
import SenfenicoAPI

/// Lists every charge of an account into typed models and prints the time taken and the
/// process's peak memory. Not a test: run it in release mode against a seeded sandbox, e.g.
///
///     swift run -c release senfenico sandbox --port 18100 --seed-charges 100000 &
///     swift run -c release senfenico-bench --base-url http://127.0.0.1:18100
///
/// `benchmarks/compare-list.sh` runs it side by side with the official Python SDK.
@main
struct ListBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func value(_ flag: String) -> String? {
            arguments.firstIndex(of: flag).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        let baseURL = value("--base-url") ?? "http://127.0.0.1:18100"
        // A sandbox test key, not a secret; the benchmark never talks to Senfenico.
        let keyText = value("--api-key") ?? "sk_test_benchmark0001"
        let key = APIKey(keyText)!
        let decoder = value("--decoder") ?? "client"
        let gzip = arguments.contains("--gzip")

        let started = ContinuousClock.now
        let count: Int
        switch decoder {
        case "none":
            count = try await FoundationBaseline.downloadOnly(baseURL: baseURL, key: keyText)
        case "foundation":
            count = try await FoundationBaseline.listCharges(baseURL: baseURL, key: keyText)
        default:
            let configuration = ClientConfiguration(apiKey: key, baseURL: baseURL, acceptsGzip: gzip)
            count = try await SenfenicoClient.with(configuration) { client in try await client.charges().count }
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "decoder=\(decoder) gzip=\(gzip) charges=\(count) seconds=\(String(format: "%.3f", seconds)) "
                + "peak_rss_mb=\(String(format: "%.1f", PeakMemory.megabytes()))")
    }
}

/// The process's high-water resident memory, from `/proc/self/status` (`VmHWM`).
enum PeakMemory {
    static func megabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kilobytes / 1024
        }
        return 0
    }
}
