import Localization
import Testing

@testable import SenfenicoAPI

@Suite struct PhoneValidationTests {
    @Test(arguments: [
        ("76000000", "76000000"), ("+226 76 00 00 00", "76000000"), ("0022676000000", "76000000"),
        ("76-00-00-00", "76000000"), ("76.00.00.00", "76000000"), ("22676000000", "76000000"),
        ("  70 00 00 00\n", "70000000"), ("(+226) 68 00 00 00", "68000000"), ("01 23 45 67", "01234567"),
    ])
    func normalises(input: String, digits: String) {
        #expect(PhoneNumber(input)?.digits == digits)
    }

    @Test(arguments: [
        ("", ValidationIssue.phoneEmpty), ("7600000", .phoneLength), ("760000000", .phoneLength),
        ("76OO0000", .phoneNotDigits), ("+33 6 12 34 56 78", .phoneNotBurkinaFaso),
        ("0033612345678", .phoneNotBurkinaFaso), ("25000000", .phoneNotMobile(prefix: "25")),
        ("80000000", .phoneNotMobile(prefix: "80")),
    ])
    func refuses(input: String, issue: ValidationIssue) {
        guard case .failure(let found) = PhoneNumber.parse(input) else {
            Issue.record("\(input) was accepted")
            return
        }
        #expect(found == issue)
    }

    @Test(arguments: [
        ("04", MobileOperator.orange), ("07", .orange), ("54", .orange), ("57", .orange), ("64", .orange),
        ("67", .orange), ("74", .orange), ("77", .orange), ("01", .moov), ("03", .moov), ("50", .moov),
        ("53", .moov), ("60", .moov), ("63", .moov), ("70", .moov), ("73", .moov), ("58", .telecel),
        ("68", .telecel), ("69", .telecel), ("78", .telecel), ("79", .telecel),
    ])
    func guessesTheOperatorFromThePrefix(prefix: String, network: MobileOperator) {
        #expect(PhoneNumber(prefix + "000000")?.mobileOperator == network)
    }

    @Test func providerRules() {
        #expect((try? Validator.phone("76000000", for: .orange).get()) != nil)
        #expect(Validator.phone("70000000", for: .orange) == .failure(.phoneWrongOperator(.orange)))
        #expect(Validator.phone("76000000", for: .moov) == .failure(.phoneWrongOperator(.moov)))
        // Coris and Sank take any Burkina Faso mobile number, as the test numbers show.
        for provider in [Provider.coris, .sank] {
            for number in ["72000000", "75000000", "68000000"] {
                #expect((try? Validator.phone(number, for: provider).get())?.digits == number)
            }
        }
    }

    @Test func wrongOperatorMessageNamesThePrefixesInBothLanguages() {
        let message = ValidationIssue.phoneWrongOperator(.orange).message
        #expect(message.english.contains("04, 05, 06, 07, 54"))
        #expect(message.french.contains("Orange Money demande un numéro Orange"))
    }

    @Test func formatsInPairs() {
        #expect(PhoneNumber("76000000")?.formatted == "76 00 00 00")
        #expect(PhoneNumber.formatted("77xxxxxx") == "77 xx xx xx")
    }
}

@Suite struct AmountAndOtherRulesTests {
    @Test(arguments: [("1000", Int64(1000)), ("1 000", 1000), ("  25000 ", 25000), ("10000000", 10_000_000)])
    func acceptsWholeFrancs(input: String, francs: Int64) {
        #expect(Validator.amount(input) == .success(Money(francs: francs)))
    }

    @Test(arguments: [
        ("", ValidationIssue.amountEmpty), ("0", .amountNotPositive), ("-5", .amountNotPositive),
        ("12.5", .amountNotWhole), ("1e3", .amountNotWhole), ("abc", .amountNotWhole),
        ("10000001", .amountTooLarge(maximum: Validator.maximumAmount)),
        ("99999999999999999999", .amountTooLarge(maximum: Validator.maximumAmount)),
    ])
    func refusesBadAmounts(input: String, issue: ValidationIssue) {
        #expect(Validator.amount(input) == .failure(issue))
    }

