import Testing

@testable import SenfenicoAPI

/// Every sample response of the reference decodes into the typed models.
@Suite struct SampleDecodingTests {
    @Test func checkoutInitialize() throws {
        let envelope = try Fixture.envelope("checkout-initialize", CheckoutSession.read)
        #expect(envelope.status == true)
        #expect(envelope.message == "Checkout initialized")
        let session = try #require(envelope.data)
        #expect(session.reference == "chk_de1ca053573c40a29a9fe95e7ad91d7e")
        #expect(session.authorizationURL.hasSuffix("/payment_page/chk_de1ca053573c40a29a9fe95e7ad91d7e/"))
        #expect(session.liveMode == false)
    }

    @Test func checkoutFetchWithEmptyPhoneAndNullCharge() throws {
        let checkout = try #require(try Fixture.envelope("checkout-fetch", Checkout.read).data)
        #expect(checkout.chargeReference == nil)
        #expect(checkout.phone == "")
        #expect(checkout.provider == "")
        #expect(checkout.amount == Money(francs: 600))
        #expect(checkout.status == .pending)
        #expect(checkout.createdAt == Timestamp(iso8601: "2023-07-25T19:55:48.223895Z"))
    }

    @Test func checkoutList() throws {
        let list = try #require(try Fixture.envelope("checkout-list") { try $0.readList(Checkout.self) }.data)
        #expect(list.map(\.status) == [.pending, .success])
        #expect(list.map(\.amount) == [Money(francs: 3500), Money(francs: 200)])
    }

    @Test func chargeCreateAnswers() throws {
        let orange = try #require(try Fixture.envelope("charge-create-orange", ChargeAttempt.read).data)
        #expect(orange.status == .sendOTP)
        #expect(orange.displayText?.contains("*144*4*6*500#") == true)
        let moov = try #require(try Fixture.envelope("charge-create-moov", ChargeAttempt.read).data)
        #expect(moov.reference == "ch_4f60d14ace534fd19ee3cce88fd6ba73")
        #expect(moov.displayText?.hasPrefix("Veuillez entrer le code OTP reçu") == true)
    }

    @Test func submitAnswerHasFeesAsNumberAndOffsetTimestamps() throws {
        let charge = try #require(try Fixture.envelope("charge-submit-success", Charge.read).data)
        #expect(charge.fees == FeeRate(hundredthsOfPercent: 350))
        #expect(charge.status == .success)
        #expect(charge.phone == nil)
        #expect(charge.transactionDate == Timestamp(iso8601: "2024-08-18T11:43:47.380565Z"))
        #expect(charge.confirmationAttempts.map(\.confirmationStatus) == [.success])
    }

    @Test func fetchAnswerHasFeesAsString() throws {
        let envelope = try Fixture.envelope("charge-fetch", Charge.read)
        #expect(envelope.message == "Charge attempted")
        let charge = try #require(envelope.data)
        #expect(charge.fees == FeeRate(hundredthsOfPercent: 350))
        #expect(charge.phone == "76000000")
        #expect(charge.provider == .orange)
        #expect(charge.cancelledAt == nil)
        #expect(charge.confirmationAttempts.map(\.confirmationStatus) == [.failed, .success])
    }

    @Test(arguments: ["charge-list", "charge-list.verbatim"])
    func chargeListIncludingTheTrailingCommaSample(name: String) throws {
        let list = try #require(try Fixture.envelope(name) { try $0.readList(Charge.self) }.data)
        #expect(list.count == 2)
        #expect(list[1].confirmationAttempts.count == 3)
        #expect(list.allSatisfy { $0.fees == FeeRate(hundredthsOfPercent: 200) })
    }

    @Test func balancesAsFloats() throws {
        let balances = try #require(try Fixture.envelope("balances", Balances.read).data)
        #expect(balances.collection.available == Money(francs: 18_692))
        #expect(balances.collection.pending == Money(francs: 5_000))
        #expect(balances.transfer.orange == .zero)
        #expect(balances.transfer.totalAvailable == .zero)
    }

    @Test func transferAnswers() throws {
        let created = try #require(try Fixture.envelope("transfer-create", Transfer.read).data)
        #expect(created.fees == FeeRate(hundredthsOfPercent: 150))
        #expect(created.recipientWallet == .sank)
        #expect(created.status == .pending)
        let fetched = try #require(try Fixture.envelope("transfer-fetch.verbatim", Transfer.read).data)
        #expect(fetched.extID == "98b96ea4-210d-4ea0-9b03-8d7fd96e4064")
        let list = try #require(try Fixture.envelope("transfer-list") { try $0.readList(Transfer.self) }.data)
        #expect(list.map(\.recipientPhone) == ["65xxxxxx", "76xxxxxx"])
    }

    @Test func bulkAnswers() throws {
        let queued = try Fixture.envelope("bulk-all-queued") { try $0.skipValue() }
        #expect(queued.failedTransfers == [])
        let outcome = BulkTransferOutcome(message: queued.message ?? "", failedTransfers: queued.failedTransfers ?? [])
        #expect(outcome.queuedCount == 2)
        let partial = try Fixture.envelope("bulk-one-failed") { try $0.skipValue() }
        let failed = try #require(partial.failedTransfers?.first)
        #expect(failed.recipientWallet == nil)
        #expect(failed.amount == Money(francs: 100))
        #expect(failed.errors["non_field_errors"] == ["Insufficient balance for Moov BF transfer including fees."])
        let tooLarge = try Fixture.envelope("bulk-too-large") { try $0.skipValue() }
        #expect(tooLarge.errorCode == .batchSizeLimitExceeded)
    }

    @Test func settlementAnswers() throws {
        for name in ["settlement-create", "settlement-fetch", "settlement-cancel"] {
            let settlement = try #require(try Fixture.envelope(name, Settlement.read).data)
            #expect(settlement.settlementFees == Money(francs: 2))
            #expect(settlement.destination.rib == "YOUR RIB")
            #expect(settlement.accountType == .bank)
        }
        let list = try #require(try Fixture.envelope("settlement-list") { try $0.readList(Settlement.self) }.data)
        #expect(list.first?.status == .inTransit)
    }

    @Test func errorAnswers() throws {
        let key = try Fixture.envelope("invalid-api-key") { try $0.skipValue() }
        #expect(key.status == false)
        #expect(key.message == "Invalid API key")
        #expect(key.errorCode == nil)
        let otp = try Fixture.envelope("charge-submit-otp-invalid") { try $0.skipValue() }
        #expect(otp.errorCode == .otpInvalid)
        let funds = try Fixture.envelope("transfer-insufficient-funds") { try $0.skipValue() }
        #expect(funds.errorCode == .insufficientFunds)
        let notFound = try Fixture.envelope("charge-not-found") { try $0.skipValue() }
        #expect(notFound.message == "Charge not found")
        let refused = try Fixture.envelope("settlement-cancel-refused") { try $0.skipValue() }
        #expect(refused.message?.contains("'processing' status") == true)
    }
}
