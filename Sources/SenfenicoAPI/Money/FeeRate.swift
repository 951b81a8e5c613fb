/// A fee expressed in percent, as the API does (`"fees": "3.50"` means 3.5 %).
///
/// The reference prints it as a number in one sample (`3.5`) and as a string in others
/// (`"3.50"`); both decode to the same exact value.
public struct FeeRate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The percentage in hundredths: 3.5 % is 350.
    public var hundredthsOfPercent: Int64

    public init(hundredthsOfPercent: Int64) {
        self.hundredthsOfPercent = hundredthsOfPercent
    }

    /// Parses `3.5`, `"3.50"`, `2`.
    public init?(_ text: String) {
        guard let value = FixedPoint.hundredths(text) else { return nil }
        self.hundredthsOfPercent = value
    }

    public static func < (lhs: FeeRate, rhs: FeeRate) -> Bool { lhs.hundredthsOfPercent < rhs.hundredthsOfPercent }

    /// The fee this rate takes on an amount, rounded up to the next hundredth so that a wallet
    /// is never judged able to pay a fee it cannot.
    ///
    /// Computed as `whole × rate + part × rate / 10 000` (amount = whole × 10 000 + part), which
    /// is exact and cannot overflow for any rate up to 100 %; a rate from a lying server that
    /// would overflow saturates instead of trapping.
    public func fee(on amount: Money) -> Money {
        let rate = hundredthsOfPercent
        let (whole, part) = amount.hundredths.quotientAndRemainder(dividingBy: 10_000)
        let (high, highOverflow) = whole.multipliedReportingOverflow(by: rate)
        let (low, lowOverflow) = part.multipliedReportingOverflow(by: rate)
        let (lowQuotient, lowRemainder) = low.quotientAndRemainder(dividingBy: 10_000)
        let (total, sumOverflow) = high.addingReportingOverflow(lowQuotient + (lowRemainder > 0 ? 1 : 0))
        guard !highOverflow, !lowOverflow, !sumOverflow else {
            return Money(hundredths: (amount.hundredths < 0) == (rate < 0) ? .max : .min)
        }
        return Money(hundredths: total)
    }

    /// `"3.50"`: the string form of the fetch and list samples.
    public var jsonStringText: String { FixedPoint.text(hundredths: hundredthsOfPercent, minimumFractionDigits: 2) }

    /// `3.5`: the number form of the OTP-submit and transfer-create samples.
    public var jsonNumberText: String { FixedPoint.text(hundredths: hundredthsOfPercent, minimumFractionDigits: 1) }

    public var description: String { "\(FixedPoint.text(hundredths: hundredthsOfPercent, minimumFractionDigits: 0)) %" }
}
