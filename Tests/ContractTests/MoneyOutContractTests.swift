import Foundation
import SenfenicoAPI
import SenfenicoSandbox
import Testing

/// Transfers, bulk transfers, settlements and checkouts against the sandbox.
@Suite struct MoneyOutContractTests {
    private func transfer(_ amount: Int64, _ phone: String, _ wallet: TransferWallet? = nil, extID: String? = nil)
        throws -> TransferRequest
    {
        try TransferRequest.validated(
            amount: Money(francs: amount), recipientPhone: phone, recipientWallet: wallet, extID: extID
        ).get()
    }

    @Test func aTransferDebitsItsWalletAmountPlusFees() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            let start = try await client.balances().transfer
            #expect(start.orange.available == Money(francs: 100_000))
            #expect(start.moov.available == Money(francs: 100_000))
            #expect(start.sank.available == Money(francs: 100_000))
            #expect(start.totalAvailable == Money(francs: 300_000))

            let extID = UUID().uuidString.lowercased()
            let sent = try await client.createTransfer(try transfer(1000, "65000000", extID: extID))
            #expect(sent.status == .pending)
            #expect(sent.recipientWallet == .orange)
            #expect(sent.extID == extID)
            let fee = try #require(sent.fees).fee(on: sent.amount)
            let after = try await client.balances().transfer
            // The fee is rounded up to whole francs by the sandbox; 1.5 % of 1 000 is exactly 15.
            #expect(after.orange.available == Money(francs: 100_000) - Money(francs: 1000) - fee)

            harness.clock.advance(seconds: 600)
            #expect(try await client.transfer(reference: sent.reference).status == .success)
            #expect(try await client.transfers().contains { $0.reference == sent.reference })
        }
    }

    @Test func refusals() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            let poor = await senfenicoError {
                _ = try await client.createTransfer(try! transfer(200_000, "70000000", .moov))
            }
            #expect(poor?.code == .insufficientFunds)
            let extID = "same-ext-id"
            _ = try await client.createTransfer(try transfer(100, "68000000", extID: extID))
            let again = await senfenicoError {
                _ = try await client.createTransfer(try! transfer(100, "68000000", extID: extID))
            }
            guard case .api(let failure) = again else {
                Issue.record("a reused ext_id was accepted: \(String(describing: again))")
                return
            }
            #expect(failure.fieldErrors["ext_id"] != nil)
            #expect(try await client.transfers().filter { $0.extID == extID }.count == 1)
        }
    }

    @Test func bulkReportsEachRefusedItemAndIsPacedUnderTheRateLimit() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            let outcome = try await client.bulkTransfer([
                try transfer(100, "65000000", .orange), try transfer(100, "63000000"),
                try transfer(500_000, "70000000", .moov),
            ])
            #expect(outcome.queuedCount == 2)
            #expect(outcome.failedTransfers.count == 1)
            #expect(outcome.failedTransfers.first?.recipientPhone == "70000000")
            #expect(outcome.failedTransfers.first?.errors.isEmpty == false)

            let started = ContinuousClock.now
            for index in 0..<8 {
                let error = await senfenicoError { _ = try await client.bulkTransfer([try transfer(100, "65000000")]) }
                #expect(error == nil, "call \(index) at \(ContinuousClock.now - started)")
            }
            // Eight calls at no more than five per second cannot take less than one second.
            #expect(ContinuousClock.now - started >= .seconds(1))
        }
    }

    @Test func settlementLifecycleAndCancelRule() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            let attempt = try await client.createCharge(
                try ChargeRequest.validated(amount: Money(francs: 2000), phone: "76000000", provider: .orange).get())
            _ = try await client.submitOTP(OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
            harness.clock.advance(seconds: 600)
            let available = try await client.balances().collection.available
            #expect(available > Money(francs: 1000))

            let settlement = try await client.createSettlement(SettlementRequest(amount: Money(francs: 1000)))
            #expect(settlement.status == .processing)
            #expect(try await client.balances().collection.available == available - Money(francs: 1000))
            #expect(try await client.settlement(reference: settlement.reference).status == .processing)
            #expect(try await client.settlements().contains { $0.reference == settlement.reference })

            let cancelled = try await client.cancelSettlement(reference: settlement.reference)
            #expect(cancelled.status == .cancelled)
            #expect(try await client.balances().collection.available == available)
            let twice = await senfenicoError { _ = try await client.cancelSettlement(reference: settlement.reference) }
            guard case .api(let failure) = twice else {
                Issue.record("cancelling twice was accepted")
                return
            }
            #expect(failure.message.contains("'processing' status"))

            let second = try await client.createSettlement(SettlementRequest(amount: Money(francs: 500)))
            harness.clock.advance(seconds: 90)
            #expect(try await client.settlement(reference: second.reference).status == .inTransit)
            let late = await senfenicoError { _ = try await client.cancelSettlement(reference: second.reference) }
            #expect(late != nil)
            harness.clock.advance(seconds: 600)
            #expect(try await client.settlement(reference: second.reference).status == .success)
        }
    }

    @Test func checkouts() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            let session = try await client.initializeCheckout(
                CheckoutRequest(
                    amount: Money(francs: 600), email: "customer@mail.com", successURL: "https://example.com/s",
                    cancelURL: "https://example.com/c"))
            #expect(session.authorizationURL.contains(session.reference))
            let checkout = try await client.checkout(reference: session.reference)
            #expect(checkout.status == .pending)
            #expect(checkout.amount == Money(francs: 600))
            #expect(checkout.email == "customer@mail.com")
            #expect(try await client.checkouts().contains { $0.reference == session.reference })
        }
    }
}
