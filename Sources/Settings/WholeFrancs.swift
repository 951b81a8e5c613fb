import Foundation
import SenfenicoAPI

/// A threshold as people write it: `50000`, `"50000"`, `"50 000"` (digits grouped by three,
/// as on the dashboard), optionally followed by `F CFA`. Whole francs only: a threshold
/// with centimes is a typo, not an intent.
enum WholeFrancs {
    /// A thousand billion francs: beyond any balance, and far from overflowing `Money`.
    static let maximum = 1_000_000_000_000_000

    static func money(_ francs: Int) -> Money? {
        guard (0...maximum).contains(francs) else { return nil }
        return Money(francs: Int64(francs))
    }

    static func money(_ text: String) -> Money? {
        var number = text.trimmingCharacters(in: .whitespaces)
        for unit in ["F CFA", "FCFA"] where number.hasSuffix(unit) {
            number = String(number.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
        }
        // Any space counts as a separator: French writing often uses a no-break space.
        let groups = number.split(whereSeparator: \.isWhitespace)
        guard let first = groups.first, (1...3).contains(first.count) || groups.count == 1,
            groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        guard let francs = Int(groups.joined()) else { return nil }
        return money(francs)
    }
}
