// swift-tools-version: 6.1
import PackageDescription

// In-process benchmarks of the dashboard with package-benchmark (ordo-one/benchmark), kept in a
// package of their own so that the main package's `swift build` and `swift test` never build
// package-benchmark: run them with `benchmarks/in-process.sh`, not with `swift test`.
let package = Package(
    name: "senfenico-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "senfenico", path: ".."),
        // MallocInterposer: malloc counts without installing jemalloc (Swift 6.3+).
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DashboardBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BenchmarkSupport", package: "senfenico"),
                .product(name: "SenfenicoAPI", package: "senfenico"),
            ],
            path: "Benchmarks/DashboardBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
