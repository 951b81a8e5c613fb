import Foundation
import Localization
import SenfenicoAPI
import Testing

/// The client against answers that never end, trickle, weigh too much or lie about what
/// happened: every call ends by its deadline with bounded memory, nothing is retried that would
/// only fail again, and a payment whose answer is in doubt is an unknown outcome.
@Suite struct HostileAnswerContractTests {
    static let key = "sk_test_hostiletests0123456789"

    private func withServer(
        _ replies: [ScriptedServer.Reply], configure: (inout ClientConfiguration) -> Void = { _ in },
        _ body: (ScriptedServer, SenfenicoClient) async throws -> Void
    ) async throws {
        try await ScriptedServer.withClient(
            replies, key: Self.key,
            configure: {
                $0.requestTimeout = .seconds(60)
                $0.retryPolicy = RetryPolicy(sleep: { _ in }, random: { 0.5 })
                configure(&$0)
            }, body)
    }

    /// 46 bytes at one byte a second: 46 s to send in full. The bounds asserted below are far
    /// under that and far over the limits set, so a loaded machine does not make them flaky.
    private static let slowBody = #"{"status": true, "message": "ok", "data": {}}"#

    private static let charge =
        #"{"reference": "ch_1", "amount": 500, "fees": "2.5%", "currency": "XOF", "transaction_date": "2024-08-18T12:53:03Z", "status": "success", "live_mode": false, "provider": "orange_bf", "phone": "76000000", "created_at": "2024-08-18T12:53:03Z", "updated_at": "2024-08-18T12:53:03Z"}"#

    @Test func aTricklingBodyEndsAtTheDeadlineNotWhenItFinishes() async throws {
        try await withServer(
            [.json(.ok, Self.slowBody, delivery: .trickle(interval: .seconds(1)))],
            configure: { $0.requestTimeout = .seconds(2) }
        ) { _, client in
            let started = ContinuousClock.now
            let error = await senfenicoError { _ = try await client.balances() }
            let took = ContinuousClock.now - started
            guard case .transport(let failure) = error else {
                Issue.record("expected a transport timeout, got \(String(describing: error))")
                return
            }
            #expect(failure.kind == .timeout)
            #expect(took < .seconds(20), "took \(took)")
        }
    }

    @Test func aTricklingBodyUnderTheMinimumRateIsGivenUpBeforeTheDeadline() async throws {
        try await withServer(
            [.json(.ok, Self.slowBody, delivery: .trickle(interval: .seconds(1)))],
            configure: {
                $0.slowBodyGrace = .seconds(1)
                $0.retryPolicy = .never
            }
        ) { _, client in
            let started = ContinuousClock.now
            let error = await senfenicoError { _ = try await client.balances() }
            guard case .transport(let failure) = error else {
                Issue.record("expected a transport failure, got \(String(describing: error))")
                return
            }
            #expect(failure.detail.contains("bytes/s"))
            #expect(ContinuousClock.now - started < .seconds(20))
        }
    }

    @Test func theTimeoutBoundsEveryRetryTogether() async throws {
        // Each attempt fails at once and the policy would wait 5 s before a retry: a retry that
        // cannot start before the 1 s deadline is not waited for, nor made.
        let waits = RetryPolicyTests.SleepLog()
        try await withServer(
            [.json(.serviceUnavailable, "busy")],
            configure: {
                $0.requestTimeout = .seconds(1)
                $0.retryPolicy = RetryPolicy(
                    baseDelay: .seconds(5), sleep: { [waits] in try await waits.policy.sleep($0) }, random: { 1 })
            }
        ) { server, client in
            _ = await senfenicoError { _ = try await client.balances() }
            #expect(waits.recorded.isEmpty)
            #expect(server.requests.count == 1)
        }
    }

    @Test func aCommandDeadlineBoundsEveryCallOfTheCommand() async throws {
        try await withServer(
            [.json(.ok, Self.slowBody, delivery: .trickle(interval: .seconds(1)))],
            configure: { $0.deadline = ContinuousClock.now + .seconds(2) }
        ) { _, client in
            let started = ContinuousClock.now
            _ = await senfenicoError { _ = try await client.balances() }
            _ = await senfenicoError { _ = try await client.balances() }
            #expect(ContinuousClock.now - started < .seconds(20))
        }
    }

