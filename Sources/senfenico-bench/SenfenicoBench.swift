import ArgumentParser

/// `senfenico-bench`: benchmarks that print figures. Not tests: build them in release mode
/// (`swift build -c release --product senfenico-bench`) and read the numbers.
@main
struct SenfenicoBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "senfenico-bench",
        abstract: "Benchmarks that print figures: list decoding (default) and dashboard rendering.",
        subcommands: [ListBenchmark.self, RenderBenchmark.self],
        defaultSubcommand: ListBenchmark.self
    )
}