    @Test func transferMinimumIs100() {
        #expect(
            Validator.transferAmount(Money(francs: 99))
                == .failure(.transferAmountTooSmall(minimum: Money(francs: 100))))
        #expect(Validator.transferAmount(Money(francs: 100)) == .success(Money(francs: 100)))
    }

    @Test func bulkSizeLimits() {
        #expect(Validator.bulkSize(0) == .failure(.bulkEmpty))
        #expect(Validator.bulkSize(100) == .success(100))
        #expect(Validator.bulkSize(101) == .failure(.bulkTooLarge(count: 101, maximum: 100)))
    }

    @Test(arguments: [("123456", "123456"), ("012345", "012345"), (" 12 34 56\n", "123456"), ("1234", "1234")])
    func otpKeepsLeadingZerosAndDropsBlanks(input: String, otp: String) {
        #expect(Validator.otp(input) == .success(otp))
    }

    @Test func otpRefusals() {
        #expect(Validator.otp("") == .failure(.otpEmpty))
        #expect(Validator.otp("12a456") == .failure(.otpNotDigits))
        #expect(Validator.otp("123") == .failure(.otpLength(minimum: 4, maximum: 8)))
    }

    @Test func referencesCannotEscapeThePath() {
        #expect(Validator.reference("ch_45a408fd") == .success("ch_45a408fd"))
        #expect(Validator.reference("8872031d-178e-464c") == .success("8872031d-178e-464c"))
        #expect(Validator.reference("../balances") == .failure(.referenceInvalid))
        #expect(Validator.reference("a?b") == .failure(.referenceInvalid))
    }

    @Test func everyIssueHasBothLanguages() {
        let issues: [ValidationIssue] = [
            .phoneEmpty, .phoneNotDigits, .phoneLength, .phoneNotBurkinaFaso, .phoneNotMobile(prefix: "25"),
            .phoneWrongOperator(.orange), .phoneWrongOperator(.moov), .amountEmpty, .amountNotWhole,
            .amountNotPositive, .amountTooLarge(maximum: Money(francs: 10)),
            .transferAmountTooSmall(minimum: Money(francs: 100)), .bulkEmpty, .bulkTooLarge(count: 101, maximum: 100),
            .otpEmpty, .otpNotDigits, .otpLength(minimum: 4, maximum: 8), .referenceEmpty, .referenceInvalid,
            .emailInvalid, .urlInvalid(field: "success_url"), .extIDTooLong(maximum: 100), .controlCharacter("U+000A"),
        ]
        for issue in issues {
            #expect(!issue.message.english.isEmpty && !issue.message.french.isEmpty)
            #expect(issue.message.english != issue.message.french)
            #expect(!issue.message.english.contains("{") && !issue.message.french.contains("{"))
        }
        #expect(
            ValidationIssue.transferAmountTooSmall(minimum: Money(francs: 100)).message.french.contains("100 F CFA"))
    }
}

@Suite struct MoneyTests {
    @Test(arguments: [
        ("18692.0", Int64(1_869_200)), ("500", 50_000), ("3.50", 350), ("3.5", 350), ("0.005", 1), ("-2", -200),
        ("1.8692E4", 1_869_200),
    ])
    func parsesExactly(text: String, hundredths: Int64) {
        #expect(Money(text)?.hundredths == hundredths)
    }

    @Test func refusesNonNumbers() {
        #expect(Money("") == nil)
        #expect(Money("12abc") == nil)
        #expect(Money(".") == nil)
    }

    @Test func formatsForPeople() {
        #expect(Money(francs: 18_692).formatted() == "18 692 F CFA")
        #expect(Money(francs: 100_000).formatted() == "100 000 F CFA")
        #expect(Money(francs: 1_000_000).formatted(.english) == "1 000 000 F CFA")
        #expect(Money(francs: 999).formatted() == "999 F CFA")
        #expect(Money(hundredths: 150).formatted(.french) == "1,50 F CFA")
        #expect(Money(hundredths: 150).formatted(.english) == "1.50 F CFA")
        #expect(Money(francs: -2_500).formatted() == "-2 500 F CFA")
    }

    @Test func sumsExactlyWhereDoublesWouldNot() {
        let tenCents = Money(hundredths: 10)
        let sum = (0..<10).reduce(Money.zero) { total, _ in total + tenCents }
        #expect(sum == Money(francs: 1))
    }

    @Test func feesRoundUp() {
        #expect(FeeRate("1.50")!.fee(on: Money(francs: 100)) == Money(hundredths: 150))
        #expect(FeeRate("3.5")!.fee(on: Money(francs: 1000)) == Money(francs: 35))
        #expect(FeeRate("1.5")!.fee(on: Money(francs: 101)) == Money(hundredths: 152))
        #expect(FeeRate("3.50")!.jsonStringText == "3.50")
        #expect(FeeRate("3.50")!.jsonNumberText == "3.5")
    }
}
