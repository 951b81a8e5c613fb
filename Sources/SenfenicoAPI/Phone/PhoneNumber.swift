import Foundation

/// A Burkina Faso mobile number in its national form: exactly eight digits (`76000000`).
///
/// People type numbers many ways (`+226 76 00 00 00`, `0022676000000`, `76-00-00-00`,
/// `76.00.00.00`); they all normalise to the eight digits the API expects.
public struct PhoneNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The eight national digits.
    public let digits: String

    /// Normalises typed or pasted text; `nil` when it cannot be a Burkina Faso mobile number.
    public init?(_ input: String) {
        guard case .success(let number) = PhoneNumber.parse(input) else { return nil }
        self = number
    }

    private init(validatedDigits: String) {
        self.digits = validatedDigits
    }

    /// The country calling code of Burkina Faso.
    public static let countryCode = "226"

    /// Normalises and explains what is wrong when it cannot.
    public static func parse(_ input: String) -> Result<PhoneNumber, ValidationIssue> {
        var text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(.phoneEmpty) }
        let separators: Set<Character> = [" ", "-", ".", "(", ")", "/", "\u{00A0}", "\u{202F}", "\t"]
        text.removeAll { separators.contains($0) }
        if text.hasPrefix("+") {
            text.removeFirst()
            guard text.hasPrefix(countryCode) else { return .failure(.phoneNotBurkinaFaso) }
            text.removeFirst(countryCode.count)
        } else if text.hasPrefix("00") && text.count > 8 {
            text.removeFirst(2)
            guard text.hasPrefix(countryCode) else { return .failure(.phoneNotBurkinaFaso) }
            text.removeFirst(countryCode.count)
        } else if text.count == 11 && text.hasPrefix(countryCode) {
            text.removeFirst(countryCode.count)
        }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.phoneNotDigits) }
        guard text.count == 8 else { return .failure(.phoneLength) }
        guard MobileOperator.guess(fromNationalDigits: text) != nil else {
            return .failure(.phoneNotMobile(prefix: String(text.prefix(2))))
        }
        return .success(PhoneNumber(validatedDigits: text))
    }

    /// The two-digit prefix that tells the operator.
    public var prefix: String { String(digits.prefix(2)) }

    /// The operator that owns this number's prefix.
    public var mobileOperator: MobileOperator? { MobileOperator.guess(fromNationalDigits: digits) }

    /// `76 00 00 00`: pairs of digits, the way numbers are read aloud in Burkina Faso.
    public var formatted: String { PhoneNumber.formatted(digits) }

    /// Groups any digit string in pairs; used for numbers the server masks (`77xxxxxx`).
    public static func formatted(_ raw: String) -> String {
        var result = ""
        for (offset, character) in raw.enumerated() {
            if offset > 0 && offset % 2 == 0 { result.append(" ") }
            result.append(character)
        }
        return result
    }

    public var description: String { formatted }

    public static func < (lhs: PhoneNumber, rhs: PhoneNumber) -> Bool { lhs.digits < rhs.digits }
}
