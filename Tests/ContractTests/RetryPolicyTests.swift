import Foundation
import Localization
import SenfenicoAPI
import Synchronization
import Testing

/// The retry rules, proven against a server that fails on purpose. No test sleeps: the
/// policy's sleep is replaced by one that records the delays it was asked for.
@Suite struct RetryPolicyTests {
    static let key = "sk_test_retrytests0123456789"
    static let balances =
        #"{"status": true, "message": "Balance retrieved", "data": {"collection_balances": {"available": 5.0, "pending": 0.0, "currency": "XOF"}, "transfer_balances": {"total_available": 0.0, "total_pending": 0.0, "orange_money_bf": {"available": 0.0, "pending": 0.0}, "moov_money_bf": {"available": 0.0, "pending": 0.0}, "sank_money_bf": {"available": 0.0, "pending": 0.0}}}}"#

    final class SleepLog: Sendable {
        let delays = Mutex<[Duration]>([])
        var policy: RetryPolicy {
            RetryPolicy(sleep: { [self] delay in delays.withLock { $0.append(delay) } }, random: { 0.5 })
        }
        var recorded: [Duration] { delays.withLock { $0 } }
    }

    private func withServer(
        _ replies: [ScriptedServer.Reply],
        _ body: (ScriptedServer, SenfenicoClient, SleepLog) async throws -> Void
    ) async throws {
        let log = SleepLog()
        try await ScriptedServer.withClient(
            replies, key: Self.key,
            configure: {
                $0.requestTimeout = .seconds(60)
                $0.retryPolicy = log.policy
            }
        ) { server, client in try await body(server, client, log) }
    }

    @Test func aReadIsRetriedOnServerErrorsThenSucceeds() async throws {
        try await withServer([
            .json(.internalServerError, "oops"), .json(.badGateway, "<html>"), .json(.ok, Self.balances),
        ]) {
            server, client, log in
            let balances = try await client.balances()
            #expect(balances.collection.available == Money(francs: 5))
            #expect(server.requests.count == 3)
            #expect(log.recorded.count == 2)
            #expect(log.recorded[1] > log.recorded[0])
        }
    }

