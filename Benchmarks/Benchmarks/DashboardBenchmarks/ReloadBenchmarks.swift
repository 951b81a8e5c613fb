import Benchmark
import BenchmarkSupport
import DashboardCore
import SenfenicoAPI

/// A refresh of the charges list as the app does it: the whole list prepared (merged, indexed,
/// sorted) in the fetch task, off the UI thread, then installed by the UI thread with
/// `.chargesPrepared` and drawn. Each refresh brings one more new charge on top of the 100 000.
enum ReloadBenchmarks {
    /// Refreshes prepared ahead for the install benchmark, installed in turn and again (each
    /// holds 100 000 rows, so a few are reused rather than one per iteration).
    static let preparedCount = 12

    static func register() {
        Benchmark(
            "reload install (UI thread)", configuration: Suite.configuration(iterations: 120, seconds: 30)
        ) { (benchmark: Benchmark, fixture: InstallFixture) in
            for _ in benchmark.scaledIterations {
                let index = fixture.count % fixture.prepared.count
                let time = SampleDashboard.end.adding(seconds: Double(20 + fixture.count))
                fixture.count += 1
                blackHole(fixture.driver.bench.frame(.chargesPrepared(fixture.prepared[index], at: time)))
            }
        } setup: {
            let fixture = InstallFixture(driver: FrameBenchmarks.Driver(bench: FrameBenchmarks.loadedDashboard()))
            // As fetched: the rows loaded, with one more new charge on top each time.
            let loaded = fixture.driver.bench.state.chargeList.rows
            var held = loaded
            var data = SampleData(seed: Suite.seed + 1, end: SampleDashboard.end)
            let arrivals = newCharges(&data, preparedCount)
            fixture.prepared = (1...preparedCount).map { count in
                let made = PreparedRows(whole: Array(arrivals.prefix(count).reversed()) + loaded, after: held)
                held = made.rows
                return made
            }
            return fixture
        }

        Benchmark(
            "reload prepare (off the UI thread)",
            configuration: Suite.configuration(warmUp: 1, iterations: 30, seconds: 60)
        ) { (benchmark: Benchmark, fixture: PrepareFixture) in
            for _ in benchmark.scaledIterations {
                let list = fixture.lists[fixture.count % fixture.lists.count]
                fixture.count += 1
                let made = PreparedRows(whole: list, after: fixture.held)
                fixture.held = made.rows
                blackHole(made)
            }
        } setup: {
            let rows = Suite.rows()
            let ordered = ListOrder.newestFirst(rows.charges)
            var data = SampleData(seed: Suite.seed + 1, end: SampleDashboard.end)
            let arrivals = newCharges(&data, 4)
            // As fetched: newest first, one more new charge each time.
            let lists = (1...4).map { Array(arrivals.prefix($0).reversed()) + ordered }
            return PrepareFixture(lists: lists, held: ordered)
        }
    }

    /// Charges newer than every sample row, a second apart.
    private static func newCharges(_ data: inout SampleData, _ count: Int) -> [Charge] {
        data.charges(count).enumerated().map { index, charge in
            var charge = charge
            charge.createdAt = SampleDashboard.end.adding(seconds: Double(10 + index))
            return charge
        }
    }

    final class InstallFixture {
        let driver: FrameBenchmarks.Driver
        var prepared: [PreparedRows<Charge>] = []
        var count = 0

        init(driver: FrameBenchmarks.Driver) {
            self.driver = driver
        }
    }

    final class PrepareFixture {
        let lists: [[Charge]]
        var held: [Charge]
        var count = 0

        init(lists: [[Charge]], held: [Charge]) {
            self.lists = lists
            self.held = held
        }
    }
}
