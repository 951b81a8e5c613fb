import Foundation

/// The reference's input rules, checked before a request leaves the machine so that a
/// cashier sees the problem at the field instead of a server error.
public enum Validator {
    /// The largest amount accepted in one charge or transfer. The reference sets none; mobile
    /// money wallets in Burkina Faso cap a single operation at a few million francs, so
    /// anything above ten million is treated as a typing accident.
    public static let maximumAmount = Money(francs: 10_000_000)
    /// "amount int ... (min: 100)" for transfers.
    public static let minimumTransferAmount = Money(francs: 100)
    /// "Batch Size: Limited to 100 transfers per request."
    public static let maximumBulkSize = 100
    /// Operators send 4 to 8 digit codes; the test mode's is 6 (`123456`).
    public static let otpLengths = 4...8
    /// A generous cap so a pasted paragraph is never sent as an `ext_id`.
    public static let maximumExtIDLength = 100

    /// Parses typed amount text: digits only (spaces between groups allowed), > 0, not absurd.
    public static func amount(_ text: String) -> Result<Money, ValidationIssue> {
        let compact = text.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        guard !compact.isEmpty else { return .failure(.amountEmpty) }
        if compact.hasPrefix("-"), compact.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            return .failure(.amountNotPositive)
        }
        guard compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.amountNotWhole) }
        guard compact.count <= 12, let francs = Int64(compact) else {
            return .failure(.amountTooLarge(maximum: maximumAmount))
        }
        return amount(Money(francs: francs))
    }

    /// Checks an amount already held as money: whole francs, positive, not absurd.
    public static func amount(_ money: Money) -> Result<Money, ValidationIssue> {
        guard money.isWholeFrancs else { return .failure(.amountNotWhole) }
        guard money > .zero else { return .failure(.amountNotPositive) }
        guard money <= maximumAmount else { return .failure(.amountTooLarge(maximum: maximumAmount)) }
        return .success(money)
    }

    public static func transferAmount(_ money: Money) -> Result<Money, ValidationIssue> {
        amount(money).flatMap { valid in
            valid < minimumTransferAmount
                ? .failure(.transferAmountTooSmall(minimum: minimumTransferAmount)) : .success(valid)
        }
    }

    /// The prefixes a provider accepts: Orange and Moov their own, Coris and Sank any
    /// Burkina Faso mobile number ("n'importe quel numéro de téléphone portable burkinabè").
    public static func allowedPrefixes(for provider: Provider) -> Set<String> {
        switch provider {
        case .orange: MobileOperator.orangePrefixes
        case .moov: MobileOperator.moovPrefixes
        case .coris, .sank, .unknown:
            MobileOperator.orangePrefixes.union(MobileOperator.moovPrefixes).union(MobileOperator.telecelPrefixes)
        }
    }

    /// Normalises a phone number and checks it fits the chosen provider.
    public static func phone(_ text: String, for provider: Provider) -> Result<PhoneNumber, ValidationIssue> {
        PhoneNumber.parse(text).flatMap { phone in
            allowedPrefixes(for: provider).contains(phone.prefix)
                ? .success(phone) : .failure(.phoneWrongOperator(provider))
        }
    }

    /// Normalises a transfer recipient: any Burkina Faso mobile number; a chosen wallet does
    /// not restrict the prefix (Senfenico routes by wallet when one is given).
    public static func recipient(_ text: String) -> Result<PhoneNumber, ValidationIssue> {
        PhoneNumber.parse(text)
    }

    /// OTP text as typed or pasted: blanks and newlines dropped, digits only, kept as a string
    /// so a leading zero survives.
    public static func otp(_ text: String) -> Result<String, ValidationIssue> {
        let compact = text.filter { !$0.isWhitespace }
        guard !compact.isEmpty else { return .failure(.otpEmpty) }
        guard compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.otpNotDigits) }
        guard otpLengths.contains(compact.count) else {
            return .failure(.otpLength(minimum: otpLengths.lowerBound, maximum: otpLengths.upperBound))
        }
        return .success(compact)
    }

    /// A reference goes into a URL path: refuse anything that could change the path.
    public static func reference(_ text: String) -> Result<String, ValidationIssue> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .failure(.referenceEmpty) }
        let allowed = trimmed.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        return allowed ? .success(trimmed) : .failure(.referenceInvalid)
    }

    public static func bulkSize(_ count: Int) -> Result<Int, ValidationIssue> {
        guard count > 0 else { return .failure(.bulkEmpty) }
        guard count <= maximumBulkSize else { return .failure(.bulkTooLarge(count: count, maximum: maximumBulkSize)) }
        return .success(count)
    }

    public static func email(_ text: String) -> Result<String, ValidationIssue> {
        if let refused = ControlCharacters.first(in: text) {
            return .failure(.controlCharacter(ControlCharacters.name(refused)))
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), !trimmed.contains(where: \.isWhitespace)
        else { return .failure(.emailInvalid) }
        return .success(trimmed)
    }

    public static func webURL(_ text: String, field: String) -> Result<String, ValidationIssue> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
            ["http", "https"].contains(scheme),
            url.host?.isEmpty == false
        else { return .failure(.urlInvalid(field: field)) }
        return .success(trimmed)
    }

    /// At most `maximumExtIDLength` characters and no control character: an ext_id is shown
    /// back in lists, logs and result files.
    public static func extID(_ text: String) -> Result<String, ValidationIssue> {
        if let refused = ControlCharacters.first(in: text) {
            return .failure(.controlCharacter(ControlCharacters.name(refused)))
        }
        return text.count <= maximumExtIDLength ? .success(text) : .failure(.extIDTooLong(maximum: maximumExtIDLength))
    }
}