    @Test func aReadGivesUpAfterTwoRetries() async throws {
        try await withServer([
            .json(.serviceUnavailable, #"{"status": false, "message": "down", "error_code": "INTERNAL_ERROR"}"#)
        ]) {
            server, client, _ in
            await #expect(throws: SenfenicoError.self) { try await client.balances() }
            #expect(server.requests.count == 3)
        }
    }

    @Test func rateLimitingHonoursRetryAfter() async throws {
        let limited = ScriptedServer.Reply.json(
            .tooManyRequests, #"{"status": false, "message": "slow down", "error_code": "RATE_LIMIT_EXCEEDED"}"#,
            retryAfter: "3")
        try await withServer([limited, .json(.ok, Self.balances)]) { server, client, log in
            _ = try await client.balances()
            #expect(server.requests.count == 2)
            #expect(log.recorded == [.seconds(3)])
        }
    }

    @Test(arguments: [500, 502, 504])
    func aChargeIsNeverRetriedAndAnUnreadableAnswerIsAnUnknownOutcome(status: Int) async throws {
        try await withServer([.json(.init(code: status), "<html>gateway</html>")]) { server, client, log in
            let request = try ChargeRequest.validated(amount: Money(francs: 1000), phone: "76000000", provider: .orange)
                .get()
            let error = await senfenicoError { _ = try await client.createCharge(request) }
            guard case .outcomeUnknown(let unknown) = error else {
                Issue.record("expected outcomeUnknown, got \(String(describing: error))")
                return
            }
            #expect(unknown.operation == .chargeCreate)
            #expect(server.requests == ["POST /v1/payment/charges/"])
            #expect(log.recorded.isEmpty)
        }
    }

    @Test func everyPaymentRequestIsSentOnce() async throws {
        try await withServer([.json(.internalServerError, "not json")]) { server, client, _ in
            let phone = PhoneNumber("76000000")!
            _ = try? await client.submitOTP(OTPSubmission(chargeReference: "ch_1", otp: "123456"))
            _ = try? await client.createTransfer(
                TransferRequest(amount: Money(francs: 100), recipientPhone: phone, extID: "e"))
            _ = try? await client.bulkTransfer([TransferRequest(amount: Money(francs: 100), recipientPhone: phone)])
            _ = try? await client.createSettlement(SettlementRequest(amount: Money(francs: 100)))
            _ = try? await client.cancelSettlement(reference: "abc")
            _ = try? await client.initializeCheckout(
                CheckoutRequest(amount: Money(francs: 600), successURL: "https://e.com/s", cancelURL: "https://e.com/c")
            )
            #expect(server.requests.count == 6)
        }
    }

    @Test func aDocumentedRefusalOfAPaymentIsNotUnknown() async throws {
        let refusal =
            #"{"status": false, "message": "Insufficient balance for Sank BF transfer including fees.", "error_code": "INSUFFICIENT_FUNDS"}"#
        try await withServer([.json(.badRequest, refusal)]) { _, client, _ in
            let request = TransferRequest(amount: Money(francs: 100), recipientPhone: PhoneNumber("68000000")!)
            let error = await senfenicoError { _ = try await client.createTransfer(request) }
            #expect(error?.errorCode == .insufficientFunds)
        }
    }

    @Test func aRedirectIsNotFollowedSoTheKeyStaysHome() async throws {
        let elsewhere = ScriptedServer([.json(.ok, Self.balances)])
        try await elsewhere.start()
        let redirect = ScriptedServer.Reply.json(
            .found, "", location: elsewhere.baseURL + "/v1/payment/balances")
        try await withServer([redirect]) { server, client, _ in
            let error = await senfenicoError { _ = try await client.balances() }
            guard case .redirectRefused(let status, let location) = error else {
                Issue.record("expected redirectRefused, got \(String(describing: error))")
                return
            }
            #expect(status == 302)
            #expect(location == elsewhere.baseURL + "/v1/payment/balances")
            #expect(server.requests.count == 1)
        }
        #expect(elsewhere.requests.isEmpty)
        await elsewhere.stop()
    }

    @Test func theKeyNeverAppearsInAnError() async throws {
        let echo =
            #"{"status": false, "message": "Key \#(Self.key) is not allowed", "errors": {"key": ["\#(Self.key)"]}}"#
        let garbage = "garbage with \(Self.key)"
        for reply in [ScriptedServer.Reply.json(.forbidden, echo), .json(.ok, garbage)] {
            try await withServer([reply]) { _, client, _ in
                let error = try #require(await senfenicoError { _ = try await client.balances() })
                for language in [Localization.Language.english, .french] {
                    #expect(!error.message(in: language).contains(Self.key))
                }
                #expect(!"\(error)".contains(Self.key))
                #expect(!String(reflecting: error).contains(Self.key))
            }
        }
    }

    @Test func invalidKeyIsItsOwnCase() async throws {
        try await withServer([.json(.unauthorized, #"{"status": false, "message": "Invalid API key"}"#)]) {
            _, client, _ in
            await #expect(throws: SenfenicoError.invalidAPIKey(httpStatus: 401)) { try await client.balances() }
        }
    }

    @Test func aChargeToANonListeningPortWasNeverSent() async throws {
        let configuration = ClientConfiguration(
            apiKey: APIKey(Self.key)!, baseURL: "http://127.0.0.1:9", connectTimeout: .seconds(2),
            requestTimeout: .seconds(4))
        let client = try SenfenicoClient(configuration: configuration)
        let request = try ChargeRequest.validated(amount: Money(francs: 1000), phone: "76000000", provider: .orange)
            .get()
        let error = await senfenicoError { _ = try await client.createCharge(request) }
        await client.shutdown()
        guard case .transport(let failure) = error else {
            Issue.record("expected a transport failure, got \(String(describing: error))")
            return
        }
        #expect(failure.neverSent)
    }

    @Test func validationHappensBeforeSending() async throws {
        try await withServer([.json(.ok, Self.balances)]) { server, client, _ in
            await #expect(throws: SenfenicoError.validation(.phoneWrongOperator(.orange))) {
                try await client.createCharge(
                    ChargeRequest(amount: Money(francs: 1000), phone: PhoneNumber("70000000")!, provider: .orange))
            }
            await #expect(throws: SenfenicoError.validation(.otpNotDigits)) {
                try await client.submitOTP(OTPSubmission(chargeReference: "ch_1", otp: "12a456"))
            }
            let many = Array(
                repeating: TransferRequest(amount: Money(francs: 100), recipientPhone: PhoneNumber("76000000")!),
                count: 101)
            await #expect(throws: SenfenicoError.validation(.bulkTooLarge(count: 101, maximum: 100))) {
                try await client.bulkTransfer(many)
            }
            #expect(server.requests.isEmpty)
        }
    }
}
