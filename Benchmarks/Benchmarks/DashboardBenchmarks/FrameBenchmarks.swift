import Benchmark
import BenchmarkSupport
import DashboardCore
import Localization

/// One frame per iteration, as the dashboard's loop makes it: an action reduced, the whole
/// state rendered at 200x60 and diffed against the frame before, with 100 000 charges and
/// 10 000 transfers loaded and the charges pane focused. The same frames as
/// `senfenico-bench render --size 200x60`.
enum FrameBenchmarks {
    /// A phone fragment, typed as in the render benchmark.
    static let filter = "76 1"

    static func register() {
        frames("frame 200x60 100k charges (unchanged)") { bench in
            let now = bench.state.now
            return { _ in .tick(now) }
        }
        frames("key move") { _ in { _ in .key(.down) } }
        // Each character of the fragment typed, then Esc, again and again: each character
        // refines the rows the shorter query found; Esc goes back to all.
        frames("key filter typing") { _ in
            let typing: [Action] = [.key(.character("/"))] + filter.map { .key(.character($0)) } + [.key(.escape)]
            return { typing[$0 % typing.count] }
        }
        // `o` cycles the sort: time, amount, status, operator (each order made once per load).
        frames("key sort (o)") { _ in { _ in .key(.character("o")) } }
    }

    /// The frames of one benchmark, and which action comes next.
    final class Driver {
        var bench: FrameBench
        var next: (Int) -> Action = { _ in .key(.down) }
        var count = 0

        init(bench: FrameBench) {
            self.bench = bench
        }

        func frame() -> Int {
            defer { count += 1 }
            return bench.frame(next(count))
        }
    }

    static func loadedDashboard() -> FrameBench {
        let rows = Suite.rows()
        let state = SampleDashboard.state(charges: rows.charges, transfers: rows.transfers)
        return FrameBench(state: state, theme: Theme.fallback, size: Suite.size, language: .english)
    }

    /// `actions` is asked once, after the setup, for the action of each frame by its number.
    private static func frames(_ name: String, actions: @escaping (FrameBench) -> (Int) -> Action) {
        Benchmark(name, configuration: Suite.configuration(iterations: 300, seconds: 30)) {
            (benchmark: Benchmark, driver: Driver) in
            for _ in benchmark.scaledIterations {
                blackHole(driver.frame())
            }
        } setup: {
            let driver = Driver(bench: loadedDashboard())
            driver.next = actions(driver.bench)
            return driver
        }
    }
}
