import Foundation
import Hummingbird
import NIOCore
import SenfenicoAPI
import SenfenicoSandbox
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The sandbox's webhooks over loopback: every event delivered, signed as the official SDK
/// checks it, retried after a refusal, and a dead receiver costing the API nothing.
@Suite struct WebhookDeliveryTests {
    static let key = WebhookKey("whk_" + "contract_" + "0123456789abcdef")!

    private func charge(_ amount: Int64, _ phone: String, _ provider: Provider) throws -> ChargeRequest {
        try ChargeRequest.validated(amount: Money(francs: amount), phone: phone, provider: provider).get()
    }

    private func transfer(_ amount: Int64, _ phone: String) throws -> TransferRequest {
        try TransferRequest.validated(amount: Money(francs: amount), recipientPhone: phone).get()
    }

    @Test func everyEventIsDeliveredSignedAndVerified() async throws {
        try await WebhookHarness.run(seedCharges: 20) { harness in
            let client = harness.client
            // charge.success (OTP), charge.failed (the operator declines), charge.success after
            // pay_offline (Sank Money completes by itself).
            let paid = try await client.createCharge(try charge(1000, "76000000", .orange))
            _ = try await client.submitOTP(OTPSubmission(chargeReference: paid.reference, otp: "123456"))
            let declined = try await client.createCharge(try charge(1000, "76000004", .orange))
            _ = try? await client.submitOTP(OTPSubmission(chargeReference: declined.reference, otp: "123456"))
            let offline = try await client.createCharge(try charge(2000, "68000000", .sank))
            // transfer.success, transfer.failed (recipient ending 0000 01).
            let sent = try await client.createTransfer(try transfer(1000, "65000000"))
            let bounced = try await client.createTransfer(try transfer(1000, "65000001"))
            // settlement.in_transit then .success; settlement.cancelled.
            let settled = try await client.createSettlement(SettlementRequest(amount: Money(francs: 100)))
            let cancelled = try await client.createSettlement(SettlementRequest(amount: Money(francs: 100)))
            _ = try await client.cancelSettlement(reference: cancelled.reference)
            // checkout.completed: paid through the sandbox's control route, as `senfenico trigger` does.
            let checkout = try await client.initializeCheckout(
                CheckoutRequest(
                    amount: Money(francs: 500), successURL: "https://shop.example/ok",
                    cancelURL: "https://shop.example/no"))
            try await harness.payCheckout(checkout.reference)

            harness.clock.advance(seconds: 3 * 86_400)
            try await harness.receiver.waitFor { $0.contains("settlement.in_transit") }
            harness.clock.advance(seconds: 7 * 86_400)

            let expected: [(String, String)] = [
                ("charge.success", paid.reference), ("charge.failed", declined.reference),
                ("charge.success", offline.reference), ("transfer.success", sent.reference),
                ("transfer.failed", bounced.reference), ("settlement.in_transit", settled.reference),
                ("settlement.success", settled.reference), ("settlement.cancelled", cancelled.reference),
                ("checkout.completed", checkout.reference),
            ]
            try await harness.receiver.waitFor { names in expected.allSatisfy { names.contains($0.0) } }
            // Let stray duplicates, if any, arrive before counting.
            try await Task.sleep(for: .milliseconds(300))

            let deliveries = harness.receiver.deliveries
            for (name, reference) in expected {
                let matching = deliveries.filter {
                    $0.event?.name == name && $0.event?.object?["reference"]?.stringValue == reference
                }
                #expect(matching.count == 1, "\(name) \(reference) delivered \(matching.count) times")
            }
            for delivery in deliveries {
                #expect(delivery.contentType == "application/json")
                let hash = try #require(delivery.hash, "no \(WebhookHeader.hash) header")
                let check = WebhookSignature.verify(body: delivery.body, hash: hash, key: Self.key)
                guard case .accepted(_, let canonical) = check else {
                    Issue.record("refused: \(check)")
                    continue
                }
                // The PHP SDK hashes the raw body: it must be exactly json.dumps of itself.
                #expect(canonical)
            }
            // The objects carry exactly the SDK dataclass's fields (which it takes in any order).
            for delivery in deliveries {
                guard let event = delivery.event, let kind = event.kind, case .object(let members)? = event.object
                else { continue }
                let names = members.map(\.key.text)
                #expect(names.count == kind.fields.count && Set(names) == Set(kind.fields), "\(event.name): \(names)")
            }
        }
    }

