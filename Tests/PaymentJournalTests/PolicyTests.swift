import SenfenicoAPI
import Testing

@testable import PaymentJournal

/// `JournalPolicy`: every status and error code to a stage, the reconciliation rules, and the
/// duplicate-warning rule, without a file.
@Suite struct PolicyTests {
    typealias P = JournalPolicy

    @Test func everyStatusHasItsStage() {
        let expected: [(ChargeStatus, JournalStage)] = [
            (.success, .succeeded), (.failed, .failed), (.canceled, .failed), (.sendOTP, .awaitingOTP),
            (.payOffline, .awaitingOffline), (.pending, .awaitingOffline), (.unknown("held"), .awaitingOffline),
        ]
        for (status, stage) in expected {
            #expect(P.stage(for: status) == stage, "\(status)")
            #expect(P.change(for: status).serverStatus == status.rawValue, "the API's own word is kept")
        }
    }

    static func refusal(_ code: APIErrorCode?, status: Int = 400) -> SenfenicoError {
        .api(APIFailure(httpStatus: status, message: "refused", code: code))
    }

    @Test func everyCodeAtOTPSubmitHasItsStage() {
        for code in APIErrorCode.knownCases {
            let change = P.change(after: Self.refusal(code), during: .submitOTP)
            let expected: JournalStage =
                switch code {
                case .otpInvalid, .rateLimitExceeded: .awaitingOTP
                case .otpExpired, .insufficientFunds, .externalAPIError, .invalidAccount,
                    .unauthorizedChargeProvider, .chargeNotFound:
                    .failed
                default: .outcomeUnknown
                }
            #expect(change.stage == expected, "\(code)")
            #expect(change.failureCode == code.rawValue, "\(code)")
        }
    }

    @Test func theAPIsFailedStatusIsKeptAfterARefusal() {
        for code in [APIErrorCode.otpExpired, .insufficientFunds, .externalAPIError] {
            let change = P.change(after: Self.refusal(code), during: .submitOTP)
            #expect(change.stage == .failed && change.serverStatus == "failed", "\(code): not send_otp")
        }
        #expect(P.change(after: Self.refusal(.otpInvalid), during: .submitOTP).serverStatus == "send_otp")
    }

