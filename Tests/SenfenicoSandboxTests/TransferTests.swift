import Foundation
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct TransferTests {
    @Test func transferDebitsAmountPlusFeeThenCompletes() async throws {
        try await Sandbox.with { sandbox in
            let extID = UUID().uuidString.lowercased()
            let answer = try await sandbox.call(
                .POST, "/transfers/",
                json: ["amount": 100, "recipient_phone": "63000000", "recipient_wallet": "sank_bf", "ext_id": extID])
            #expect(answer.status == 201)
            #expect(answer.message == "Transfer has been queued")
            #expect(keys(answer.data) == Fields.transfer)
            #expect(answer.data["status"] as? String == "pending")
            #expect(answer.data["recipient_wallet"] as? String == "sank_bf")
            #expect(answer.data["ext_id"] as? String == extID)
            #expect(answer.text.contains("\"fees\":1.5,"))
            let reference = try #require(answer.data["reference"] as? String)
            #expect(reference.wholeMatch(of: /tr_[0-9a-f]{32}/) != nil)

            // 100 F + 1.5 % rounded up to whole francs = 102 F.
            var balances = try await sandbox.balances()
            #expect(money(balances["transfer_balances", "sank_money_bf", "available"]) == money("99898"))
            #expect(money(balances["transfer_balances", "sank_money_bf", "pending"]) == money("102"))
            #expect(money(balances["transfer_balances", "total_available"]) == money("299898"))
            #expect(money(balances["transfer_balances", "total_pending"]) == money("102"))

            sandbox.clock.advance(seconds: 3)
            let fetched = try await sandbox.call(.GET, "/transfers/\(reference)")
            #expect(fetched.message == "Transfer details retrieved")
            #expect(keys(fetched.data) == Fields.transfer)
            #expect(fetched.data["status"] as? String == "success")
            #expect(fetched.data["fees"] as? String == "1.50")
            balances = try await sandbox.balances()
            #expect(money(balances["transfer_balances", "sank_money_bf", "available"]) == money("99898"))
            #expect(money(balances["transfer_balances", "sank_money_bf", "pending"]) == .zero)

            let list = try await sandbox.call(.GET, "/transfers")
            #expect(list.message == "Transfer list retrieved")
            #expect(list.list.map { $0["reference"] as? String } == [reference])
            #expect(try await sandbox.call(.GET, "/transfers/tr_nope").message == "Transfer not found")
        }
    }

    @Test func walletIsGuessedFromThePrefix() async throws {
        try await Sandbox.with { sandbox in
            for (phone, wallet) in [("65000000", "orange_bf"), ("63000000", "moov_bf"), ("68123456", "sank_bf")] {
                let answer = try await sandbox.call(
                    .POST, "/transfers/", json: ["amount": "1000", "recipient_phone": phone])
                #expect(answer.data["recipient_wallet"] as? String == wallet, "\(phone)")
                #expect(answer.data["ext_id"] is NSNull)
            }
            let normalised = try await sandbox.call(
                .POST, "/transfers/", json: ["amount": 100, "recipient_phone": "+226 70 12 34 56"])
            #expect(normalised.data["recipient_phone"] as? String == "70123456")
        }
    }

    @Test func failingRecipientGetsTheMoneyBack() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                .POST, "/transfers/", json: ["amount": 1000, "recipient_phone": "76000001"])
            let reference = try #require(answer.data["reference"] as? String)
            #expect(
                money(try await sandbox.balances()["transfer_balances", "orange_money_bf", "available"])
                    == money("98985"))
            sandbox.clock.advance(seconds: 3)
            #expect(try await sandbox.call(.GET, "/transfers/\(reference)").data["status"] as? String == "failed")
            let balances = try await sandbox.balances()
            #expect(money(balances["transfer_balances", "orange_money_bf", "available"]) == money("100000"))
            #expect(money(balances["transfer_balances", "orange_money_bf", "pending"]) == .zero)
        }
    }

    @Test func insufficientFunds() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                .POST, "/transfers/",
                json: ["amount": 99_000, "recipient_phone": "70000000", "recipient_wallet": "moov_bf"])
            #expect(answer.status == 400)
            #expect(keys(answer.json) == Fields.paymentError)
            #expect(answer.errorCode == "INSUFFICIENT_FUNDS")
            #expect(answer.message == "Insufficient balance for Moov BF transfer including fees.")
            // 98 522 F + 1 478 F of fees is exactly the wallet.
            let exact = try await sandbox.call(
                .POST, "/transfers/", json: ["amount": 98_522, "recipient_phone": "70000000"])
            #expect(exact.status == 201, "\(exact.text)")
            #expect(money(try await sandbox.balances()["transfer_balances", "moov_money_bf", "available"]) == .zero)
            let orange = try await sandbox.call(
                .POST, "/transfers/", json: ["amount": 200_000, "recipient_phone": "76000000"])
            #expect(orange.message == "Insufficient balance for Orange BF transfer including fees.")
        }
    }

    @Test func validation() async throws {
        try await Sandbox.with { sandbox in
            let small = try await sandbox.call(
                .POST, "/transfers/", json: ["amount": 50, "recipient_phone": "70000000"])
            #expect(small.status == 400)
            #expect(keys(small.json) == Fields.validationError)
            #expect(small.errors == ["amount": ["Ensure this value is greater than or equal to 100."]])
            let wallet = try await sandbox.call(
                .POST, "/transfers/",
                json: ["amount": 100, "recipient_phone": "70000000", "recipient_wallet": "coris_bf"])
            #expect(wallet.errors["recipient_wallet"] == ["\"coris_bf\" is not a valid choice."])
            let phone = try await sandbox.call(
                .POST, "/transfers/", json: ["amount": 100, "recipient_phone": "20000000"])
            #expect(phone.errors["recipient_phone"] != nil)
            let missing = try await sandbox.call(.POST, "/transfers/", json: [String: Any]())
            #expect(Set(missing.errors.keys) == ["amount", "recipient_phone"])
        }
    }

    @Test func reusedExtIDIsRefused() async throws {
        try await Sandbox.with { sandbox in
            let body: [String: Any] = ["amount": 100, "recipient_phone": "65000000", "ext_id": "order-42"]
            #expect(try await sandbox.call(.POST, "/transfers/", json: body).status == 201)
            let again = try await sandbox.call(.POST, "/transfers/", json: body)
            #expect(again.status == 400)
            #expect(again.errors == ["ext_id": ["transfer with this ext id already exists."]])
            // Paid once only.
            #expect(
                money(try await sandbox.balances()["transfer_balances", "orange_money_bf", "available"])
                    == money("99898"))
            #expect(try await sandbox.call(.GET, "/transfers").list.count == 1)
        }
    }
}
