import Foundation
import NIOCore
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

@Suite struct SeedingTests {
    func list(_ path: String, seed: UInt64, charges: Int = 0, transfers: Int = 0) async throws -> Answer {
        var answer: Answer?
        try await Sandbox.with(seedCharges: charges, seedTransfers: transfers, seed: seed) { sandbox in
            answer = try await sandbox.call(.GET, path)
        }
        return try #require(answer)
    }

    @Test func sameSeedSameHistory() async throws {
        let first = try await list("/charges", seed: 7, charges: 300)
        let second = try await list("/charges", seed: 7, charges: 300)
        #expect(first.body == second.body)
        let other = try await list("/charges", seed: 8, charges: 300)
        #expect(other.body != first.body)
        let transfers = try await list("/transfers", seed: 7, transfers: 200)
        #expect(transfers.body == (try await list("/transfers", seed: 7, transfers: 200)).body)
    }

    @Test func seededChargesLookReal() async throws {
        let answer = try await list("/charges", seed: 3, charges: 2_000)
        let rows = answer.list
        #expect(rows.count == 2_000)
        #expect(rows.allSatisfy { keys($0) == Fields.charge })
        // Newest first, all in the 90 days before the sandbox's start.
        let dates = rows.compactMap { ($0["created_at"] as? String).flatMap { Timestamp(iso8601: $0) } }
        #expect(dates.count == 2_000)
        #expect(zip(dates, dates.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(dates.first! < Sandbox.start)
        #expect(dates.last! > Sandbox.start.adding(seconds: -91 * 86_400))
        let providers = Set(rows.compactMap { $0["provider"] as? String })
        #expect(providers == ["orange_bf", "moov_bf", "coris_bf", "sank_bf"])
        let statuses = Dictionary(grouping: rows, by: { $0["status"] as? String ?? "" }).mapValues(\.count)
        #expect(statuses["success", default: 0] > 1_400)
        #expect(statuses["failed", default: 0] > 100)
        // Phones fit their provider.
        for row in rows {
            let provider = Provider(rawValue: row["provider"] as? String ?? "")
            let phone = row["phone"] as? String ?? ""
            #expect((try? Validator.phone(phone, for: provider).get()) != nil, "\(phone) \(provider)")
        }
        let attempts = rows.compactMap { $0["confirmation_attempts"] as? [Any] }.map(\.count)
        #expect(attempts.contains(0) && attempts.contains(1) && attempts.contains { $0 >= 2 })
    }

    /// The seeded successes were collected long ago: their net (less 3.5 %) is available, so a
    /// settlement can be tried on a fresh sandbox. Wallets stay at their top-up.
    @Test func seededSuccessesAreCollectedAndWalletsKeepTheirTopUp() async throws {
        try await Sandbox.with(seedCharges: 100, seedTransfers: 100) { sandbox in
            let rows = try await sandbox.call(.GET, "/charges").list
            let collected = rows.filter { $0["status"] as? String == "success" }.compactMap { money($0["amount"]) }
                .reduce(Money.zero) { $0 + $1 - Pricing.chargeRate.fee(on: $1) }
            #expect(collected > .zero)
            let balances = try await sandbox.balances()
            #expect(money(balances["collection_balances", "available"]) == OpeningBalances.collection + collected)
            #expect(money(balances["collection_balances", "pending"]) == .zero)
            #expect(money(balances["transfer_balances", "orange_money_bf", "available"]) == money("100000"))
            // A live charge lists first.
            let reference = try await sandbox.createCharge()
            let after = try await sandbox.call(.GET, "/charges").list
            #expect(after.count == 101)
            #expect(after.first?["reference"] as? String == reference)
        }
    }

    /// A change to an old row re-encodes its chunk: the list shows it, and nothing else moves.
    @Test func changedRowsShowInCachedLists() async throws {
        try await Sandbox.with(seedCharges: 5_000) { sandbox in
            let before = try await sandbox.call(.GET, "/charges").list
            let waiting = try #require(before.dropFirst(2_500).first { $0["status"] as? String == "send_otp" })
            let reference = try #require(waiting["reference"] as? String)
            let submit = try await sandbox.call(
                .POST, "/charges/submit", json: ["otp": "123456", "charge_reference": reference])
            #expect(submit.errorCode == "OTP_EXPIRED")
            let live = try await sandbox.createCharge()
            let after = try await sandbox.call(.GET, "/charges").list
            #expect(after.count == 5_001)
            #expect(after.first?["reference"] as? String == live)
            let changed = try #require(after.first { $0["reference"] as? String == reference })
            #expect(changed["status"] as? String == "failed")
            #expect((changed["confirmation_attempts"] as? [Any])?.count ?? 0 >= 1)
            func summary(_ row: [String: Any]) -> String {
                "\(row["reference"] ?? "")|\(row["status"] ?? "")|\(row["updated_at"] ?? "")"
            }
            let others = before.filter { $0["reference"] as? String != reference }.map(summary)
            #expect(others == after.dropFirst().filter { $0["reference"] as? String != reference }.map(summary))
        }
    }

    /// 100 000 charges (about 58 MB of JSON) are served whole, gzipped or not, and the second
    /// answer is the cached one. How fast is measured by the benchmark, not asserted here.
    @Test func hundredThousandCharges() async throws {
        try await Sandbox.with(seedCharges: 100_000) { sandbox in
            let timer = ContinuousClock()
            let started = timer.now
            let first = try await sandbox.call(.GET, "/charges", headers: [("Accept-Encoding", "gzip")])
            let firstTime = timer.now - started
            #expect(first.status == 200)
            let again = timer.now
            let second = try await sandbox.call(.GET, "/charges", headers: [("Accept-Encoding", "gzip")])
            let secondTime = timer.now - again
            #expect(second.body == first.body)
            let plain = try await sandbox.call(.GET, "/charges")
            #expect(plain.body.readableBytes > 50_000_000)
            // Counted in the bytes: parsing 58 MB into Foundation objects would dominate the test.
            #expect(occurrences(of: "{\"reference\":\"ch_", in: plain.body) == 100_000)
            #expect(try Gzip.decompress(first.body) == plain.body)
            print(
                "100 000 charges: first answer \(firstTime), cached \(secondTime), \(plain.body.readableBytes) bytes, gzip \(first.body.readableBytes)"
            )
        }
    }
}

/// How many times `needle` occurs in `buffer`, found with the C library's `memchr` and
/// `memcmp` (fast even in debug builds, where a Swift byte loop over 58 MB takes seconds).
func occurrences(of needle: String, in buffer: ByteBuffer) -> Int {
    let pattern = Array(needle.utf8)
    return buffer.withUnsafeReadableBytes { bytes -> Int in
        guard let base = bytes.baseAddress, let first = pattern.first else { return 0 }
        var count = 0
        var offset = 0
        while offset + pattern.count <= bytes.count,
            let found = memchr(base + offset, Int32(first), bytes.count - offset)
        {
            let position = base.distance(to: UnsafeRawPointer(found))
            if position + pattern.count <= bytes.count, memcmp(found, pattern, pattern.count) == 0 { count += 1 }
            offset = position + 1
        }
        return count
    }
}
