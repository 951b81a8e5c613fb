import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct MagicNumberTests {
    /// The correct OTP on each magic number, for each OTP provider.
    @Test(arguments: [("orange_bf", "76"), ("moov_bf", "70"), ("coris_bf", "72")])
    func otpProviders(provider: String, prefix: String) async throws {
        try await Sandbox.with { sandbox in
            // Refused at create: no charge is made.
            for (suffix, code) in [
                ("02", "INVALID_ACCOUNT"), ("03", "UNAUTHORIZED_CHARGE_PROVIDER"), ("06", "OTP_STILL_VALID"),
            ] {
                let answer = try await sandbox.call(
                    .POST, "/charges/", json: chargeBody(phone: prefix + "0000" + suffix, provider: provider))
                #expect(answer.status == 400)
                #expect(answer.errorCode == code, "\(suffix)")
                #expect(answer.message?.hasPrefix("Charge operation failed. ") == true)
            }
            #expect(try await sandbox.call(.GET, "/charges").list.isEmpty)

            // Failing at the correct OTP: the charge ends failed.
            for (suffix, code) in [("01", "INSUFFICIENT_FUNDS"), ("04", "EXTERNAL_API_ERROR"), ("05", "OTP_EXPIRED")] {
                let reference = try await sandbox.createCharge(phone: prefix + "0000" + suffix, provider: provider)
                let answer = try await sandbox.call(
                    .POST, "/charges/submit", json: ["otp": "123456", "charge_reference": reference])
                #expect(answer.errorCode == code, "\(suffix)")
                let charge = try await sandbox.call(.GET, "/charges/\(reference)").data
                #expect(charge["status"] as? String == "failed", "\(suffix)")
                #expect(
                    (charge["confirmation_attempts"] as? [[String: Any]])?.first?["confirmation_status"] as? String
                        == "failed")
            }

            // A wrong OTP is checked first: the charge still waits.
            let reference = try await sandbox.createCharge(phone: prefix + "000001", provider: provider)
            let wrong = try await sandbox.call(
                .POST, "/charges/submit", json: ["otp": "654321", "charge_reference": reference])
            #expect(wrong.errorCode == "OTP_INVALID")

            let success = try await sandbox.paidCharge(phone: prefix + "000000", provider: provider, amount: 100)
            #expect(try await sandbox.call(.GET, "/charges/\(success)").data["status"] as? String == "success")
        }
    }

    @Test func sankMagicNumbers() async throws {
        try await Sandbox.with { sandbox in
            let ok = try await sandbox.createCharge(phone: "68000000", provider: "sank_bf")
            let poor = try await sandbox.createCharge(phone: "68000001", provider: "sank_bf")
            let declined = try await sandbox.createCharge(phone: "68000004", provider: "sank_bf")
            let invalid = try await sandbox.call(
                .POST, "/charges/", json: chargeBody(phone: "68000002", provider: "sank_bf"))
            #expect(invalid.errorCode == "INVALID_ACCOUNT")
            sandbox.clock.advance(seconds: 6)
            for (reference, status) in [(ok, "success"), (poor, "failed"), (declined, "failed")] {
                #expect(try await sandbox.call(.GET, "/charges/\(reference)").data["status"] as? String == status)
            }
            // Only the successful charge reaches the collection balance: 1000 − 3.5 %, on top of
            // the 100 000 F an account opens with.
            sandbox.clock.advance(seconds: 6)
            #expect(money(try await sandbox.balances()["collection_balances", "available"]) == money("100965"))
        }
    }

    @Test func recognisesOnlyTheMagicPattern() {
        #expect(MagicNumber(digits: "76000001") == .insufficientFunds)
        #expect(MagicNumber(digits: "68000006") == .otpStillValid)
        #expect(MagicNumber(digits: "76000000") == .success)
        #expect(MagicNumber(digits: "76000007") == nil)
        #expect(MagicNumber(digits: "76100001") == nil)
        #expect(MagicNumber(digits: "7600001") == nil)
    }
}
