import Foundation

/// Exact decimal text to hundredths, with no trip through `Double`.
///
/// The server sends money as `1000`, `"500"`, `18692.0` or `"3.50"`; all of these are parsed
/// digit by digit. Digits past the second decimal place are rounded half away from zero:
/// no documented field carries them, and rounding keeps a surprising value usable.
enum FixedPoint {
    static func hundredths(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { hundredths(UnsafeRawBufferPointer($0)) }
    }

    static func hundredths(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var index = 0
        let count = bytes.count
        // Leading and trailing blanks appear in hand-typed or string-encoded amounts.
        while index < count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        var end = count
        while end > index, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard index < end else { return nil }

        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var whole: Int64 = 0
        var sawDigit = false
        while index < end, let digit = digitValue(bytes[index]) {
            let (times10, overflow1) = whole.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            whole = sum
            sawDigit = true
            index += 1
        }
        var fraction: Int64 = 0
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var place = 0
            var roundUp = false
            while index < end, let digit = digitValue(bytes[index]) {
                if place < 2 {
                    fraction = fraction * 10 + digit
                } else if place == 2 {
                    roundUp = digit >= 5
                }
                place += 1
                sawDigit = true
                index += 1
            }
            if place == 1 { fraction *= 10 }
            if place == 0 && !sawDigit { return nil }
            if roundUp { fraction += 1 }
        }
        guard sawDigit else { return nil }
        if index < end {
            // An exponent (`1.8692E4`) is legal JSON; leave such rare text to Foundation's exact Decimal.
            guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else { return nil }
            return exponentForm(bytes)
        }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 100)
        // The fraction can still overflow a whole part just under the limit (`92233720368547758.08`).
        let (value, overflowFraction) = scaled.addingReportingOverflow(fraction)
        guard !overflow, !overflowFraction else { return nil }
        return negative ? -value : value
    }

    private static func digitValue(_ byte: UInt8) -> Int64? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int64(byte - UInt8(ascii: "0")) : nil
    }

    private static func exponentForm(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard var decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        decimal *= 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &decimal, 0, .plain)
        let number = NSDecimalNumber(decimal: rounded)
        guard number.compare(NSDecimalNumber(value: Int64.max)) != .orderedDescending,
            number.compare(NSDecimalNumber(value: Int64.min)) != .orderedAscending
        else { return nil }
        return number.int64Value
    }

    /// `1869200` hundredths as `"18692.00"`: the exact text form, for JSON and logs.
    static func text(hundredths: Int64, minimumFractionDigits: Int) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 && minimumFractionDigits == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 && minimumFractionDigits <= 1 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
