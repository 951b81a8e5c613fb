import Foundation
import SenfenicoAPI
import SenfenicoSandbox
import Testing

/// The client against a server without `ETag` or gzip (the sandbox's `--no-etag --no-gzip`),
/// as the real API may be: lists still decode, every read is a full `200`.
@Suite struct NewPlainServerContractTests {
    @Test func listsWorkWithoutETagOrGzip() async throws {
        let sandbox = SandboxServer(options: SandboxOptions(port: 0, seedCharges: 300, etag: false, gzip: false))
        let port = try await sandbox.start()
        let log = ExchangeLog()
        let configuration = ClientConfiguration(
            apiKey: APIKey("sk_test_contract_\(UUID().uuidString.prefix(12))")!, baseURL: "http://127.0.0.1:\(port)",
            requestTimeout: .seconds(60), retryPolicy: RetryPolicy(baseDelay: .milliseconds(10)), acceptsGzip: true)
        let client = try SenfenicoClient(configuration: configuration, observer: { log.append($0) })
        do {
            let first = try await client.charges()
            let second = try await client.charges()
            #expect(first.count == 300)
            #expect(second == first)
            _ = try await client.balances()
            _ = try await client.balances()
            let lists = log.all.filter { $0.operation == .chargeList }
            #expect(lists.map(\.status) == [200, 200])
            // Both reads carried the whole list, uncompressed.
            #expect(lists.allSatisfy { $0.responseBytes > 300 * 100 })
            #expect(lists.first?.responseBytes == lists.last?.responseBytes)
            #expect(log.all.filter { $0.operation == .balances }.map(\.status) == [200, 200])
        } catch {
            await client.shutdown()
            await sandbox.stop()
            throw error
        }
        await client.shutdown()
        await sandbox.stop()
    }

    @Test func theNewestRowsAreReadWithoutTheRest() async throws {
        try await SandboxHarness.run(seedCharges: 5_000) { harness in
            let newest = try await harness.client.newestCharges(100)
            #expect(!newest.complete)
            #expect(newest.rows.count == 100)
            let whole = try await harness.client.charges()
            let same = newest.rows.map(\.reference) == whole.prefix(100).map(\.reference)
            #expect(same)
            let reads = harness.exchanges.all.filter { $0.operation == .chargeList }
            #expect(reads.count == 2)
            // The first read stopped early: a small part of the whole body was read.
            #expect(reads[0].responseBytes < reads[1].responseBytes / 4)
            // Once the whole list is cached with its ETag, a 304 gives it whole.
            let again = try await harness.client.newestCharges(100)
            #expect(again.complete && again.rows.count == 5_000)
            // A list shorter than the limit is whole.
            let transfers = try await harness.client.newestTransfers(100)
            #expect(transfers.complete && transfers.rows.isEmpty)
        }
    }
}
