import DashboardCore
import Localization

/// Runs frames the way the dashboard's loop does: apply an action, render the whole state,
/// diff against the previous frame.
public struct FrameBench {
    public var state: AppState
    public let theme: Theme
    public let size: Size
    public let language: Language
    private var previous: Screen?

    public init(state: AppState, theme: Theme, size: Size, language: Language) {
        self.state = state
        self.theme = theme
        self.size = size
        self.language = language
        self.previous = render(state, theme: theme, size: size, language: language)
    }

    public struct Result: Sendable {
        public var milliseconds: [Double] = []
        public var cells: [Int] = []

        /// Nearest-rank percentile.
        public func percentile(_ fraction: Double) -> Double {
            let sorted = milliseconds.sorted()
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((fraction * Double(sorted.count)).rounded(.up))
            return sorted[min(sorted.count - 1, max(0, rank - 1))]
        }

        public var medianCells: Int {
            let sorted = cells.sorted()
            return sorted.isEmpty ? 0 : sorted[(sorted.count - 1) / 2]
        }
    }

    /// One frame, untimed here (package-benchmark times it): the action reduced, the screen
    /// rendered and diffed. Returns the cells the terminal back end would write.
    @discardableResult
    public mutating func frame(_ action: Action) -> Int {
        Self.written(step(action))
    }

    /// A few untimed frames first, so caches and allocations settle, then `count` timed ones.
    public mutating func measure(_ count: Int, warmUp: Int = 3, action: (Int) -> Action) -> Result {
        var result = Result()
        for index in 0..<(warmUp + count) {
            let start = ContinuousClock.now
            let changes = step(action(index))
            let elapsed = ContinuousClock.now - start
            guard index >= warmUp else { continue }
            result.milliseconds.append(elapsed.milliseconds)
            result.cells.append(Self.written(changes))
        }
        return result
    }

    private mutating func step(_ action: Action) -> [CellChange] {
        _ = reduce(&state, action)
        let screen = render(state, theme: theme, size: size, language: language)
        let changes = screen.changes(since: previous)
        previous = screen
        return changes
    }

    private static func written(_ changes: [CellChange]) -> Int {
        changes.lazy.filter { !$0.cell.isContinuation }.count
    }
}
