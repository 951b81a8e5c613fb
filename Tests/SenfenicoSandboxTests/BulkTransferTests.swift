import Foundation
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct BulkTransferTests {
    @Test func queuesEveryValidItem() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                .POST, "/transfers/bulk/",
                json: [
                    "transfers": [
                        ["amount": 100, "recipient_phone": "65000000", "recipient_wallet": "orange_bf"],
                        ["amount": 100, "recipient_phone": "63000000"],
                    ]
                ])
            #expect(answer.status == 200)
            #expect(keys(answer.json) == ["status", "message", "failed_transfers"])
            #expect(answer.message == "2 transfers queued for processing")
            #expect((answer.json["failed_transfers"] as? [Any])?.isEmpty == true)
            #expect(try await sandbox.call(.GET, "/transfers").list.count == 2)
        }
    }

    @Test func reportsRefusedItems() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                .POST, "/transfers/bulk",
                json: [
                    "transfers": [
                        ["amount": 100, "recipient_phone": "65000000", "recipient_wallet": "orange_bf"],
                        [
                            "amount": 100_000, "recipient_phone": "63000000",
                            "ext_id": "98b96ea4-210d-4ea0-9b03-8d7fd96e4064",
                        ],
                        ["amount": 50, "recipient_phone": "63000000"],
                        "not an object",
                    ]
                ])
            #expect(answer.message == "1 transfers queued for processing")
            let failed = try #require(answer.json["failed_transfers"] as? [[String: Any]])
            #expect(failed.count == 3)
            #expect(failed.allSatisfy { keys($0) == ["data", "errors"] })
            let poor = try #require(failed.first)
            let data = try #require(poor["data"] as? [String: Any])
            #expect(keys(data) == ["amount", "recipient_phone", "recipient_wallet", "ext_id"])
            #expect(data["amount"] as? Int == 100_000)
            #expect(data["recipient_phone"] as? String == "63000000")
            #expect(data["recipient_wallet"] is NSNull)
            #expect(data["ext_id"] as? String == "98b96ea4-210d-4ea0-9b03-8d7fd96e4064")
            #expect(
                poor["errors"] as? [String: [String]] == [
                    "non_field_errors": ["Insufficient balance for Moov BF transfer including fees."]
                ])
            #expect(
                failed[1]["errors"] as? [String: [String]] == [
                    "amount": ["Ensure this value is greater than or equal to 100."]
                ])
            #expect((failed[2]["errors"] as? [String: [String]])?["non_field_errors"] != nil)
        }
    }

    @Test func duplicateExtIDsInsideOneBulk() async throws {
        try await Sandbox.with { sandbox in
            let item: [String: Any] = ["amount": 100, "recipient_phone": "65000000", "ext_id": "same"]
            let answer = try await sandbox.call(.POST, "/transfers/bulk/", json: ["transfers": [item, item]])
            #expect(answer.message == "1 transfers queued for processing")
            let failed = answer.json["failed_transfers"] as? [[String: Any]]
            #expect(
                failed?.first?["errors"] as? [String: [String]] == [
                    "ext_id": ["transfer with this ext id already exists."]
                ])
        }
    }

    @Test func batchSizeLimit() async throws {
        try await Sandbox.with { sandbox in
            let item: [String: Any] = ["amount": 100, "recipient_phone": "65000000"]
            let answer = try await sandbox.call(
                .POST, "/transfers/bulk/", json: ["transfers": Array(repeating: item, count: 101)])
            #expect(answer.status == 400)
            #expect(keys(answer.json) == Fields.paymentError)
            #expect(answer.message == "Maximum of 100 transfers allowed per request")
            #expect(answer.errorCode == "BATCH_SIZE_LIMIT_EXCEEDED")
            #expect(try await sandbox.call(.GET, "/transfers").list.isEmpty)
            sandbox.clock.advance(seconds: 1)
            let hundred = try await sandbox.call(
                .POST, "/transfers/bulk/", json: ["transfers": Array(repeating: item, count: 100)])
            #expect(hundred.message == "100 transfers queued for processing")
            let empty = try await sandbox.call(.POST, "/transfers/bulk/", json: ["transfers": [Any]()])
            #expect(empty.errors == ["transfers": ["This list may not be empty."]])
        }
    }

    @Test func rateLimitOfFiveCallsPerSecond() async throws {
        try await Sandbox.with { sandbox in
            let body: [String: Any] = ["transfers": [["amount": 100, "recipient_phone": "65000000"]]]
            for _ in 0..<5 {
                #expect(try await sandbox.call(.POST, "/transfers/bulk/", json: body).status == 200)
                sandbox.clock.advance(seconds: 0.1)
            }
            let limited = try await sandbox.call(.POST, "/transfers/bulk/", json: body)
            #expect(limited.status == 429)
            #expect(limited.errorCode == "RATE_LIMIT_EXCEEDED")
            #expect(limited.headers.first(name: "Retry-After") == "1")
            // The first call leaves the window one second after it was made.
            sandbox.clock.advance(seconds: 0.51)
            #expect(try await sandbox.call(.POST, "/transfers/bulk/", json: body).status == 200)
            #expect(try await sandbox.call(.GET, "/transfers").list.count == 6)
        }
    }

    @Test func getWithABodyAsTheReferencePrintsIt() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                .GET, "/transfers/bulk/", json: ["transfers": [["amount": 100, "recipient_phone": "65000000"]]])
            #expect(answer.message == "1 transfers queued for processing")
        }
    }
}
