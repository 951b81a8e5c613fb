import Foundation
import Hummingbird
import NIOCore
import SenfenicoAPI
import SenfenicoSandbox
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `senfenico webhook verify` and `senfenico listen`, the built binary against deliveries made
/// by an in-process sandbox; and the official Python SDK's `construct_event` on the same
/// deliveries (`Tests/Scripts/sdk_construct_event.py`, in the venv `.ci/run` makes).
@Suite struct WebhookCLITests {
    @Test func verifyTellsAGoodPayloadFromATamperedOne() async throws {
        let keys = try KeyFolder()
        defer { keys.remove() }
        let event = WebhookEvent(
            name: "charge.success",
            object: .object(WebhookObjectKind.charge.fields.map { PythonJSON.Member($0, .string("été")) }))
        let body = String(decoding: event.body, as: UTF8.self)
        let hash = WebhookSignature.hash(of: event.body, key: keys.key)

        let good = try await CLI.run(
            ["webhook", "verify", "--hash", hash, "--webhook-key-file", keys.path], stdin: body)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("Valid: charge.success"))

        let tampered = body.replacingOccurrences(of: "charge.success", with: "charge.failed")
        let bad = try await CLI.run(
            ["webhook", "verify", "--hash", hash, "--webhook-key-file", keys.path, "--lang", "fr"], stdin: tampered)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("Invalide"))
        #expect(bad.stdout.isEmpty)

        let missingKey = try await CLI.run(
            ["webhook", "verify", "--hash", hash, "--webhook-key-file", keys.path + ".missing"], stdin: body)
        #expect(missingKey.status == 8)
        #expect(!(good.stdout + good.stderr + bad.stderr).contains("0123456789abcdef"), "the key is never printed")
    }

    /// Every event the sandbox sends, as delivered, passes `webhook verify`; and the official
    /// Python SDK's `construct_event` accepts every charge, checkout and settlement event.
    @Test func everyDeliveredEventPassesVerify() async throws {
        let keys = try KeyFolder()
        defer { keys.remove() }
        let deliveries = try await SandboxDeliveries.collect(key: keys.key)
        #expect(Set(deliveries.map(\.event)).isSuperset(of: SandboxDeliveries.expectedEvents))
        for delivery in deliveries {
            let result = try await CLI.run(
                ["webhook", "verify", "--hash", delivery.hash, "--webhook-key-file", keys.path],
                stdin: String(decoding: delivery.body, as: UTF8.self))
            #expect(result.status == 0, "\(delivery.event): \(result.stderr)")
        }
    }

    @Test(
        .enabled(
            if: PythonSDK.shouldRun,
            "the official Python SDK's construct_event: skipped outside CI when .build/sdk-venv has no senfenico package"
        ))
    func theOfficialPythonSDKAcceptsDeliveredEvents() async throws {
        let python = try PythonSDK.python()
        let keys = try KeyFolder()
        defer { keys.remove() }
        let deliveries = try await SandboxDeliveries.collect(key: keys.key)
        let readable = deliveries.filter { WebhookEvent(name: $0.event, data: "").kind?.isReadByPythonSDK == true }
        #expect(Set(readable.map(\.event)).count >= 6)
        for delivery in readable {
            let result = try PythonSDK.run(python, hash: delivery.hash, keyFile: keys.path, body: delivery.body)
            #expect(result.status == 0, "\(delivery.event): \(result.output)")
            #expect(result.output.contains(#""event": "\#(delivery.event)""#))
            #expect(result.output.contains(#""php_agrees": true"#), "\(delivery.event): \(result.output)")
        }
        // And it refuses a tampered one, as we do.
        let first = try #require(readable.first)
        var tampered = first.body
        tampered[tampered.count - 5] = UInt8(ascii: "X")
        let refused = try PythonSDK.run(python, hash: first.hash, keyFile: keys.path, body: tampered)
        #expect(refused.status == 1, "\(refused.output)")
    }

    /// Without the SDK's venv the same deliveries are checked by our verifier only, and the
    /// run says the SDK check did not happen.
    @Test func withoutTheSDKOurVerifierChecksTheDeliveries() async throws {
        let keys = try KeyFolder()
        defer { keys.remove() }
        let deliveries = try await SandboxDeliveries.collect(key: keys.key)
        for delivery in deliveries {
            let check = WebhookSignature.verify(body: delivery.body, hash: delivery.hash, key: keys.key)
            #expect(
                check == .accepted(WebhookEvent(name: delivery.event, data: check.data ?? ""), rawBodyIsCanonical: true)
            )
        }
        if !PythonSDK.shouldRun {
            print(
                "note: the official Python SDK check did not run (no senfenico package in .build/sdk-venv; .ci/run installs it)"
            )
        }
    }

    @Test func listenAcceptsAGoodDeliveryAndRefusesATamperedBody() async throws {
        let keys = try KeyFolder()
        defer { keys.remove() }
        let listen = try await ListenProcess.start(["listen", "--port", "0", "--webhook-key-file", keys.path, "--json"])
        defer { listen.stop() }
        let event = WebhookEvent(charge: Charge(reference: "ch_listen", amount: Money(francs: 500), status: .success))
        let hash = WebhookSignature.hash(of: event.body, key: keys.key)
        let poster = WebhookPoster()
        let good = try await poster.post(
            url: listen.url + "/hook", body: event.body, headers: [(WebhookHeader.hash, hash)], timeout: .seconds(10))
        #expect(good.status == 200)
        var tampered = event.body
        tampered.replace(Array("ch_listen".utf8), with: Array("ch_forged".utf8))
        let bad = try await poster.post(
            url: listen.url + "/hook", body: tampered, headers: [(WebhookHeader.hash, hash)], timeout: .seconds(10))
        #expect(bad.status == 400)
        let unsigned = try await poster.post(url: listen.url, body: event.body, headers: [], timeout: .seconds(10))
        #expect(unsigned.status == 400)
        await poster.shutdown()

        let lines = try await listen.stdoutLines(count: 3)
        #expect(lines[0].contains(#""event": "charge.success", "verified": true"#))
        #expect(lines[0].contains(#""reference": "ch_listen""#))
        #expect(lines[1].contains(#""verified": false"#) && lines[1].contains("hash"))
        #expect(lines[2].contains(#""verified": false"#))
    }

    @Test func listenForwardsTheRequestAsReceived() async throws {
        let keys = try KeyFolder()
        defer { keys.remove() }
        let app = try await RecordingReceiver.start(status: 202)
        defer { app.stop() }
        let listen = try await ListenProcess.start([
            "listen", "--port", "0", "--webhook-key-file", keys.path, "--forward-to", app.url + "/senfenico",
        ])
        defer { listen.stop() }
        let event = WebhookEvent(
            name: "checkout.completed", object: .object(WebhookObjectKind.checkout.fields.map { .init($0, .null) }))
        let hash = WebhookSignature.hash(of: event.body, key: keys.key)
        let poster = WebhookPoster()
        let answer = try await poster.post(
            url: listen.url + "/hook", body: event.body,
            headers: [("Content-Type", "application/json"), (WebhookHeader.hash, hash), ("X-Custom", "kept")],
            timeout: .seconds(10))
        await poster.shutdown()
        #expect(answer.status == 202, "the sender gets the application's status")
        let forwarded = try #require(app.requests.first)
        #expect(forwarded.body == event.body)
        #expect(forwarded.headers[WebhookHeader.hash.lowercased()] == hash)
        #expect(forwarded.headers["x-custom"] == "kept")
        #expect(forwarded.path == "/senfenico")
        let lines = try await listen.stdoutLines(count: 1)
        #expect(lines[0].contains("checkout.completed") && lines[0].contains("202"))
    }
}