    @Test func anEndlessListStopsAtTheSizeLimitAndIsNotRetried() async throws {
        try await withServer(
            [.json(.ok, #"{"status": true, "message": "ok", "data": ["#, delivery: .endless(element: Self.charge))],
            configure: { $0.maximumAnswerBytes = 4 << 20 }
        ) { server, client in
            let error = await senfenicoError { _ = try await client.charges() }
            guard case .answerTooLarge(let size) = error else {
                Issue.record("expected answerTooLarge, got \(String(describing: error))")
                return
            }
            #expect(size.limit == 4 << 20)
            #expect(size.received > 4 << 20)
            #expect(server.requests.count == 1)
            #expect(error?.message(in: .french).contains("limite 4 Mo") == true)
            #expect(error?.message(in: .english).contains("Answer too large") == true)
        }
    }

    @Test func aSingleObjectOverItsLimitIsTooLargeNotANetworkError() async throws {
        let padding = String(repeating: "x", count: 2 << 20)
        try await withServer(
            [.json(.ok, #"{"status": true, "message": "\#(padding)", "data": {}}"#)],
            configure: { $0.maximumSingleAnswerBytes = 1 << 20 }
        ) { server, client in
            let error = await senfenicoError { _ = try await client.balances() }
            guard case .answerTooLarge = error else {
                Issue.record("expected answerTooLarge, got \(String(describing: error))")
                return
            }
            #expect(server.requests.count == 1)
            #expect(!(error?.message(in: .english).contains("NIO") ?? true))
        }
    }

    @Test func aServerErrorWithoutCodeOnAChargeLeavesItsOutcomeUnknown() async throws {
        try await withServer([.json(.internalServerError, #"{"status": false, "message": "boom"}"#)]) {
            server, client in
            let request = try ChargeRequest.validated(amount: Money(francs: 500), phone: "76000000", provider: .orange)
                .get()
            let error = await senfenicoError { _ = try await client.createCharge(request) }
            guard case .outcomeUnknown(let unknown) = error else {
                Issue.record("expected outcomeUnknown, got \(String(describing: error))")
                return
            }
            #expect(unknown.operation == .chargeCreate)
            #expect(server.requests.count == 1)
        }
    }

    @Test func aRedirectAnsweringAChargeLeavesItsOutcomeUnknown() async throws {
        try await withServer([.json(.found, "", location: "http://portal.example/login")]) { server, client in
            let request = try ChargeRequest.validated(amount: Money(francs: 500), phone: "76000000", provider: .orange)
                .get()
            let error = await senfenicoError { _ = try await client.createCharge(request) }
            guard case .outcomeUnknown = error else {
                Issue.record("expected outcomeUnknown, got \(String(describing: error))")
                return
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test func insufficientFundsOnATransferIsTheMerchantsBalanceWithTheAPIsOwnWords() async throws {
        let refusal =
            #"{"status": false, "message": "Insufficient balance for Moov BF transfer including fees.", "error_code": "INSUFFICIENT_FUNDS"}"#
        try await withServer([.json(.badRequest, refusal)]) { _, client in
            let request = TransferRequest(amount: Money(francs: 100), recipientPhone: PhoneNumber("70000000")!)
            let error = await senfenicoError { _ = try await client.createTransfer(request) }
            let french = error?.message(in: .french) ?? ""
            #expect(french.contains("Votre solde est insuffisant"), "\(french)")
            #expect(french.contains("« Insufficient balance for Moov BF transfer including fees. »"), "\(french)")
            #expect(!french.contains("titulaire du compte"))
        }
    }

    @Test func aServerMessageIsCleanedMaskedAndCut() async throws {
        let hostile =
            "\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J" + Self.key + String(repeating: "long ", count: 20_000)
        let body =
            #"{"status": false, "message": "\#(hostile.replacingOccurrences(of: "\u{1B}", with: "\\u001b").replacingOccurrences(of: "\u{07}", with: "\\u0007"))"}"#
        try await withServer([.json(.badRequest, body)]) { _, client in
            let error = await senfenicoError { _ = try await client.balances() }
            let text = error?.message(in: .english) ?? ""
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
            #expect(!text.contains(Self.key))
            #expect(text.count < 400, "\(text.count) characters")
        }
    }
}
