import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `senfenico trigger EVENT` against a standalone sandbox run by the built binary: every event
/// name ends with its object in the event's status, and `senfenico sandbox advance` moves the
/// sandbox's clock.
@Suite(.serialized) struct TriggerTests {
    /// Each event, and the object whose final status `trigger` reports.
    static let events: [(event: String, object: String, status: String)] = [
        ("charge.success", "charge", "success"),
        ("charge.failed", "charge", "failed"),
        ("charge.pay_offline", "charge", "pay_offline"),
        ("charge.send_otp", "charge", "send_otp"),
        ("transfer.success", "transfer", "success"),
        ("transfer.failed", "transfer", "failed"),
        ("transfer.pending", "transfer", "pending"),
        ("settlement.success", "settlement", "success"),
        ("settlement.processing", "settlement", "processing"),
        ("settlement.in_transit", "settlement", "in_transit"),
        ("settlement.cancelled", "settlement", "cancelled"),
        ("checkout.completed", "checkout", "success"),
        ("checkout.success", "checkout", "success"),
        ("checkout.failed", "checkout", "failed"),
    ]

    @Test func everyEventEndsInItsStatus() async throws {
        try await BinarySandbox.with(["--quiet"]) { sandbox in
            for (event, object, status) in Self.events {
                // Found through the registry: no --base-url.
                let result = try await sandbox.run(["trigger", event])
                #expect(result.status == 0, "\(event): \(result.stdout) \(result.stderr)")
                #expect(
                    result.stdout.contains("Event \(event): \(object) ")
                        && result.stdout.contains(" is now \(status)."),
                    "\(event): \(result.stdout)")
            }
            // The objects are in the account of the key trigger used: a settlement of the
            // reference's 1 000 F worked on that fresh account.
            let settlements = try await sandbox.run(["trigger", "settlement.success", "--base-url", sandbox.url])
            #expect(settlements.status == 0, "\(settlements.stderr)")
        }
    }

    @Test func anUnknownEventIsRefusedWithTheList() async throws {
        let result = try await CLI.run(["trigger", "charge.exploded", "--base-url", "http://127.0.0.1:1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("charge.success"))
        #expect(result.stderr.contains("checkout.completed"))
    }

    @Test func triggerRefusesARemoteAddress() async throws {
        let result = try await CLI.run(["trigger", "charge.success", "--base-url", "https://api.senfenico.com"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a sandbox on this machine"))
    }

    @Test func sandboxAdvanceMovesTheClock() async throws {
        try await BinarySandbox.with(["--quiet"]) { sandbox in
            let before = try await Self.sandboxNow(sandbox)
            let result = try await sandbox.run(["sandbox", "advance", "5m"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("moved forward by 5m"))
            let after = try await Self.sandboxNow(sandbox)
            #expect(after.timeIntervalSince(before) >= 299)
            #expect(after.timeIntervalSince(before) < 360)

            let french = try await sandbox.run(["sandbox", "advance", "90s", "--base-url", sandbox.url, "--lang", "fr"])
            #expect(french.stdout.contains("Horloge du bac à sable avancée de 90s"))
            let bad = try await sandbox.run(["sandbox", "advance", "5 minutes"])
            #expect(bad.status != 0)
            #expect(bad.stderr.contains("90s, 5m, 2h, 1d"))
        }
    }

    /// The sandbox's `now`, from its health route.
    static func sandboxNow(_ sandbox: BinarySandbox) async throws -> Date {
        let url = try #require(URL(string: sandbox.url + "/_sandbox/health"))
        let (data, _) = try await URLSession.shared.data(from: url)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let now = try #require((object?["data"] as? [String: Any])?["now"] as? String)
        // To the second: the sandbox writes microseconds, which the parser does not take.
        return try Date.ISO8601FormatStyle().parse(String(now.prefix(19)) + "Z")
    }
}
