// libFuzzer target: the phone parser and the exact amount parsing (see Fuzz/README.md).
//
// The input is read both as raw bytes (FixedPoint.hundredths, as the JSON reader hands it
// amounts) and as UTF-8 text (PhoneNumber, Money, FeeRate, Validator). Checked besides "no
// crash": a parsed phone is eight ASCII digits of a known operator and parses back to itself
// from every form it prints (`76 00 00 00`, `+22676000000`, `0022676000000`); a parsed amount
// prints as JSON text that parses back to the same value; amounts the validator accepts stay in
// range and their fee estimate never exceeds the amount. With FUZZ_STRICT=1, also: a fee rate
// read from a server applied to any amount does not trap (it does on 30 Nov 2026).

import Localization

@testable import SenfenicoAPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// FUZZ_STRICT=1 adds checks known to fail (see Fuzz/README.md).
private let strict = getenv("FUZZ_STRICT").map { String(cString: $0) == "1" } ?? false

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPhoneMoney(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let raw = UnsafeRawBufferPointer(start: data, count: size)
    let text = String(decoding: raw, as: UTF8.self)

    // Phone numbers.
    switch PhoneNumber.parse(text) {
    case .success(let phone):
        precondition(phone.digits.utf8.count == 8 && phone.digits.utf8.allSatisfy { (0x30...0x39).contains($0) })
        precondition(phone.mobileOperator != nil, "a parsed number without an operator")
        for form in [phone.formatted, "+226" + phone.digits, "00226" + phone.digits, "226" + phone.digits] {
            precondition(PhoneNumber(form) == phone, "\(form) does not parse back to \(phone.digits)")
        }
        precondition(PhoneNumber.formatted(phone.digits) == phone.formatted)
    case .failure(let issue):
        keep(issue.message)
    }
    for provider in [Provider.orange, .moov, .coris, .sank] {
        if case .success(let phone) = Validator.phone(text, for: provider) {
            precondition(Validator.allowedPrefixes(for: provider).contains(phone.prefix))
        }
    }

    // Exact amounts, from bytes (the JSON reader's path) and from text.
    let fromBytes = FixedPoint.hundredths(raw)
    if let value = fromBytes {
        let money = Money(hundredths: value)
        precondition(Money(money.jsonText) == money, "\(money.jsonText) does not parse back")
        precondition(Money(money.jsonFloatText) == money, "\(money.jsonFloatText) does not parse back")
        keep(money.formatted(.french))
        keep(money.formatted(.english))
        let rate = FeeRate(hundredthsOfPercent: value)
        precondition(FeeRate(rate.jsonStringText) == rate && FeeRate(rate.jsonNumberText) == rate)
        keep(rate.description)
        if strict {
            // A charge's `fees` comes from the server; the wizard's result and the day's export
            // apply it to the charge's amount (FeeRate.fee(on:), then amount - fee).
            let fee = rate.fee(on: Validator.maximumAmount)
            keep(Validator.maximumAmount - fee)
            keep(FeeRate(hundredthsOfPercent: 350).fee(on: money))
        }
    }
    if let money = Money(text) {
        precondition(FixedPoint.hundredths(text) == money.hundredths)
    }

    // What a form or a bulk file accepts as an amount.
    switch Validator.amount(text) {
    case .success(let money):
        precondition(money.isWholeFrancs && money > .zero && money <= Validator.maximumAmount)
        if case .success(let transfer) = Validator.transferAmount(money) {
            let fee = TransferFees.estimatedFee(transfer)
            precondition(fee >= .zero && fee <= transfer && fee.isWholeFrancs)
            precondition(TransferFees.estimatedDebit(transfer) == transfer + fee)
        }
    case .failure(let issue):
        keep(issue.message)
    }
    return 0
}

/// Keeps a result the optimiser could otherwise drop with the traps it may raise.
@_optimize(none)
private func keep<T>(_ value: T) {}
