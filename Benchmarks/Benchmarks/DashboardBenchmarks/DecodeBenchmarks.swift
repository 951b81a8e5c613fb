import Benchmark
import BenchmarkSupport
import SenfenicoAPI

/// `decode 10k charges`, `decode 100k charges`: the client's public path for a whole list
/// (`SenfenicoClient.charges()`: the HTTP exchange, the streaming decoder, the models), against
/// a loopback server that sends one fixed body, so the figures hold no server-side work beyond
/// writing bytes. One client for all iterations, as the dashboard keeps one.
enum DecodeBenchmarks {
    static func register() {
        decode(10_000, iterations: 60, seconds: 20)
        decode(100_000, iterations: 12, seconds: 60)
    }

    /// The server and client of one benchmark, made in its setup and ended in its teardown.
    private final class Fixture {
        var server: ChargeListServer?
        var client: SenfenicoClient?
    }

    private static func decode(_ count: Int, iterations: Int, seconds: Int) {
        let fixture = Fixture()
        Benchmark(
            "decode \(count / 1_000)k charges",
            configuration: Suite.configuration(
                metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], warmUp: 1, iterations: iterations,
                seconds: seconds)
        ) { benchmark in
            guard let client = fixture.client else { fatalError("the setup made no client") }
            do {
                let charges = try await client.charges()
                precondition(charges.count == count, "decoded \(charges.count) charges, not \(count)")
                blackHole(charges)
            } catch {
                fatalError("the list could not be read: \(error)")
            }
        } setup: {
            var data = SampleData(seed: Suite.seed, end: SampleDashboard.end)
            let body = ChargeListServer.body(for: data.charges(count))
            let server = try await ChargeListServer.start(body: body)
            fixture.server = server
            // A sandbox test key made at run time; the server never checks it.
            let key = APIKey("sk_" + "test_" + "benchmark0001")!
            let configuration = ClientConfiguration(apiKey: key, baseURL: server.baseURL, acceptsGzip: false)
            fixture.client = try SenfenicoClient(configuration: configuration)
        } teardown: {
            await fixture.client?.shutdown()
            await fixture.server?.stop()
            fixture.client = nil
            fixture.server = nil
        }
    }
}
