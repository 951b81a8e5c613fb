import Testing

@testable import SenfenicoAPI

/// Inputs found by the libFuzzer targets in `Fuzz/` (run with `scripts/fuzz`), or by probing
/// the invariants those targets check, kept so that each failure stays fixed.
@Suite struct FuzzRegressionTests {
    // MARK: Money (Fuzz/PhoneMoneyTarget.swift)

    /// `FixedPoint.hundredths` trapped on `scaled + fraction` when the whole part was just under
    /// the limit: the multiplication by 100 fitted, the added hundredths did not.
    @Test(arguments: ["92233720368547758.87", "92233720368547758.08", "-92233720368547758.99", "92233720368547758.999"])
    func amountJustOverTheLimitIsRefusedNotATrap(_ text: String) {
        #expect(Money(text) == nil)
        #expect(FeeRate(text) == nil)
    }

    @Test func largestAmountStillParses() {
        #expect(Money("92233720368547758.07")?.hundredths == Int64.max)
        #expect(Money("-92233720368547758.07")?.hundredths == -Int64.max)
    }

    /// The JSON reader hands amounts to the same parser: an answer carrying one is unreadable,
    /// not a crash.
    @Test func answerWithAnAmountJustOverTheLimitIsRefused() throws {
        let json =
            #"{"status": true, "data": {"reference": "ch_1", "amount": 92233720368547758.87, "status": "success"}}"#
        #expect(throws: MissingField.self) {
            try Array(json.utf8).withUnsafeBytes { try Envelope.read($0, data: Charge.read) }
        }
    }

    /// A rate from the server of 22 670 123 456 % (found from the seed `0022670123456`) trapped
    /// in `FeeRate.fee(on:)`; it now saturates, and real rates stay exact.
    @Test func absurdFeeRateFromTheServerDoesNotTrap() {
        let rate = FeeRate("22670123456")!
        let fee = rate.fee(on: Validator.maximumAmount)
        #expect(fee >= .zero)
        #expect(Validator.maximumAmount - fee <= Validator.maximumAmount)
        #expect(FeeRate("2.5")!.fee(on: Money(francs: 1_001)) == Money(hundredths: 2_503))
        #expect(FeeRate("3.5")!.fee(on: Money(francs: 1_500)) == Money(francs: 52) + Money(hundredths: 50))
    }

    // MARK: JSON (Fuzz/JSONReaderTarget.swift)

    /// Balances without totals are summed from the wallets; two wallets near the limit trapped
    /// on `Money.+`. Such an answer is now unreadable.
    @Test func walletsThatCannotBeAddedMakeAnUnreadableAnswer() {
        let json = #"""
            {"data": {"transfer_balances": {"orange_money_bf": {"available": 92233720368547758},
            "moov_money_bf": {"available": 92233720368547758}}}}
            """#
        #expect(throws: AmountOutOfRange.self) {
            try Array(json.utf8).withUnsafeBytes { try Envelope.read($0, data: Balances.read) }
        }
    }

    @Test func walletsWithoutTotalsStillAddUp() throws {
        let json = #"""
            {"data": {"transfer_balances": {"orange_money_bf": {"available": 1000, "pending": "2.5"},
            "moov_money_bf": {"available": 18692.0}, "sank_money_bf": null}}}
            """#
        let envelope = try Array(json.utf8).withUnsafeBytes { try Envelope.read($0, data: Balances.read) }
        #expect(envelope.data?.transfer.totalAvailable == Money(hundredths: 1_969_200))
        #expect(envelope.data?.transfer.totalPending == Money(hundredths: 250))
    }

    /// `errors` and a non-string `message` were read by a recursive function with no depth
    /// bound: a million `[` (or nested objects) in an answer overflowed the stack.
    @Test func deeplyNestedErrorsDoNotOverflowTheStack() throws {
        let depth = 1_000_000
        let errors =
            Array(#"{"status": false, "errors": "#.utf8) + Array(repeating: UInt8(ascii: "["), count: depth)
            + Array(#""too deep""#.utf8) + Array(repeating: UInt8(ascii: "]"), count: depth) + [UInt8(ascii: "}")]
        let envelope = try errors.withUnsafeBytes { try Envelope.read($0, data: Charge.read) }
        #expect(envelope.status == false)

        let message =
            Array(#"{"message": "#.utf8) + Array(String(repeating: #"{"a": "#, count: depth).utf8)
            + Array("1".utf8) + Array(repeating: UInt8(ascii: "}"), count: depth) + [UInt8(ascii: "}")]
        _ = try message.withUnsafeBytes { try Envelope.read($0, data: Charge.read) }

        var decoder = ListStreamDecoder<Charge>()
        try decoder.feed(errors)
        try decoder.finish()
        #expect(decoder.envelope.status == false)
    }

    @Test func shallowNestedErrorsAreStillFlattened() throws {
        let json = #"{"errors": {"payment_method_details": {"phone": ["Invalid."]}, "amount": [["Too small."]]}}"#
        let envelope = try Array(json.utf8).withUnsafeBytes { try Envelope.read($0, data: Charge.read) }
        #expect(envelope.errors["payment_method_details.phone"] == ["Invalid."])
        #expect(envelope.errors["amount"] == ["Too small."])
    }

    // MARK: Sanitiser (Fuzz/TextSanitizerTarget.swift, FUZZ_STRICT=1)

    /// Masking a masked key added another "…" each time (`sk_test_…qrst` became
    /// `sk_test_……qrst`): text masked by the client and again by the CLI's output showed it.
    @Test func maskingAMaskedKeyChangesNothing() {
        let once = TextSanitizer.maskingKeys("key sk_test_abcdefghijklmnopqrst refused")
        #expect(once == "key sk_test_…qrst refused")
        #expect(TextSanitizer.maskingKeys(once) == once)
        let live = "sk_" + "live_"  // built at run time: the source holds no live-shaped key
        #expect(TextSanitizer.message(TextSanitizer.message(live + "abcdefghijklmnopqrst")) == live + "…qrst")
    }

    /// An invisible character after the prefix (here a zero-width joiner, which fuses with `_`
    /// into one Character) kept the key from being recognised: it was shown whole, and looks
    /// whole on a terminal.
    @Test func invisibleCharacterAfterThePrefixDoesNotUnmaskTheKey() {
        let shown = TextSanitizer.message("echo: sk_test_\u{200D}abcdefghijklmnopqrst")
        #expect(!shown.contains("abcdefghijklmnop"))
    }
}
