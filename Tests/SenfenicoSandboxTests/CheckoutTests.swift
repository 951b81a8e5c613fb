import Foundation
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct CheckoutTests {
    @Test func initializeFetchList() async throws {
        try await Sandbox.with { sandbox in
            let created = try await sandbox.call(
                .POST, "/checkouts/initialize/",
                json: [
                    "email": "customer@mail.com", "amount": 600, "success_url": "https://example.com/s",
                    "cancel_url": "https://example.com/c",
                ])
            #expect(created.status == 201)
            #expect(created.message == "Checkout initialized")
            #expect(keys(created.data) == Fields.checkoutSession)
            let reference = try #require(created.data["reference"] as? String)
            #expect(reference.wholeMatch(of: /chk_[0-9a-f]{32}/) != nil)
            let url = try #require(created.data["authorization_url"] as? String)
            #expect(url == "\(sandbox.server.baseURL)/v1/checkout_payment/payment_page/\(reference)/")

            let fetched = try await sandbox.call(.GET, "/checkouts/\(reference)")
            #expect(fetched.message == "Checkout details retrieved")
            #expect(keys(fetched.data) == Fields.checkout)
            #expect(fetched.data["status"] as? String == "pending")
            #expect(fetched.data["phone"] as? String == "")
            #expect(fetched.data["provider"] as? String == "")
            #expect(fetched.data["charge_reference"] is NSNull)
            #expect(fetched.data["amount"] as? Int == 600)
            #expect(fetched.data["email"] as? String == "customer@mail.com")

            let list = try await sandbox.call(.GET, "/checkouts")
            #expect(list.message == "Checkout list retreived")
            #expect(list.list.map { $0["reference"] as? String } == [reference])

            let page = try await sandbox.raw(.GET, "/v1/checkout_payment/payment_page/\(reference)/")
            #expect(page.status == 200)
            #expect(page.headers.first(name: "Content-Type")?.hasPrefix("text/html") == true)
            #expect(page.text.contains("600 F CFA"))
            #expect(try await sandbox.raw(.GET, "/v1/checkout_payment/payment_page/chk_nope/").status == 404)
            #expect(try await sandbox.call(.GET, "/checkouts/chk_nope").message == "Checkout not found")
        }
    }

    @Test func validation() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(
                .POST, "/checkouts/initialize/",
                json: [
                    "email": "not-an-email", "amount": 0, "success_url": "example", "cancel_url": "ftp://example.com",
                ])
            #expect(answer.status == 400)
            #expect(
                answer.errors == [
                    "email": ["Enter a valid email address."],
                    "amount": ["Ensure this value is greater than or equal to 1."],
                    "success_url": ["Enter a valid URL."], "cancel_url": ["Enter a valid URL."],
                ])
            let noEmail = try await sandbox.call(
                .POST, "/checkouts/initialize",
                json: ["amount": "100", "success_url": "https://a.bf/s", "cancel_url": "https://a.bf/c"])
            #expect(noEmail.status == 201)
            let reference = try #require(noEmail.data["reference"] as? String)
            #expect(try await sandbox.call(.GET, "/checkouts/\(reference)").data["email"] is NSNull)
        }
    }
}
