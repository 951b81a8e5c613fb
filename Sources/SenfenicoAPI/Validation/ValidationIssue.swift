import Localization

/// One broken input rule, found before anything is sent. Each has a message for the field in
/// English and French.
public enum ValidationIssue: Error, Sendable, Hashable, CustomStringConvertible {
    case phoneEmpty
    case phoneNotDigits
    case phoneLength
    case phoneNotBurkinaFaso
    case phoneNotMobile(prefix: String)
    case phoneWrongOperator(Provider)
    case amountEmpty
    case amountNotWhole
    case amountNotPositive
    case amountTooLarge(maximum: Money)
    case transferAmountTooSmall(minimum: Money)
    case bulkEmpty
    case bulkTooLarge(count: Int, maximum: Int)
    case otpEmpty
    case otpNotDigits
    case otpLength(minimum: Int, maximum: Int)
    case referenceEmpty
    case referenceInvalid
    case emailInvalid
    case urlInvalid(field: String)
    case extIDTooLong(maximum: Int)
    /// A control or bidi character (`ControlCharacters`), named by its code (`U+000A`).
    case controlCharacter(String)

    public var message: LocalizedText {
        typealias V = Strings.Validation
        switch self {
        case .phoneEmpty: return V.phoneEmpty
        case .phoneNotDigits: return V.phoneNotDigits
        case .phoneLength: return V.phoneLength
        case .phoneNotBurkinaFaso: return V.phoneNotBurkinaFaso
        case .phoneNotMobile(let prefix): return V.phoneNotMobile.filling(["prefix": prefix])
        case .phoneWrongOperator(let provider):
            let prefixes = Validator.allowedPrefixes(for: provider).sorted().joined(separator: ", ")
            let template = provider == .moov ? V.phoneNotMoov : V.phoneNotOrange
            return template.filling(["prefixes": prefixes])
        case .amountEmpty: return V.amountEmpty
        case .amountNotWhole: return V.amountNotWhole
        case .amountNotPositive: return V.amountNotPositive
        case .amountTooLarge(let maximum):
            return LocalizedText(
                en: V.amountTooLarge.filling(["maximum": maximum.formatted(.english)]).english,
                fr: V.amountTooLarge.filling(["maximum": maximum.formatted(.french)]).french)
        case .transferAmountTooSmall(let minimum):
            return LocalizedText(
                en: V.transferAmountTooSmall.filling(["minimum": minimum.formatted(.english)]).english,
                fr: V.transferAmountTooSmall.filling(["minimum": minimum.formatted(.french)]).french)
        case .bulkEmpty: return V.bulkEmpty
        case .bulkTooLarge(let count, let maximum):
            return V.bulkTooLarge.filling(["count": String(count), "maximum": String(maximum)])
        case .otpEmpty: return V.otpEmpty
        case .otpNotDigits: return V.otpNotDigits
        case .otpLength(let minimum, let maximum):
            return V.otpLength.filling(["minimum": String(minimum), "maximum": String(maximum)])
        case .referenceEmpty: return V.referenceEmpty
        case .referenceInvalid: return V.referenceInvalid
        case .emailInvalid: return V.emailInvalid
        case .urlInvalid(let field): return V.urlInvalid.filling(["field": field])
        case .extIDTooLong(let maximum): return V.extIDTooLong.filling(["maximum": String(maximum)])
        case .controlCharacter(let character): return Strings.Input.controlCharacter.filling(["character": character])
        }
    }

    public var description: String { message.english }
}
