import ArgumentParser
import BenchmarkSupport
import DashboardCore
import Foundation
import Localization
import SenfenicoAPI

/// Times the dashboard's frames with a large account loaded: `reduce`, `render` into a cell
/// grid and the diff the ncurses back end would write, without a terminal. Prints figures;
/// it is not a test. Build it in release mode:
///
///     swift build -c release --scratch-path .build-release --product senfenico-bench
///     .build-release/release/senfenico-bench render --charges 100000
struct RenderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Time dashboard frames (reduce + render + diff) with many charges loaded."
    )

    @Option(help: "Charges loaded into the dashboard.")
    var charges = 100_000

    @Option(help: "Transfers loaded into the dashboard.")
    var transfers = 10_000

    @Option(help: "Terminal size, COLUMNSxROWS.")
    var size = "120x40"

    @Option(help: "Frames timed per kind.")
    var frames = 300

    @Option(help: "The filter typed for the filtered frames (a phone fragment by default).")
    var filter = "76 1"

    @Option(help: "Language of the dashboard: en or fr.")
    var lang = "en"

    @Option(help: "Seed of the generated rows.")
    var seed: UInt64 = 1

    func validate() throws {
        guard terminalSize != nil else { throw ValidationError("--size must look like 120x40, got \(size)") }
        guard charges >= 0, transfers >= 0 else { throw ValidationError("--charges and --transfers must be ≥ 0") }
        guard frames >= 1 else { throw ValidationError("--frames must be ≥ 1") }
        guard Language(rawValue: lang) != nil else { throw ValidationError("--lang must be en or fr") }
    }

    private var terminalSize: Size? {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), width > 0, height > 0 else {
            return nil
        }
        return Size(width: width, height: height)
    }

    func run() throws {
        #if DEBUG
            print("warning: a debug build; build with -c release for figures worth reporting")
        #endif
        let size = terminalSize!
        let language = Language(rawValue: lang)!
        let end = Timestamp(iso8601: "2024-08-18T12:53:00Z")!

        var data = SampleData(seed: seed, end: end)
        let made = ContinuousClock.now
        let chargeRows = data.charges(charges)
        let transferRows = data.transfers(transfers)
        let madeIn = (ContinuousClock.now - made).milliseconds

        var state = AppState(mode: .sandbox, now: end)
        _ = reduce(&state, .balancesLoaded(SampleData.balances, at: end))
        let load = time { _ = reduce(&state, .chargesLoaded(chargeRows, at: end)) }
        // Every refresh loads the whole list again: the same rows, already in order (the app
        // sorts them in the fetch task, off the UI thread).
        let ordered = ListOrder.newestFirst(chargeRows)
        let reload = time { _ = reduce(&state, .chargesLoaded(ordered, at: end.adding(seconds: 1))) }
        let transferLoad = time { _ = reduce(&state, .transfersLoaded(transferRows, at: end.adding(seconds: 1))) }
        _ = reduce(&state, .tick(end.adding(seconds: 3)))
        _ = reduce(&state, .key(.tab))
        precondition(state.focus == .charges, "Tab should focus the charges pane")

        var bench = FrameBench(state: state, theme: Theme.fallback, size: size, language: language)
        let scroll = bench.measure(frames) { _ in .key(.down) }
        let now = bench.state.now
        let unchanged = bench.measure(frames) { _ in .tick(now) }

        _ = reduce(&bench.state, .key(.home))
        _ = reduce(&bench.state, .key(.character("/")))
        for character in filter { _ = reduce(&bench.state, .key(.character(character))) }
        _ = reduce(&bench.state, .key(.enter))
        // One pass of the filter over every charge, as when the rows are reloaded under a filter
        // (a typed character searches only the rows the shorter query let through).
        var matching = 0
        let filterPass = (0..<5).map { _ in
            time {
                var pane = bench.state.chargeList
                pane.filter = ""
                pane.filter = filter
                matching = pane.count
            }
        }.sorted()[2]
        let filtered = bench.measure(frames) { _ in .key(.down) }

        // Key to frame, as a person types: the filter typed, then cleared, again and again (each
        // character refines the rows the shorter query found; Esc goes back to all).
        _ = reduce(&bench.state, .key(.escape))
        let typing: [Action] = [.key(.character("/"))] + filter.map { .key(.character($0)) } + [.key(.escape)]
        let filterKeys = bench.measure(frames) { typing[$0 % typing.count] }
        // Left with no filter, not typing one: `o` must reach the list, not the filter.
        while bench.state.chargeList.isEditingFilter || !bench.state.chargeList.filter.isEmpty {
            _ = reduce(&bench.state, .key(.escape))
        }
        // `o` cycles the sort: time, amount, status, operator (each order made once per load).
        let sortKeys = bench.measure(frames) { _ in .key(.character("o")) }
        while bench.state.chargeList.sort != .time { _ = reduce(&bench.state, .key(.character("o"))) }
        // Refreshes as they come: each brings one more new charge on top of the rows before (the
        // lists are made first, untimed; 3 warm-up frames, then 8 timed).
        let arrivals = data.charges(11).enumerated().map { index, charge in
            var charge = charge
            charge.createdAt = end.adding(seconds: Double(10 + index))
            return charge
        }
        let lists = (1...11).map { count in Array(arrivals.prefix(count).reversed()) + ordered }
        // As the app does: each refresh is prepared (merged, indexed, sorted) in the fetch task,
        // off the UI thread, timed apart; the frame times the UI thread's part only.
        var held = bench.state.chargeList.rows
        var preparing: [Double] = []
        let prepared = lists.map { list in
            let start = ContinuousClock.now
            let made = PreparedRows(whole: list, after: held)
            preparing.append((ContinuousClock.now - start).milliseconds)
            held = made.rows
            return made
        }
        let reloads = bench.measure(8) { .chargesPrepared(prepared[$0], at: end.adding(seconds: Double(20 + $0))) }

        print(
            "senfenico-bench render: \(charges) charges, \(transfers) transfers, \(size.width)x\(size.height), "
                + "\(language.rawValue), \(frames) frames per kind (rows made in \(Self.number(madeIn)) ms, not counted)"
        )
        print("")
        let steps = [
            ("chargesLoaded, \(charges) charges (first load, sorts)", load),
            ("chargesLoaded again, same rows (each refresh)", reload),
            ("transfersLoaded, \(transfers) transfers", transferLoad),
            ("one filter pass, \"\(filter)\" over \(charges) charges (median of 5)", filterPass),
            ("a refresh prepared off the UI thread (median of 11)", preparing.sorted()[preparing.count / 2]),
        ]
        let stepWidth = steps.map { $0.0.count }.max()!
        print(Self.pad("load step", stepWidth) + "       ms")
        for (name, milliseconds) in steps {
            print(Self.pad(name, stepWidth) + Self.column(milliseconds))
        }
        print("")
        let kinds = [
            ("scroll: ↓ one row per frame", scroll),
            ("unchanged: tick in the same second", unchanged),
            ("filter \"\(filter)\" (\(matching) rows), ↓ per frame", filtered),
            ("key: / then \"\(filter)\" then Esc, per key", filterKeys),
            ("key: o (sort) per frame", sortKeys),
            ("reload: one new charge on top of \(charges) (UI thread)", reloads),
        ]
        let kindWidth = kinds.map { $0.0.count }.max()!
        print(Self.pad("frame (reduce + render + diff)", kindWidth) + "   median      p95      p99      max   cells")
        for (name, result) in kinds {
            print(
                Self.pad(name, kindWidth) + Self.column(result.percentile(0.5)) + Self.column(result.percentile(0.95))
                    + Self.column(result.percentile(0.99)) + Self.column(result.milliseconds.max() ?? 0)
                    + String(format: "%8d", result.medianCells))
        }
        let worst = [filterKeys, sortKeys, scroll].map { $0.percentile(0.99) }.max() ?? 0
        print("")
        print(
            "key to frame p99 (move, filter, sort): \(Self.number(worst)) ms, goal <= 16 ms: "
                + (worst <= 16 ? "held" : "missed") + "; reload p99: \(Self.number(reloads.percentile(0.99))) ms, "
                + "goal <= 16 ms: " + (reloads.percentile(0.99) <= 16 ? "held" : "missed"))
        print("")
        print("times in ms; cells: median cells written per frame (the diff the terminal back end sends)")
        print("peak RSS (VmHWM): \(Self.number(PeakMemory.megabytes())) MB")
    }

    private func time(_ work: () -> Void) -> Double {
        let start = ContinuousClock.now
        work()
        return (ContinuousClock.now - start).milliseconds
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func column(_ milliseconds: Double) -> String {
        let text = number(milliseconds)
        return String(repeating: " ", count: max(0, 9 - text.count)) + text
    }

    private static func number(_ value: Double) -> String {
        String(format: value < 10 ? "%.3f" : "%.1f", value)
    }
}
