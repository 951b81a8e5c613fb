import Foundation
import SenfenicoAPI
import SenfenicoSandbox
import Testing

/// A transfer whose answer is lost, sent again with the same `ext_id`: one transfer in all.
@Suite struct TransferRetryContractTests {
    private func request(extID: String) throws -> TransferRequest {
        try TransferRequest.validated(
            amount: Money(francs: 2_000), recipientPhone: "70112233", recipientWallet: .moov, extID: extID
        ).get()
    }

    @Test func aDroppedTransferSentAgainWithTheSameExtIDCreatesExactlyOne() async throws {
        let drop = try FaultRule.parse("POST /v1/payment/transfers/$=drop")
        try await SandboxHarness.run(faults: [drop]) { harness in
            let client = harness.client
            let extID = UUID().uuidString.lowercased()
            // The sandbox makes the transfer, then cuts the answer: the client cannot know.
            do {
                let sent = try await client.createTransferOnce(try request(extID: extID))
                Issue.record("the answer should have been lost, got \(sent)")
            } catch let error as SenfenicoError {
                guard case .outcomeUnknown(let unknown) = error else {
                    Issue.record("expected outcomeUnknown, got \(error)")
                    return
                }
                #expect(unknown.extID == extID, "the error names the ext_id to retry with")
            }
            let posts = harness.exchanges.all.filter { $0.operation == .transferCreate }
            #expect(posts.count == 1, "never retried automatically")

            // The line comes back; the cashier presses "send again".
            await harness.sandbox.setFaults([])
            let again = try await client.createTransferOnce(try request(extID: extID))
            guard case .alreadyCreated(let transfer) = again else {
                Issue.record("expected the earlier transfer, got \(again)")
                return
            }
            #expect(transfer.extID == extID && transfer.amount == Money(francs: 2_000))
            let all = try await client.transfers().filter { $0.extID == extID }
            #expect(all.count == 1, "exactly one transfer for the ext_id")
            // The wallet paid once: 2 000 F + 30 F of fees.
            let balances = try await client.balances()
            #expect(balances.transfer.moov.available == Money(francs: 100_000 - 2_030))
        }
    }

    @Test func aTransferNeverMadeIsMadeByTheRetry() async throws {
        // Refused before processing (a 500 from the server): the retry with the same ext_id creates it.
        let refuse = try FaultRule.parse("POST /v1/payment/transfers/$=error")
        try await SandboxHarness.run(faults: [refuse]) { harness in
            let extID = UUID().uuidString.lowercased()
            await #expect(throws: SenfenicoError.self) {
                _ = try await harness.client.createTransferOnce(try request(extID: extID))
            }
            #expect(try await harness.client.transfers().isEmpty)
            await harness.sandbox.setFaults([])
            let sent = try await harness.client.createTransferOnce(try request(extID: extID))
            guard case .created = sent else {
                Issue.record("expected a new transfer, got \(sent)")
                return
            }
            #expect(try await harness.client.transfers().filter { $0.extID == extID }.count == 1)
        }
    }
}
