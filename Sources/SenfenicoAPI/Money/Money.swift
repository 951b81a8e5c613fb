/// An exact amount of West African CFA francs (XOF).
///
/// XOF has no minor unit and every documented `amount` is a whole number, but balances arrive
/// as floats (`18692.0`) and a percentage fee on a transfer can leave a fraction. The value is
/// therefore kept as an integer count of hundredths: exact, cheap to add, never a `Double`.
public struct Money: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    /// The amount in hundredths of a franc.
    public var hundredths: Int64

    public init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    public init(francs: Int64) {
        self.hundredths = francs * 100
    }

    /// Parses `1000`, `"500"`, `18692.0`, `"3.50"` exactly.
    public init?(_ text: String) {
        guard let value = FixedPoint.hundredths(text) else { return nil }
        self.hundredths = value
    }

    public static let zero = Money(hundredths: 0)

    /// Whole francs, rounded toward zero.
    public var francs: Int64 { hundredths / 100 }

    public var isWholeFrancs: Bool { hundredths % 100 == 0 }

    // Exact, and saturating instead of trapping: an answer may carry any number, and a total of
    // absurd amounts (beyond 92 million billion F CFA) must not crash a till. Real amounts are
    // far from the bounds, where saturation never happens.
    public static func + (lhs: Money, rhs: Money) -> Money {
        let (sum, overflow) = lhs.hundredths.addingReportingOverflow(rhs.hundredths)
        guard overflow else { return Money(hundredths: sum) }
        return Money(hundredths: rhs.hundredths > 0 ? .max : .min)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        let (difference, overflow) = lhs.hundredths.subtractingReportingOverflow(rhs.hundredths)
        guard overflow else { return Money(hundredths: difference) }
        return Money(hundredths: rhs.hundredths < 0 ? .max : .min)
    }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.hundredths < rhs.hundredths }

    /// The JSON number text: `1000` for whole francs, `1.5` otherwise.
    public var jsonText: String { FixedPoint.text(hundredths: hundredths, minimumFractionDigits: 0) }

    /// The JSON text the server uses for balances: always with a decimal point (`18692.0`).
    public var jsonFloatText: String { FixedPoint.text(hundredths: hundredths, minimumFractionDigits: 1) }

    public var description: String { "\(jsonText) XOF" }
}
