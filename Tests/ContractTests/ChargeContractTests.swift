import SenfenicoAPI
import SenfenicoSandbox
import Testing

/// The real client against the real sandbox over loopback: charges.
@Suite struct ChargeContractTests {
    private func charge(_ amount: Int64, _ phone: String, _ provider: Provider) throws -> ChargeRequest {
        try ChargeRequest.validated(amount: Money(francs: amount), phone: phone, provider: provider).get()
    }

    @Test func orangeChargeWrongOTPThenRight() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            let attempt = try await client.createCharge(try charge(1000, "+226 76 00 00 00", .orange))
            #expect(attempt.status == .sendOTP)
            #expect(attempt.displayText?.contains("*144*4*6*1000#") == true)
            #expect(attempt.reference.hasPrefix("ch_"))

            let wrong = await senfenicoError {
                _ = try await client.submitOTP(OTPSubmission(chargeReference: attempt.reference, otp: "000000"))
            }
            #expect(wrong?.code == .otpInvalid)
            #expect(try await client.charge(reference: attempt.reference).status == .sendOTP)

            let paid = try await client.submitOTP(OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
            #expect(paid.status == .success)
            #expect(paid.confirmationAttempts.map(\.confirmationStatus) == [.failed, .success])

            let fetched = try await client.charge(reference: attempt.reference)
            #expect(fetched.status == .success)
            #expect(fetched.phone == "76000000")
            #expect(fetched.provider == .orange)
            #expect(fetched.fees != nil)
            #expect(try await client.charges().first?.reference == attempt.reference)
        }
    }

    @Test func everyProviderOfTheTestTable() async throws {
        try await SandboxHarness.run { harness in
            let table: [(Provider, String)] = [
                (.orange, "76000000"), (.orange, "77000000"), (.orange, "65000000"), (.moov, "70000000"),
                (.moov, "71000000"), (.moov, "72000000"), (.coris, "72000000"), (.coris, "75000000"),
                (.coris, "68000000"),
            ]
            for (provider, phone) in table {
                let attempt = try await harness.client.createCharge(try charge(1000, phone, provider))
                #expect(attempt.status == .sendOTP, "\(provider) \(phone)")
                let paid = try await harness.client.submitOTP(
                    OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
                #expect(paid.status == .success, "\(provider) \(phone)")
            }
            let moov = try await harness.client.createCharge(try charge(1500, "71000000", .moov))
            #expect(moov.displayText?.contains("OTP reçu") == true)
        }
    }

    @Test func sankPaysOfflineAndCompletesByItself() async throws {
        try await SandboxHarness.run { harness in
            let attempt = try await harness.client.createCharge(try charge(2000, "68000000", .sank))
            #expect(attempt.status == .payOffline)
            #expect(attempt.displayText?.isEmpty == false)
            // Real time flows in the harness: on a loaded machine the 5 s may already have passed.
            let early = try await harness.client.charge(reference: attempt.reference).status
            #expect(early == .payOffline || early == .success)
            harness.clock.advance(seconds: 60)
            #expect(try await harness.client.charge(reference: attempt.reference).status == .success)
        }
    }

    @Test func anOTPPastItsLifetimeHasExpired() async throws {
        try await SandboxHarness.run { harness in
            let attempt = try await harness.client.createCharge(try charge(1000, "76000000", .orange))
            harness.clock.advance(seconds: 3600)
            let error = await senfenicoError {
                _ = try await harness.client.submitOTP(OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
            }
            #expect(error?.code == .otpExpired)
        }
    }

    @Test func magicNumbersGiveEachFailureACashierCanMeet() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            let refusedAtCreate: [(String, APIErrorCode)] = [
                ("76000002", .invalidAccount), ("76000003", .unauthorizedChargeProvider), ("76000006", .otpStillValid),
            ]
            for (phone, code) in refusedAtCreate {
                let error = await senfenicoError {
                    _ = try await client.createCharge(try! charge(1000, phone, .orange))
                }
                #expect(error?.code == code, "\(phone)")
            }
            let refusedAtOTP: [(String, APIErrorCode)] = [
                ("70000001", .insufficientFunds), ("70000004", .externalAPIError), ("70000005", .otpExpired),
            ]
            for (phone, code) in refusedAtOTP {
                let attempt = try await client.createCharge(try charge(1000, phone, .moov))
                let error = await senfenicoError {
                    _ = try await client.submitOTP(OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
                }
                #expect(error?.code == code, "\(phone)")
                #expect(try await client.charge(reference: attempt.reference).status == .failed, "\(phone)")
            }
        }
    }

    @Test func unknownChargeIsNotFound() async throws {
        try await SandboxHarness.run { harness in
            let error = await senfenicoError { _ = try await harness.client.charge(reference: "ch_doesnotexist") }
            guard case .api(let failure) = error else {
                Issue.record("expected an API refusal, got \(String(describing: error))")
                return
            }
            #expect(failure.message == "Charge not found")
        }
    }

    @Test func aSuccessfulChargeRaisesTheCollectionBalancePendingThenAvailable() async throws {
        try await SandboxHarness.run { harness in
            let client = harness.client
            // A new account opens with 100 000 F available (the reference's settlement samples
            // work on a fresh key) and nothing pending.
            let before = try await client.balances().collection
            #expect(before.available == Money(francs: 100_000) && before.pending == .zero)
            let attempt = try await client.createCharge(try charge(1000, "76000000", .orange))
            _ = try await client.submitOTP(OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
            // Real time flows in the harness: on a loaded machine the settle delay may already be
            // over, so the money is looked for in either column before the clock jumps.
            let collected = try await client.balances().collection
            let net = collected.pending + collected.available - before.available
            #expect(net > .zero && net <= Money(francs: 1000))
            harness.clock.advance(seconds: 600)
            let settled = try await client.balances().collection
            #expect(settled.pending == .zero)
            #expect(settled.available == before.available + net)
        }
    }

    @Test func invalidAndLiveKeysAreRefused() async throws {
        try await SandboxHarness.run { harness in
            for text in ["sk_live_" + "0123456789abcdef", "nope", "sk_test_short"] {
                let configuration = ClientConfiguration(apiKey: APIKey(text)!, baseURL: harness.sandbox.baseURL)
                let client = try SenfenicoClient(configuration: configuration)
                let error = await senfenicoError { _ = try await client.balances() }
                await client.shutdown()
                guard case .invalidAPIKey = error else {
                    Issue.record("\(text): expected invalidAPIKey, got \(String(describing: error))")
                    continue
                }
            }
        }
    }
}
