import Benchmark
import BenchmarkSupport
import DashboardCore
import SenfenicoAPI

// The dashboard's hot paths, in process, with package-benchmark: decoding a charge list, a
// frame at 200x60 with 100 000 charges, each kind of keystroke to its frame, and a list
// reload (prepared off the UI thread, installed on it). Run by `benchmarks/in-process.sh`,
// never by `swift test`.
//
// Two kinds of threshold, both beside these benchmarks:
// - the goals, absolute p99 ceilings in `p99-goals.tsv` (a keystroke to its frame and a
//   reload's install each <= 16 ms): package-benchmark 1.38's static thresholds are p90 values
//   only, so the script checks these p99 ceilings itself from the run's percentiles;
// - regressions, as package-benchmark expects: the p90 of every metric recorded in
//   `Thresholds/` by `swift package benchmark thresholds update`, checked by `thresholds check`
//   with the relative tolerances below.
let benchmarks: @Sendable () -> Void = {
    DecodeBenchmarks.register()
    FrameBenchmarks.register()
    ReloadBenchmarks.register()
}

/// What every benchmark here shares.
enum Suite {
    /// The sample account: the render benchmark's counts and seed.
    static let charges = 100_000
    static let transfers = 10_000
    static let seed: UInt64 = 1
    static let size = Size(width: 200, height: 60)

    /// How far a run may drift from the recorded p90 before `thresholds check` calls it a
    /// regression (or an improvement worth recording). Wide for time: these figures come from
    /// a shared machine; malloc counts hardly vary between runs.
    static var tolerances: [BenchmarkMetric: BenchmarkThresholds] {
        [
            .wallClock: .init(relative: [.p90: 50]),
            .mallocCountTotal: .init(relative: [.p90: 10]),
            .peakMemoryResident: .init(relative: [.p90: 25]),
        ]
    }

    static func configuration(
        metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal], warmUp: Int = 3, iterations: Int,
        seconds: Int
    ) -> Benchmark.Configuration {
        .init(
            metrics: metrics, timeUnits: .microseconds, warmupIterations: warmUp, maxDuration: .seconds(seconds),
            maxIterations: iterations,
            thresholds: tolerances.filter { metrics.contains($0.key) })
    }

    /// The sample rows, made the same way each time (the same seed gives the same rows).
    static func rows() -> (data: SampleData, charges: [Charge], transfers: [Transfer]) {
        var data = SampleData(seed: seed, end: SampleDashboard.end)
        let charges = data.charges(charges)
        let transfers = data.transfers(transfers)
        return (data, charges, transfers)
    }
}
