import Foundation
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct SettlementTests {
    /// A sandbox whose collection balance has 100 965 F available (the opening 100 000 F and a
    /// charge's 965 F).
    func withCollectedMoney(_ body: (Sandbox) async throws -> Void) async throws {
        try await Sandbox.with { sandbox in
            _ = try await sandbox.paidCharge(amount: 1000)
            sandbox.clock.advance(seconds: 5)
            try await body(sandbox)
        }
    }

    @Test func createAndCancel() async throws {
        try await withCollectedMoney { sandbox in
            let created = try await sandbox.call(.POST, "/settlements/", json: ["amount": "500"])
            #expect(created.status == 201)
            #expect(created.message == "Settlement created")
            #expect(keys(created.data) == Fields.settlement)
            #expect(created.data["status"] as? String == "processing")
            #expect(created.data["settlement_fees"] as? Int == 2)
            #expect(created.data["account_type"] as? String == "bank")
            #expect(created.data["rib"] as? String == "YOUR RIB")
            #expect(created.data["iban"] is NSNull)
            #expect(created.data["usdt_wallet_address"] is NSNull)
            let reference = try #require(created.data["reference"] as? String)
            #expect(UUID(uuidString: reference) != nil)
            var balances = try await sandbox.balances()
            #expect(money(balances["collection_balances", "available"]) == money("100465"))
            #expect(money(balances["collection_balances", "pending"]) == money("500"))

            let fetched = try await sandbox.call(.GET, "/settlements/\(reference)")
            #expect(fetched.message == "Settlement retrieved")
            #expect(keys(fetched.data) == Fields.settlement)
            let list = try await sandbox.call(.GET, "/settlements")
            #expect(list.message == "settlement list retrieved")
            #expect(list.list.map { $0["reference"] as? String } == [reference])

            sandbox.clock.advance(seconds: 10)
            let cancelled = try await sandbox.call(.GET, "/settlements/\(reference)/cancel/")
            #expect(cancelled.status == 200)
            #expect(cancelled.message == "Settlement cancelled")
            #expect(cancelled.data["status"] as? String == "cancelled")
            #expect(cancelled.data["updated_at"] as? String == "2024-08-18T12:00:15.000000Z")
            balances = try await sandbox.balances()
            #expect(money(balances["collection_balances", "available"]) == money("100965"))
            #expect(money(balances["collection_balances", "pending"]) == .zero)

            let again = try await sandbox.call(.POST, "/settlements/\(reference)/cancel")
            #expect(again.status == 400)
            #expect(keys(again.json) == Fields.plainError)
            #expect(
                again.message
                    == "Validation error: [\"Settlement can only be cancelled if it's in 'processing' status.\"]")
            #expect(try await sandbox.call(.GET, "/settlements/nope/cancel/").message == "Settlement not found")
        }
    }

    @Test func lifecycle() async throws {
        try await withCollectedMoney { sandbox in
            let created = try await sandbox.call(.POST, "/settlements/", json: ["amount": 900])
            let reference = try #require(created.data["reference"] as? String)
            sandbox.clock.advance(seconds: 59)
            #expect(try await sandbox.call(.GET, "/settlements/\(reference)").data["status"] as? String == "processing")
            sandbox.clock.advance(seconds: 1)
            let inTransit = try await sandbox.call(.GET, "/settlements/\(reference)").data
            #expect(inTransit["status"] as? String == "in_transit")
            #expect(inTransit["updated_at"] as? String == "2024-08-18T12:01:05.000000Z")
            let refused = try await sandbox.call(.GET, "/settlements/\(reference)/cancel/")
            #expect(refused.message?.contains("'processing'") == true)
            sandbox.clock.advance(seconds: 60)
            #expect(try await sandbox.call(.GET, "/settlements/\(reference)").data["status"] as? String == "success")
            let balances = try await sandbox.balances()
            #expect(money(balances["collection_balances", "available"]) == money("100065"))
            #expect(money(balances["collection_balances", "pending"]) == .zero)
        }
    }

    @Test func refusals() async throws {
        try await withCollectedMoney { sandbox in
            let tooMuch = try await sandbox.call(.POST, "/settlements/", json: ["amount": 100_966])
            #expect(tooMuch.status == 400)
            #expect(keys(tooMuch.json) == Fields.paymentError)
            #expect(tooMuch.errorCode == "INSUFFICIENT_FUNDS")
            let invalid = try await sandbox.call(.POST, "/settlements/", json: ["amount": "ten"])
            #expect(invalid.errors == ["amount": ["A valid integer is required."]])
            #expect(try await sandbox.call(.GET, "/settlements/nope").status == 404)
        }
    }
}