    @Test func aRefusedDeliveryIsRetriedWithBackoff() async throws {
        try await WebhookHarness.run(replies: [500, 503, 200]) { harness in
            let attempt = try await harness.client.createCharge(try charge(1000, "76000000", .orange))
            _ = try await harness.client.submitOTP(OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
            try await harness.receiver.waitFor { $0.count >= 3 }
            let deliveries = harness.receiver.deliveries
            #expect(deliveries.map(\.attempt) == ["1", "2", "3"])
            #expect(Set(deliveries.map(\.body)).count == 1, "every attempt sends the same body")
            // The sandbox logged each attempt.
            var outcomes: [WebhookDeliveryRecord.Outcome] = []
            for _ in 0..<50 where outcomes.count < 3 {
                outcomes = harness.sandbox.webhookDeliveries.map(\.outcome)
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(
                outcomes == [
                    .refused(status: 500, willRetry: true), .refused(status: 503, willRetry: true),
                    .delivered(status: 200),
                ])
        }
    }

    @Test func aDeadReceiverDoesNotSlowTheAPI() async throws {
        // A port that takes connections and never answers: each attempt waits out its 5 s
        // timeout. Were deliveries part of a request, five paid charges would take 25 s.
        let blackHole = try BlackHole()
        try await WebhookHarness.run { harness in
            func payFive() async throws -> Duration {
                let start = ContinuousClock.now
                for _ in 0..<5 {
                    let attempt = try await harness.client.createCharge(try charge(1000, "76000000", .orange))
                    _ = try await harness.client.submitOTP(
                        OTPSubmission(chargeReference: attempt.reference, otp: "123456"))
                }
                return ContinuousClock.now - start
            }
            // The same work with a live receiver only: the machine's own pace (a loaded test
            // run makes every request slower, dead receiver or not).
            let baseline = try await payFive()
            for url in ["http://127.0.0.1:\(blackHole.port)/hook", "http://127.0.0.1:1/refused"] {
                let added = try await harness.control(
                    "POST", harness.sandbox.baseURL + "/_sandbox/webhooks", body: #"{"url": "\#(url)"}"#)
                #expect(added.status == 200)
            }
            let withDeadReceivers = try await payFive()
            #expect(
                withDeadReceivers < max(.seconds(2), baseline * 3),
                "five charges took \(withDeadReceivers) with dead receivers, \(baseline) without")
            // The live receiver still got every event.
            try await harness.receiver.waitFor { $0.filter { $0 == "charge.success" }.count == 10 }
        }
    }

    @Test func receiversAreChangedThroughTheControlRoutes() async throws {
        try await WebhookHarness.run { harness in
            let base = harness.sandbox.baseURL + "/_sandbox/webhooks"
            let added = try await harness.control("POST", base, body: #"{"url": "http://127.0.0.1:9/other"}"#)
            #expect(added.status == 200)
            #expect(harness.sandbox.webhookURLs == [harness.receiver.url, "http://127.0.0.1:9/other"])
            let refused = try await harness.control("POST", base, body: #"{"url": "ftp://nowhere"}"#)
            #expect(refused.status == 400)
            let listed = try await harness.control("GET", base, body: nil)
            #expect(listed.body.contains("\"header\":\"X-Senfenico-Hash\""))
            #expect(listed.body.contains("…cdef"))
            #expect(!listed.body.contains("0123456789abcdef"), "the key is never shown")
            _ = try await harness.control("DELETE", base, body: #"{"url": "http://127.0.0.1:9/other"}"#)
            #expect(harness.sandbox.webhookURLs == [harness.receiver.url])
            _ = try await harness.control("DELETE", base, body: nil)
            #expect(harness.sandbox.webhookURLs.isEmpty)
        }
    }
}

/// A sandbox whose webhooks go to a ``WebhookReceiverServer``, and a client on the sandbox.
struct WebhookHarness {
    let sandbox: SandboxServer
    let client: SenfenicoClient
    let clock: TravellingClock
    let receiver: WebhookReceiverServer
    let key: String

    static func run(
        seedCharges: Int = 0, replies: [Int] = [200],
        _ body: (WebhookHarness) async throws -> Void
    ) async throws {
        let receiver = WebhookReceiverServer(replies: replies)
        try await receiver.start()
        let clock = TravellingClock()
        var options = SandboxOptions(port: 0, timeScale: 0.05, seedCharges: seedCharges, clock: clock.sandboxClock)
        options.webhookURLs = [receiver.url]
        options.webhookKey = WebhookDeliveryTests.key
        let sandbox = SandboxServer(options: options)
        let port: Int
        do {
            port = try await sandbox.start()
        } catch {
            await receiver.stop()
            throw error
        }
        let key = "sk_" + "test_webhooks_\(UUID().uuidString.prefix(12))"
        let configuration = ClientConfiguration(
            apiKey: APIKey(key)!, baseURL: "http://127.0.0.1:\(port)", requestTimeout: .seconds(30),
            retryPolicy: RetryPolicy(baseDelay: .milliseconds(10)))
        let client = try SenfenicoClient(configuration: configuration)
        let harness = WebhookHarness(sandbox: sandbox, client: client, clock: clock, receiver: receiver, key: key)
        do {
            try await body(harness)
        } catch {
            await harness.stop()
            throw error
        }
        await harness.stop()
    }

    func stop() async {
        await client.shutdown()
        await sandbox.stop()
        await receiver.stop()
    }

    /// Pays a checkout at once through `POST /_sandbox/checkouts/:reference/pay`.
    func payCheckout(_ reference: String) async throws {
        var request = URLRequest(url: URL(string: sandbox.baseURL + "/_sandbox/checkouts/\(reference)/pay")!)
        request.httpMethod = "POST"
        request.setValue(key, forHTTPHeaderField: "X-API-KEY")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data("{}".utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
    }

    func control(_ method: String, _ url: String, body: String?) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        if let body { request.httpBody = Data(body.utf8) }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}

/// A loopback webhook receiver that records every request and answers with the next status of
/// its script (the last one repeats).
final class WebhookReceiverServer: Sendable {
    struct Delivery: Sendable {
        var body: [UInt8]
        var hash: String?
        var attempt: String?
        var contentType: String?

        var event: WebhookEvent? {
            guard let parsed = try? PythonJSON.pythonLoads(body), let name = parsed["event"]?.stringValue,
                let data = parsed["data"]?.stringValue
            else { return nil }
            return WebhookEvent(name: name, data: data)
        }
    }

    private let replies: Mutex<[Int]>
    private let received = Mutex<[Delivery]>([])
    private let portBox = Mutex<Int>(0)
    private let task = Mutex<Task<Void, any Error>?>(nil)

    init(replies: [Int]) { self.replies = Mutex(replies) }

    var url: String { "http://127.0.0.1:\(portBox.withLock { $0 })/hook" }
    var deliveries: [Delivery] { received.withLock { $0 } }

    func start() async throws {
        let router = Router()
        router.post("**") { [self] request, _ -> Response in
            var request = request
            let buffer = try await request.collectBody(upTo: 1 << 20)
            let delivery = Delivery(
                body: Array(buffer.readableBytesView), hash: request.headers[.init(WebhookHeader.hash)!],
                attempt: request.headers[.init(WebhookHeader.attempt)!], contentType: request.headers[.contentType])
            received.withLock { $0.append(delivery) }
            let status = replies.withLock { replies in replies.count > 1 ? replies.removeFirst() : replies[0] }
            return Response(status: .init(code: status))
        }
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            })
        task.withLock { $0 = Task { try await app.run() } }
        for await port in stream { portBox.withLock { $0 = port } }
    }

    func stop() async {
        let running = task.withLock { $0 }
        running?.cancel()
        _ = try? await running?.value
    }

    /// Waits (up to 15 s) until the event names received so far satisfy `condition`.
    func waitFor(_ condition: ([String]) -> Bool, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let deadline = ContinuousClock.now + .seconds(15)
        while ContinuousClock.now < deadline {
            if condition(deliveries.compactMap { $0.event?.name }) { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("timed out; received \(deliveries.compactMap { $0.event?.name })", sourceLocation: sourceLocation)
    }
}

/// A loopback port that completes connections (the kernel's backlog) and never reads or answers.
final class BlackHole: @unchecked Sendable {
    let port: Int
    private let descriptor: Int32

    init() throws {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard fd >= 0, bound == 0, listen(fd, 64) == 0 else {
            if fd >= 0 { close(fd) }
            throw CancellationError()
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        descriptor = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}
