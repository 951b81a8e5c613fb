import SenfenicoAPI
import SenfenicoSandbox
import Testing

/// Lists, revalidation, compression and injected faults against the sandbox.
@Suite struct TransportContractTests {
    @Test func anUnchangedListIsRevalidatedWithItsETag() async throws {
        try await SandboxHarness.run(seedCharges: 500) { harness in
            let first = try await harness.client.charges()
            #expect(first.count == 500)
            let second = try await harness.client.charges()
            #expect(second == first)
            let statuses = harness.exchanges.all.filter { $0.operation == .chargeList }.compactMap(\.status)
            #expect(statuses == [200, 304])

            let attempt = try await harness.client.createCharge(
                try ChargeRequest.validated(amount: Money(francs: 1000), phone: "76000000", provider: .orange).get())
            let third = try await harness.client.charges()
            #expect(third.count == 501)
            #expect(third.first?.reference == attempt.reference)
        }
    }

    @Test func gzippedListsDecode() async throws {
        try await SandboxHarness.run(seedCharges: 2_000, seedTransfers: 300, gzip: true) { harness in
            let charges = try await harness.client.charges()
            let transfers = try await harness.client.transfers()
            #expect(charges.count == 2_000)
            #expect(transfers.count == 300)
        }
    }

    @Test func aDroppedChargeAnswerIsAnUnknownOutcomeAndTheChargeExists() async throws {
        let drop = try FaultRule.parse("POST /v1/payment/charges/$=drop")
        try await SandboxHarness.run(faults: [drop]) { harness in
            let request = try ChargeRequest.validated(amount: Money(francs: 1500), phone: "77000000", provider: .orange)
                .get()
            let error = await senfenicoError { _ = try await harness.client.createCharge(request) }
            guard case .outcomeUnknown(let unknown) = error else {
                Issue.record("expected outcomeUnknown, got \(String(describing: error))")
                return
            }
            #expect(unknown.operation == .chargeCreate)
            #expect(harness.exchanges.all.filter { $0.operation == .chargeCreate }.count == 1)
            // Reconciliation finds the charge the server did create.
            let found = try await harness.client.charges().filter {
                $0.phone == "77000000" && $0.amount == Money(francs: 1500)
            }
            #expect(found.count == 1)
        }
    }

    @Test func flakyReadsAreRetriedAndMalformedAnswersReported() async throws {
        try await SandboxHarness.run { harness in
            await harness.sandbox.setFaults([
                try FaultRule.parse("GET /v1/payment/balances=error:1,code:INTERNAL_ERROR,status:503")
            ])
            let error = await senfenicoError { _ = try await harness.client.balances() }
            #expect(error?.code == .internalError)
            #expect(harness.exchanges.all.filter { $0.operation == .balances }.count == 3)

            await harness.sandbox.setFaults([try FaultRule.parse("GET /v1/payment/charges=malformed")])
            let malformed = await senfenicoError { _ = try await harness.client.charges() }
            guard case .decoding(let failure) = malformed else {
                Issue.record("expected a decoding failure, got \(String(describing: malformed))")
                return
            }
            #expect(failure.bodySample.utf8.count <= 500)

            await harness.sandbox.setFaults([])
            #expect(try await harness.client.balances().transfer.orange.available == Money(francs: 100_000))
        }
    }
}
