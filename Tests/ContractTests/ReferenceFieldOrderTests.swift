import Foundation
import SenfenicoAPI
import SenfenicoSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Every answer of the sandbox has the reference's fields, in the reference's order, at every
/// level (envelope, object, nested object, list row), checked against the reference's samples
/// kept verbatim in `Tests/SenfenicoAPITests/Fixtures`. A client that reads fields by position,
/// or a developer comparing an answer with the documentation line by line, sees no difference.
///
/// The requests run on a fresh key, as a developer pasting the reference's samples would: the
/// settlement sample (1 000 F) must work there too.
@Suite struct ReferenceFieldOrderTests {
    @Test func everyAnswerHasTheSamplesFieldsInTheSamplesOrder() async throws {
        let sandbox = SandboxServer(options: SandboxOptions(port: 0, timeScale: 1))
        let port = try await sandbox.start()
        do {
            try await checkEverySample(HTTP(base: "http://127.0.0.1:\(port)"))
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    private func checkEverySample(_ http: HTTP) async throws {
        // Checkouts.
        let checkout = try await http.call(
            "POST", "/v1/payment/checkouts/initialize/",
            [
                "email": "customer@mail.com", "amount": 600, "success_url": "https://example.com/success",
                "cancel_url": "https://example.com/cancel",
            ])
        try expectOrder(checkout, like: "checkout-initialize")
        let checkoutReference = try #require(data(checkout)["reference"] as? String)
        try expectOrder(
            try await http.call("GET", "/v1/payment/checkouts/\(checkoutReference)"), like: "checkout-fetch")
        try expectOrder(try await http.call("GET", "/v1/payment/checkouts"), like: "checkout-list")

        // Charges.
        let orange = try await http.call(
            "POST", "/v1/payment/charges/", charge(phone: "76000000", provider: "orange_bf"))
        try expectOrder(orange, like: "charge-create-orange")
        let moov = try await http.call("POST", "/v1/payment/charges/", charge(phone: "70000000", provider: "moov_bf"))
        try expectOrder(moov, like: "charge-create-moov")
        let orangeReference = try #require(data(orange)["reference"] as? String)
        let moovReference = try #require(data(moov)["reference"] as? String)
        try expectOrder(
            try await http.call(
                "POST", "/v1/payment/charges/submit", ["otp": "000000", "charge_reference": moovReference]),
            like: "charge-submit-otp-invalid")
        try expectOrder(
            try await http.call(
                "POST", "/v1/payment/charges/submit", ["otp": "123456", "charge_reference": orangeReference]),
            like: "charge-submit-success")
        try expectOrder(try await http.call("GET", "/v1/payment/charges/\(orangeReference)"), like: "charge-fetch")
        try expectOrder(try await http.call("GET", "/v1/payment/charges"), like: "charge-list")
        try expectOrder(try await http.call("GET", "/v1/payment/charges/ch_nope"), like: "charge-not-found")

        // Balances and a refused key.
        try expectOrder(try await http.call("GET", "/v1/payment/balances"), like: "balances")
        try expectOrder(try await http.call("GET", "/v1/payment/balances", key: "not-a-key"), like: "invalid-api-key")

        // Transfers.
        let transfer = try await http.call(
            "POST", "/v1/payment/transfers/",
            [
                "amount": 100, "recipient_phone": "63000000", "recipient_wallet": "sank_bf",
                "ext_id": UUID().uuidString.lowercased(),
            ])
        try expectOrder(transfer, like: "transfer-create")
        let transferReference = try #require(data(transfer)["reference"] as? String)
        try expectOrder(
            try await http.call("GET", "/v1/payment/transfers/\(transferReference)"), like: "transfer-fetch")
        try expectOrder(try await http.call("GET", "/v1/payment/transfers"), like: "transfer-list")
        try expectOrder(
            try await http.call(
                "POST", "/v1/payment/transfers/",
                ["amount": 10_000_000, "recipient_phone": "63000000", "recipient_wallet": "sank_bf"]),
            like: "transfer-insufficient-funds")
        let two: [[String: Any]] = [
            ["amount": 100, "recipient_phone": "65000000", "recipient_wallet": "orange_bf"],
            ["amount": 100, "recipient_phone": "63000000"],
        ]
        try expectOrder(
            try await http.call("POST", "/v1/payment/transfers/bulk/", ["transfers": two]), like: "bulk-all-queued")
        let oneTooBig: [[String: Any]] = [
            ["amount": 100, "recipient_phone": "65000000"],
            ["amount": 10_000_000, "recipient_phone": "70000000", "recipient_wallet": "moov_bf"],
        ]
        try expectOrder(
            try await http.call("POST", "/v1/payment/transfers/bulk/", ["transfers": oneTooBig]),
            like: "bulk-one-failed")
        let tooMany = Array(repeating: ["amount": 100, "recipient_phone": "65000000"] as [String: Any], count: 101)
        try expectOrder(
            try await http.call("POST", "/v1/payment/transfers/bulk/", ["transfers": tooMany]), like: "bulk-too-large")

        // Settlements, with the reference's own amount on a fresh key.
        let settlement = try await http.call("POST", "/v1/payment/settlements/", ["amount": "1000"])
        #expect(settlement.status == 201, "a fresh account pays the reference's settlement sample: \(settlement.text)")
        try expectOrder(settlement, like: "settlement-create")
        let settlementReference = try #require(data(settlement)["reference"] as? String)
        try expectOrder(
            try await http.call("GET", "/v1/payment/settlements/\(settlementReference)"), like: "settlement-fetch")
        try expectOrder(try await http.call("GET", "/v1/payment/settlements"), like: "settlement-list")
        try expectOrder(
            try await http.call("GET", "/v1/payment/settlements/\(settlementReference)/cancel/"),
            like: "settlement-cancel")
        try expectOrder(
            try await http.call("GET", "/v1/payment/settlements/\(settlementReference)/cancel/"),
            like: "settlement-cancel-refused")
    }

    /// Every object of the sample, by its place in the document, against every object of the
    /// answer in the same place: the same keys in the same order. Objects keyed by field name
    /// (`errors`) hold whichever fields were refused, so only their place is compared.
    private func expectOrder(
        _ answer: HTTP.Answer, like sample: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let expected = try KeyOrder.objects(in: try Self.fixture(sample))
        let actual = try KeyOrder.objects(in: answer.text)
        for (path, sampleObjects) in expected {
            let objects = actual[path] ?? []
            #expect(
                !objects.isEmpty, "\(sample): no object at \(path) in \(answer.text)", sourceLocation: sourceLocation)
            if path.hasSuffix(".errors") { continue }
            for keys in objects {
                #expect(
                    keys == sampleObjects[0], "\(sample) at \(path): \(keys) instead of \(sampleObjects[0])",
                    sourceLocation: sourceLocation)
            }
        }
        for path in actual.keys where expected[path] == nil {
            Issue.record(
                "\(sample): the answer has an object at \(path) the sample lacks", sourceLocation: sourceLocation)
        }
    }