/// A key file in a private temporary folder.
struct KeyFolder {
    let folder: URL
    let key = WebhookKey("whk_" + "cli_" + "0123456789abcdef")!
    var path: String { folder.appendingPathComponent("webhook.key").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("senfenico-webhook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(key.keyFileText.utf8).write(to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

extension WebhookCheck {
    fileprivate var data: String? {
        if case .accepted(let event, _) = self { return event.data }
        return nil
    }
}

/// Deliveries made by an in-process sandbox for one of each state change.
enum SandboxDeliveries {
    struct Delivery: Sendable {
        var event: String
        var hash: String
        var body: [UInt8]
    }

    static let expectedEvents: Set<String> = [
        "charge.success", "charge.failed", "transfer.success", "transfer.failed", "settlement.in_transit",
        "settlement.success", "settlement.cancelled", "checkout.completed", "checkout.failed",
    ]

    static func collect(key: WebhookKey) async throws -> [Delivery] {
        let receiver = try await RecordingReceiver.start(status: 200)
        defer { receiver.stop() }
        let offset = OffsetBox()
        var options = SandboxOptions(port: 0, timeScale: 0.05, seedCharges: 20)
        options.clock = SandboxClock { Timestamp.now().adding(seconds: offset.seconds) }
        options.webhookURLs = [receiver.url + "/hook"]
        options.webhookKey = key
        let sandbox = SandboxServer(options: options)
        let port = try await sandbox.start()
        let apiKey = "sk_" + "test_cliwebhook_\(UUID().uuidString.prefix(8))"
        let client = try SenfenicoClient(
            configuration: ClientConfiguration(apiKey: APIKey(apiKey)!, baseURL: "http://127.0.0.1:\(port)"))
        do {
            try await makeEveryEvent(client: client, sandbox: sandbox, apiKey: apiKey, offset: offset)
            let deadline = ContinuousClock.now + .seconds(15)
            while ContinuousClock.now < deadline,
                !Set(receiver.requests.compactMap(\.eventName)).isSuperset(of: expectedEvents)
            {
                try await Task.sleep(for: .milliseconds(20))
            }
        } catch {
            await client.shutdown()
            await sandbox.stop()
            throw error
        }
        await client.shutdown()
        await sandbox.stop()
        return receiver.requests.compactMap { request in
            guard let name = request.eventName, let hash = request.headers[WebhookHeader.hash.lowercased()] else {
                return nil
            }
            return Delivery(event: name, hash: hash, body: request.body)
        }
    }

    private static func makeEveryEvent(
        client: SenfenicoClient, sandbox: SandboxServer, apiKey: String, offset: OffsetBox
    )
        async throws
    {
        func charge(_ phone: String) throws -> ChargeRequest {
            try ChargeRequest.validated(amount: Money(francs: 1000), phone: phone, provider: .orange).get()
        }
        let paid = try await client.createCharge(try charge("76000000"))
        _ = try await client.submitOTP(OTPSubmission(chargeReference: paid.reference, otp: "123456"))
        let declined = try await client.createCharge(try charge("76000004"))
        _ = try? await client.submitOTP(OTPSubmission(chargeReference: declined.reference, otp: "123456"))
        for phone in ["65000000", "65000001"] {
            _ = try await client.createTransfer(
                try TransferRequest.validated(amount: Money(francs: 500), recipientPhone: phone).get())
        }
        _ = try await client.createSettlement(SettlementRequest(amount: Money(francs: 100)))
        let cancelled = try await client.createSettlement(SettlementRequest(amount: Money(francs: 100)))
        _ = try await client.cancelSettlement(reference: cancelled.reference)
        // checkout.completed and checkout.failed (a number the operator declines), paid through
        // the sandbox's control route.
        let poster = WebhookPoster()
        for phone in ["76000000", "76000004"] {
            let checkout = try await client.initializeCheckout(
                CheckoutRequest(
                    amount: Money(francs: 500), successURL: "https://shop.example/ok",
                    cancelURL: "https://shop.example/no"))
            _ = try await poster.post(
                url: sandbox.baseURL + "/_sandbox/checkouts/\(checkout.reference)/pay",
                body: Array(#"{"phone": "\#(phone)"}"#.utf8),
                headers: [("X-API-KEY", apiKey), ("Content-Type", "application/json")], timeout: .seconds(10))
        }
        await poster.shutdown()
        offset.add(3 * 86_400)
        try await Task.sleep(for: .milliseconds(400))
        offset.add(7 * 86_400)
    }
}

/// A loopback HTTP server that records every POST and answers `status`.
final class RecordingReceiver: Sendable {
    struct Received: Sendable {
        var path: String
        /// Lowercased names.
        var headers: [String: String]
        var body: [UInt8]

        var eventName: String? { (try? PythonJSON.pythonLoads(body))?["event"]?.stringValue }
    }

    private let received = Mutex<[Received]>([])
    private let task = Mutex<Task<Void, any Error>?>(nil)
    private let portBox = Mutex(0)

    var requests: [Received] { received.withLock { $0 } }
    var url: String { "http://127.0.0.1:\(portBox.withLock { $0 })" }

    static func start(status: Int) async throws -> RecordingReceiver {
        let receiver = RecordingReceiver()
        let router = Router()
        router.post("**") { request, _ -> Response in
            var request = request
            let buffer = try await request.collectBody(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            receiver.received.withLock {
                $0.append(Received(path: request.uri.path, headers: headers, body: Array(buffer.readableBytesView)))
            }
            return Response(status: .init(code: status))
        }
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            })
        receiver.task.withLock { $0 = Task { try await app.run() } }
        for await port in stream { receiver.portBox.withLock { $0 = port } }
        return receiver
    }

    func stop() {
        task.withLock { $0?.cancel() }
    }
}

/// `senfenico listen` running in the background; `stop()` ends it (SIGTERM, then SIGKILL).
final class ListenProcess: Sendable {
    /// What a pipe has given so far.
    final class Collected: Sendable {
        private let data = Mutex(Data())
        func append(_ more: Data) { data.withLock { $0.append(more) } }
        var text: String { String(decoding: data.withLock { $0 }, as: UTF8.self) }
    }

    private let process: Process
    private let output: Collected
    let url: String

    private init(process: Process, output: Collected, url: String) {
        self.process = process
        self.output = output
        self.url = url
    }

    static func start(_ arguments: [String]) async throws -> ListenProcess {
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = arguments
        process.environment = CLI.environment(home: FileManager.default.temporaryDirectory, [:])
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let output = Collected()
        let errors = Collected()
        out.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        err.fileHandleForReading.readabilityHandler = { errors.append($0.availableData) }
        try process.run()
        // A full parallel run on two cores was seen to take over 20 s to start it.
        let deadline = ContinuousClock.now + .seconds(90)
        var url: String?
        func found() -> String? {
            let text = errors.text
            return text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression).map { String(text[$0]) }
        }
        while url == nil, ContinuousClock.now < deadline, process.isRunning {
            url = found()
            if url == nil { try await Task.sleep(for: .milliseconds(20)) }
        }
        // The line may have come just as the loop ended.
        url = url ?? found()
        let listen = ListenProcess(process: process, output: output, url: url ?? "")
        guard url != nil else {
            listen.stop()
            throw CLIFailure("listen did not start: \(errors.text)")
        }
        return listen
    }

    /// The first `count` lines of standard output that start a webhook (not its indented
    /// fields), waiting up to 10 s for them; missing ones are empty.
    func stdoutLines(count: Int) async throws -> [String] {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let starts = output.text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(" ") }
            if starts.count >= count || ContinuousClock.now > deadline {
                return starts + Array(repeating: "", count: max(0, count - starts.count))
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        for _ in 0..<100 where process.isRunning { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

/// The official Python SDK in the venv `.ci/run` makes (`.build/sdk-venv`).
enum PythonSDK {
    static var isCI: Bool {
        ["true", "1", "yes"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")
    }

    static var pythonPath: String { CLI.packageDirectory.appendingPathComponent(".build/sdk-venv/bin/python").path }
    static var script: String {
        CLI.packageDirectory.appendingPathComponent("Tests/Scripts/sdk_construct_event.py").path
    }

    /// Whether the SDK test runs: the venv has the package, or CI requires it.
    static var shouldRun: Bool { isCI || (try? python()) != nil }

    /// The venv's Python, when `import senfenico` works in it.
    static func python() throws -> String {
        guard FileManager.default.isExecutableFile(atPath: pythonPath) else {
            throw CLIFailure(
                "no \(pythonPath): run .ci/run, or python3 -m venv .build/sdk-venv && .build/sdk-venv/bin/pip install senfenico==0.3.0"
            )
        }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: pythonPath)
        check.arguments = ["-c", "import senfenico"]
        check.standardOutput = FileHandle.nullDevice
        check.standardError = FileHandle.nullDevice
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus == 0 else {
            throw CLIFailure("the venv at \(pythonPath) has no senfenico package")
        }
        return pythonPath
    }

    static func run(_ python: String, hash: String, keyFile: String, body: [UInt8]) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, hash, keyFile]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(body))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
