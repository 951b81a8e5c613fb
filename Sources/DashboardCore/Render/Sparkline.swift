import SenfenicoAPI

/// A one-line chart of a balance's recent samples, scaled between their minimum and maximum
/// with integer arithmetic so money never becomes a `Double`.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ samples: [Money], width: Int) -> String {
        guard width > 0, !samples.isEmpty else { return "" }
        let shown = samples.suffix(width)
        let low = shown.min()!.hundredths
        let high = shown.max()!.hundredths
        let span = high - low
        return String(
            shown.map { sample in
                guard span > 0 else { return levels[0] }
                // Divide first when the span is huge so the product cannot overflow.
                let offset = sample.hundredths - low
                let level = span > Int64.max / 8 ? offset / (span / 7) : offset * 7 / span
                return levels[Int(min(7, max(0, level)))]
            })
    }
}
