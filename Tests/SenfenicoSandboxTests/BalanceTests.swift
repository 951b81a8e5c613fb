import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct BalanceTests {
    @Test func startingBalances() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.call(.GET, "/balances")
            #expect(answer.status == 200)
            #expect(answer.message == "Balance retrieved")
            #expect(keys(answer.data) == ["collection_balances", "transfer_balances"])
            let collection = try #require(answer.data["collection_balances"] as? [String: Any])
            #expect(keys(collection) == ["available", "pending", "currency"])
            let transfer = try #require(answer.data["transfer_balances"] as? [String: Any])
            #expect(
                keys(transfer) == [
                    "total_available", "total_pending", "orange_money_bf", "moov_money_bf", "sank_money_bf",
                ])
            for wallet in ["orange_money_bf", "moov_money_bf", "sank_money_bf"] {
                let balance = try #require(transfer[wallet] as? [String: Any])
                #expect(keys(balance) == ["available", "pending"])
                #expect(money(balance["available"]) == money("100000"))
            }
            #expect(money(transfer["total_available"]) == money("300000"))
            // A new account opens with 100 000 F collected, so the reference's settlement samples
            // work on a fresh key. Floats as in the sample (18692.0), exactly.
            #expect(
                answer.text.contains(
                    "\"collection_balances\":{\"available\":100000.0,\"pending\":0.0,\"currency\":\"XOF\"},\"transfer_balances\":{\"total_available\":300000.0,"
                ))
        }
    }

    @Test func collectedMoneyMovesFromPendingToAvailable() async throws {
        try await Sandbox.with { sandbox in
            _ = try await sandbox.paidCharge(amount: 500)
            var balances = try await sandbox.balances()
            // 500 − 3.5 % = 482.50
            #expect(money(balances["collection_balances", "pending"]) == money("482.5"))
            #expect(money(balances["collection_balances", "available"]) == OpeningBalances.collection)
            sandbox.clock.advance(seconds: 5)
            balances = try await sandbox.balances()
            #expect(money(balances["collection_balances", "pending"]) == .zero)
            #expect(money(balances["collection_balances", "available"]) == money("100482.5"))
        }
    }

    @Test func timeScaleShortensTheSettleDelay() async throws {
        try await Sandbox.with(timeScale: 0.1) { sandbox in
            _ = try await sandbox.paidCharge(amount: 1000)
            sandbox.clock.advance(seconds: 0.49)
            let opening = money(try await sandbox.balances()["collection_balances", "available"])
            #expect(opening == OpeningBalances.collection)
            sandbox.clock.advance(seconds: 0.02)
            #expect(money(try await sandbox.balances()["collection_balances", "available"]) == money("100965"))
        }
    }

    @Test func realClockAtSmallTimeScale() async throws {
        // With the system clock, timeScale 0.5 turns the 5 s settle delay into 2.5 s and the OTP
        // lifetime into 150 s, ample on a loaded machine. Polled, never a fixed sleep.
        let server = SandboxServer(options: SandboxOptions(port: 0, timeScale: 0.5))
        _ = try await server.start()
        let sandbox = Sandbox(server: server, clock: ManualClock(), key: Sandbox.newKey())
        _ = try await sandbox.paidCharge(amount: 1000)
        var available = money(try await sandbox.balances()["collection_balances", "available"])
        for _ in 0..<300 where available != money("100965") {
            try await Task.sleep(for: .milliseconds(100))
            available = money(try await sandbox.balances()["collection_balances", "available"])
        }
        #expect(available == money("100965"))
        await server.stop()
    }
}
