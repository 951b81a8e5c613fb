import Localization
import SenfenicoAPI
import SenfenicoSandbox
import Testing

/// Each of the sixteen documented error codes reaches the caller as `SenfenicoError.api` with
/// that code and its French and English description: through the sandbox's own behaviour where
/// it has one, through fault injection for the codes only a real operator outage produces.
@Suite struct DocumentedErrorContractTests {
    private func charge(_ phone: String, _ provider: Provider) -> ChargeRequest {
        ChargeRequest(amount: Money(francs: 1000), phone: PhoneNumber(phone)!, provider: provider)
    }

    private func expect(
        _ error: SenfenicoError?, is code: APIErrorCode, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(error?.code == code, sourceLocation: sourceLocation)
        guard let error, case .api(let failure) = error else { return }
        // The explanation in the words of the request it answers (a charge's INSUFFICIENT_FUNDS is
        // the customer's account), then the code.
        let explanation = code.explanation(for: failure.operation)
        #expect(failure.operation != nil, sourceLocation: sourceLocation)
        #expect(error.message(in: .french).hasPrefix(explanation.french), sourceLocation: sourceLocation)
        #expect(error.message(in: .english).hasPrefix(explanation.english), sourceLocation: sourceLocation)
    }

    @Test func codesTheSandboxProducesByItself() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            expect(
                await senfenicoError { _ = try await client.createCharge(charge("76000000", .unknown("mtn_bf"))) },
                is: .unsupportedProvider)
            expect(
                await senfenicoError { _ = try await client.createCharge(charge("76000002", .orange)) },
                is: .invalidAccount)
            expect(
                await senfenicoError { _ = try await client.createCharge(charge("76000003", .orange)) },
                is: .unauthorizedChargeProvider)
            expect(
                await senfenicoError { _ = try await client.createCharge(charge("76000006", .orange)) },
                is: .otpStillValid)
            expect(
                await senfenicoError {
                    _ = try await client.submitOTP(OTPSubmission(chargeReference: "ch_nope", otp: "123456"))
                },
                is: .chargeNotFound)

            let open = try await client.createCharge(charge("76000000", .orange))
            expect(
                await senfenicoError {
                    _ = try await client.submitOTP(OTPSubmission(chargeReference: open.reference, otp: "111111"))
                },
                is: .otpInvalid)
            _ = try await client.submitOTP(OTPSubmission(chargeReference: open.reference, otp: "123456"))
            expect(
                await senfenicoError {
                    _ = try await client.submitOTP(OTPSubmission(chargeReference: open.reference, otp: "123456"))
                },
                is: .invalidData)

            for (phone, code) in [
                ("70000001", APIErrorCode.insufficientFunds), ("70000004", .externalAPIError),
                ("70000005", .otpExpired),
            ] {
                let attempt = try await client.createCharge(charge(phone, .moov))
                expect(
                    await senfenicoError {
                        _ = try await client.submitOTP(OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
                    },
                    is: code)
            }
        }
    }

    @Test(arguments: [
        APIErrorCode.networkError, .internalError, .unknownError, .transactionNotFound, .batchSizeLimitExceeded,
        .rateLimitExceeded,
    ])
    func codesOnlyAnOutageProduces(code: APIErrorCode) async throws {
        try await SandboxHarness.run { harness in
            let status = code == .rateLimitExceeded ? 429 : 400
            await harness.sandbox.setFaults([
                try FaultRule.parse("POST /v1/payment/transfers/bulk=code:\(code.rawValue),status:\(status)")
            ])
            let items = [TransferRequest(amount: Money(francs: 100), recipientPhone: PhoneNumber("65000000")!)]
            expect(await senfenicoError { _ = try await harness.client.bulkTransfer(items) }, is: code)
            // A payment request is sent once, whatever the code says.
            #expect(harness.exchanges.all.filter { $0.operation == .transferBulk }.count == 1)
        }
    }
}
