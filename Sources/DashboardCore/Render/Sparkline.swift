import SenfenicoAPI

/// A one-line chart of a balance's recent samples, with integer arithmetic so money never
/// becomes a `Double`.
///
/// The bars go from the lowest sample up over a range of at least a tenth of the balance
/// (`minimumRangeDivisor`), not merely from the lowest to the highest sample. Scaled between
/// its own minimum and maximum, a 750 F payment on a 392 000 F balance was a full-height jump,
/// the same as the balance halving: the chart told that something moved, never how much. Drawn
/// from 0, an 8-level bar of a 392 000 F balance moves one level per 49 000 F, and a balance
/// halving reads as a small step. A tenth keeps both readable: a change of a tenth of the
/// balance or more fills the height, a few percent show as a level or two, and the small
/// payments of an ordinary minute stay on the baseline instead of looking like a crash. It
/// needs no label beside the line, which a 40-column terminal has no room for.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The range drawn is at least the largest sample's size divided by this.
    static let minimumRangeDivisor: UInt64 = 10

    public static func render(_ samples: [Money], width: Int) -> String {
        guard width > 0, !samples.isEmpty else { return "" }
        let shown = samples.suffix(width)
        let low = shown.min()!.hundredths
        let high = shown.max()!.hundredths
        // Unsigned, so the distance between the most negative and most positive amounts fits.
        let spread = UInt64(bitPattern: high &- low)
        let size = max(high.magnitude, low.magnitude)
        let span = max(spread, size / minimumRangeDivisor)
        let top = UInt64(levels.count - 1)
        return String(
            shown.map { sample in
                guard span > 0 else { return levels[0] }
                let offset = UInt64(bitPattern: sample.hundredths &- low)
                // Divide first when the span is huge so the product cannot overflow.
                let level = span > UInt64.max / top ? offset / (span / top) : offset * top / span
                return levels[Int(min(top, level))]
            })
    }
}
