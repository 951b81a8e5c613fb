import CNCursesw
import DashboardCore

/// Allocates ncurses colour pairs on demand, one per foreground/background combination seen.
///
/// Terminals offer a limited number of pairs (`COLOR_PAIRS`, often 256 or 64); when they run
/// out, further combinations are drawn with the terminal's default colours rather than
/// failing, and the attributes (bold, reverse) still tell states apart.
struct ColorPairs {
    private let colors: Int
    private let limit: Int
    /// Whether -1 (the terminal's own colours) is allowed; without `use_default_colors` the
    /// defaults are approximated by white on black.
    private let hasDefaultColors: Bool
    private var pairs: [PairKey: Int16] = [:]
    private var next: Int = 1

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// - Parameters:
    ///   - colors: `COLORS` after `start_color`; 0 when the terminal has none.
    ///   - pairs: `COLOR_PAIRS`; pair 0 is reserved for the defaults.
    init(colors: Int, pairs: Int, hasDefaultColors: Bool) {
        self.colors = colors
        self.hasDefaultColors = hasDefaultColors
        // setcchar takes a short pair number.
        self.limit = min(pairs, Int(Int16.max))
    }

    /// The pair for a style's colours, allocating it if needed; 0 means the defaults.
    mutating func pair(for style: Style) -> Int16 {
        guard colors > 0 else { return 0 }
        var key = PairKey(foreground: number(style.foreground), background: number(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if !hasDefaultColors {
            if key.foreground == -1 { key.foreground = 7 }
            if key.background == -1 { key.background = 0 }
        }
        if let existing = pairs[key] { return existing }
        guard next < limit else { return 0 }
        let pair = Int16(next)
        guard init_pair(pair, key.foreground, key.background) == OK else { return 0 }
        next += 1
        pairs[key] = pair
        return pair
    }

    /// The ncurses colour number; -1 is the terminal's default (use_default_colors). Colours
    /// the terminal cannot show are degraded first, so nothing is silently dropped.
    private func number(_ color: TerminalColor) -> Int16 {
        let capability: ColorCapability =
            colors >= 256 ? .indexed256 : colors >= 16 ? .ansi16 : colors >= 8 ? .ansi8 : .none
        switch color.degraded(to: capability) {
        case .default, .rgb: return -1
        case .ansi(let index): return Int(index) < colors ? Int16(index) : -1
        case .indexed(let index): return Int(index) < colors ? Int16(index) : -1
        }
    }
}