    private func data(_ answer: HTTP.Answer) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(answer.text.utf8)) as? [String: Any]
        return try #require(object?["data"] as? [String: Any])
    }

    private func charge(phone: String, provider: String) -> [String: Any] {
        [
            "amount": 500, "currency": "XOF", "payment_method": "mobile_money",
            "payment_method_details": ["phone": phone, "provider": provider],
        ]
    }

    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SenfenicoAPITests/Fixtures/\(name).json")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Raw requests: the client under test elsewhere reads fields by name and would not see
    /// their order.
    struct HTTP {
        let base: String
        let key = "sk_test_" + "fieldorder\(UUID().uuidString.prefix(8))"

        struct Answer {
            var status: Int
            var text: String
        }

        func call(_ method: String, _ path: String, _ body: [String: Any]? = nil, key: String? = nil) async throws
            -> Answer
        {
            var request = URLRequest(url: URL(string: base + path)!)
            request.httpMethod = method
            request.setValue(key ?? self.key, forHTTPHeaderField: "X-API-KEY")
            if let body {
                request.httpBody = try JSONSerialization.data(withJSONObject: body)
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            }
            let (bytes, response) = try await URLSession.shared.data(for: request)
            return Answer(
                status: (response as? HTTPURLResponse)?.statusCode ?? 0, text: String(decoding: bytes, as: UTF8.self))
        }
    }
}

/// The keys of every JSON object in a document, in the order written, by the object's place:
/// `$` the root, `$.data` its `data` member, `$.data[]` the objects of the `data` array.
/// `JSONSerialization` forgets the order; this reads the text itself.
enum KeyOrder {
    struct Malformed: Error {}

    static func objects(in text: String) throws -> [String: [[String]]] {
        var reader = Reader(bytes: Array(text.utf8))
        var found: [String: [[String]]] = [:]
        try reader.value(at: "$", into: &found)
        return found
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func value(at path: String, into found: inout [String: [[String]]]) throws {
            skipSpace()
            guard index < bytes.count else { throw Malformed() }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var keys: [String] = []
                while true {
                    skipSpace()
                    guard index < bytes.count else { throw Malformed() }
                    if bytes[index] == UInt8(ascii: "}") {
                        index += 1
                        break
                    }
                    if bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    let key = try string()
                    keys.append(key)
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw Malformed() }
                    index += 1
                    try value(at: path + "." + key, into: &found)
                }
                found[path, default: []].append(keys)
            case UInt8(ascii: "["):
                index += 1
                while true {
                    skipSpace()
                    guard index < bytes.count else { throw Malformed() }
                    if bytes[index] == UInt8(ascii: "]") {
                        index += 1
                        break
                    }
                    if bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    try value(at: path + "[]", into: &found)
                }
            case UInt8(ascii: "\""):
                _ = try string()
            default:
                // A number, true, false or null: up to the next delimiter.
                while index < bytes.count, !",}] \n\r\t".utf8.contains(bytes[index]) { index += 1 }
            }
        }

        mutating func string() throws -> String {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Malformed() }
            index += 1
            var text: [UInt8] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\") {
                    text.append(bytes[index])
                    index += 1
                }
                guard index < bytes.count else { throw Malformed() }
                text.append(bytes[index])
                index += 1
            }
            guard index < bytes.count else { throw Malformed() }
            index += 1
            return String(decoding: text, as: UTF8.self)
        }
    }
}