    @Test func everyCodeAtCreateHasItsStage() {
        for code in APIErrorCode.knownCases {
            #expect(P.change(after: Self.refusal(code), during: .create).stage == .failed, "\(code): no charge made")
            #expect(
                P.change(after: Self.refusal(code, status: 500), during: .create).stage == .outcomeUnknown,
                "\(code) with a 500: the charge may exist")
        }
        #expect(P.change(after: Self.refusal(nil, status: 404), during: .create).stage == .failed)
    }

    @Test func aLostAnswerIsNeverARefusal() {
        let lost = SenfenicoError.outcomeUnknown(
            OutcomeUnknown(operation: .chargeCreate, reference: nil, extID: nil, cause: "reset"))
        let cut = SenfenicoError.transport(
            TransportFailure(kind: .connectionLost, detail: "reset", attempts: 1, neverSent: false))
        let refused = SenfenicoError.transport(
            TransportFailure(kind: .connectionRefused, detail: "refused", attempts: 1, neverSent: true))
        for request in [P.Request.create, .submitOTP] {
            #expect(P.change(after: lost, during: request).stage == .outcomeUnknown)
            #expect(P.change(after: cut, during: request).stage == .outcomeUnknown)
        }
        #expect(P.change(after: refused, during: .create).stage == .failed, "never sent, nothing made")
        #expect(P.change(after: refused, during: .submitOTP).stage == .awaitingOTP, "the charge still waits")
        #expect(P.transferStage(after: lost) == .outcomeUnknown)
        #expect(P.transferStage(after: refused) == .refused)
    }

    @Test func aSuccessClearsAnEarlierAttemptsFailureCode() {
        var entry = JournalEntry(
            id: "a", startedAt: Fixture.morning, updatedAt: Fixture.morning, amount: Money(francs: 1_000),
            phone: "76000000", provider: .orange, stage: .submittingOTP)
        P.apply(P.change(after: Self.refusal(.otpInvalid), during: .submitOTP), to: &entry)
        #expect(entry.failureCode == "OTP_INVALID" && entry.stage == .awaitingOTP)
        P.apply(P.change(for: .success, fees: "3.5"), to: &entry)
        #expect(entry.failureCode == nil && entry.stage == .succeeded && entry.serverStatus == "success")
        #expect(entry.fees == "3.5")
    }

    @Test func onlyChargesThatMayTakeMoneyCountAsDuplicates() {
        #expect(
            JournalStage.allCases.filter(P.mayTakeMoney) == [
                .sending, .awaitingOTP, .submittingOTP, .awaitingOffline, .succeeded, .outcomeUnknown,
            ])
        #expect(!P.mayTakeMoney(ChargeStatus.failed) && !P.mayTakeMoney(ChargeStatus.canceled))
        for status in [ChargeStatus.success, .pending, .sendOTP, .payOffline] { #expect(P.mayTakeMoney(status)) }
        #expect(
            JournalStage.allCases.filter(P.needsAttention) == [
                .sending, .awaitingOTP, .submittingOTP, .awaitingOffline, .outcomeUnknown,
            ])
    }

    @Test func a404ForAKnownReferenceMeansNothingWasTaken() {
        let notFound = SenfenicoError.api(APIFailure(httpStatus: 404, message: "Charge not found", code: nil))
        #expect(P.reconcile(byReference: .failure(notFound)) == .nothingTaken)
        #expect(P.reconcile(byReference: .failure(Self.refusal(.chargeNotFound))) == .nothingTaken)
        let unreachable = SenfenicoError.transport(
            TransportFailure(kind: .connectionRefused, detail: "refused", attempts: 1, neverSent: true))
        #expect(P.reconcile(byReference: .failure(unreachable)) == nil, "unreachable is not nothing")
        let charge = Charge(reference: "ch_1", amount: Money(francs: 1_000), status: .success)
        #expect(P.reconcile(byReference: .success(charge)) == .found(charge))
    }

    static func listed(_ reference: String, at time: String, amount: Int64 = 1_000, phone: String = "76000000")
        -> Charge
    {
        Charge(
            reference: reference, amount: Money(francs: amount), status: .sendOTP, provider: .orange, phone: phone,
            createdAt: Fixture.time(time))
    }

    @Test func candidatesByPhoneAndAmountAreNewestFirstAndNeverClaimed() {
        let charges = [
            Self.listed("ch_old", at: "2025-03-14T07:00:00Z"),
            Self.listed("ch_a", at: "2025-03-14T07:59:00Z"),
            Self.listed("ch_b", at: "2025-03-14T08:00:30Z"),
            Self.listed("ch_amount", at: "2025-03-14T08:00:30Z", amount: 2_000),
            Self.listed("ch_phone", at: "2025-03-14T08:00:30Z", phone: "76000001"),
            Self.listed("ch_claimed", at: "2025-03-14T08:00:40Z"),
        ]
        let found = P.reconcile(
            amount: Money(francs: 1_000), phone: "76000000", startedAt: Fixture.morning, among: charges,
            claimed: ["ch_claimed"])
        #expect(found == .candidates([charges[2], charges[1]]))
    }

    @Test func onlyClaimedChargesAreNeverAdopted() {
        let charges = [Self.listed("ch_mine", at: "2025-03-14T08:00:10Z")]
        let found = P.reconcile(
            amount: Money(francs: 1_000), phone: "76000000", startedAt: Fixture.morning, among: charges,
            claimed: ["ch_mine"])
        #expect(found == .onlyClaimed)
        #expect(
            P.reconcile(
                amount: Money(francs: 1_000), phone: "76000000", startedAt: Fixture.morning, among: [], claimed: [])
                == .nothingTaken)
    }

    @Test func anAutomaticReconciliationNeverRecordsACandidate() {
        var entry = JournalEntry(
            id: "a", startedAt: Fixture.morning, updatedAt: Fixture.morning, amount: Money(francs: 1_000),
            phone: "76000000", provider: .orange, stage: .sending)
        P.applyReconciliation(.candidates([Self.listed("ch_x", at: "2025-03-14T08:00:10Z")]), to: &entry)
        #expect(entry.stage == .outcomeUnknown && entry.reference == nil)
        P.applyReconciliation(.nothingTaken, to: &entry)
        #expect(entry.stage == .failed && entry.failureCode == P.notFoundCode)
    }

    @Test func theKeysFingerprintIsItsSHA256() {
        // echo -n sk_test_abc | sha256sum
        #expect(APIKey("sk_test_abc")!.fingerprint == "4b4090ccee1e")
        // FIPS 180-2's two-block example.
        #expect(
            APIKey("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")!.fingerprint == "248d6a61d206")
        #expect(JournalAccount(key: nil) == .sandbox)
        #expect(JournalAccount(key: APIKey("sk_live_abc")!).mode == .live)
    }
}
