import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import SenfenicoAPI
import Testing

@testable import SenfenicoSandbox

/// A sandbox on an ephemeral port, called over real HTTP.
struct Sandbox {
    let server: SandboxServer
    let clock: ManualClock
    var key: String

    /// 2024-08-18T12:00:00Z, the day of the reference's charge samples.
    static let start = Timestamp(microsecondsSinceEpoch: 1_723_982_400_000_000)

    static func newKey() -> String {
        "sk_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// Runs `body` against a fresh sandbox on a manual clock, and always stops it.
    static func with(
        timeScale: Double = 1, seedCharges: Int = 0, seedTransfers: Int = 0, seed: UInt64 = 1,
        restrictedKey: String? = nil, faults: [FaultRule] = [], clock: ManualClock = ManualClock(start: Sandbox.start),
        _ body: (Sandbox) async throws -> Void
    ) async throws {
        let options = SandboxOptions(
            port: 0, timeScale: timeScale, seedCharges: seedCharges, seedTransfers: seedTransfers, seed: seed,
            restrictedKey: restrictedKey, faults: faults, clock: clock.sandboxClock)
        let server = SandboxServer(options: options)
        _ = try await server.start()
        let sandbox = Sandbox(server: server, clock: clock, key: restrictedKey ?? newKey())
        do {
            try await body(sandbox)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Calls the API under `/v1/payment`.
    func call(
        _ method: HTTPMethod, _ path: String, json: Any? = nil, key: String?? = .none,
        headers: [(String, String)] = [], timeout: TimeAmount = .seconds(30)
    ) async throws -> Answer {
        try await raw(
            method, "/v1/payment" + path, json: json, key: key ?? self.key, headers: headers, timeout: timeout)
    }

    /// Calls any path of the sandbox.
    func raw(
        _ method: HTTPMethod, _ path: String, json: Any? = nil, key: String? = nil, headers: [(String, String)] = [],
        timeout: TimeAmount = .seconds(30)
    ) async throws -> Answer {
        var request = HTTPClientRequest(url: server.baseURL + path)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        if let key { request.headers.add(name: "X-API-KEY", value: key) }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            let data = try JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed])
            request.body = .bytes(ByteBuffer(bytes: data))
        }
        let response = try await testClient.execute(request, timeout: timeout)
        let body = try await response.body.collect(upTo: 512 * 1024 * 1024)
        return Answer(status: Int(response.status.code), headers: response.headers, body: body)
    }
}

/// A client that shows answers as sent: `HTTPClient.shared` inflates gzip bodies by itself.
/// Never shut down: it lives as long as the test process.
let testClient = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: .init())

/// One HTTP answer.
struct Answer {
    let status: Int
    let headers: HTTPHeaders
    let body: ByteBuffer

    var text: String { String(buffer: body) }

    /// The body as a JSON object; empty when it is not one.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    var data: [String: Any] { json["data"] as? [String: Any] ?? [:] }
    var list: [[String: Any]] { json["data"] as? [[String: Any]] ?? [] }
    var message: String? { json["message"] as? String }
    var errorCode: String? { json["error_code"] as? String }
    var succeeded: Bool { json["status"] as? Bool == true }
    var errors: [String: [String]] { json["errors"] as? [String: [String]] ?? [:] }
}

/// The reference's field sets, from its samples.
enum Fields {
    static let chargeAttempt: Set = ["reference", "status", "display_text", "live_mode"]
    static let charge: Set = [
        "reference", "amount", "fees", "currency", "transaction_date", "ip_address", "status", "live_mode",
        "payment_method", "provider", "phone", "cancelled_at", "cancellation_reason", "created_at", "updated_at",
        "confirmation_attempts",
    ]
    static let submittedCharge = charge.subtracting(["phone", "created_at", "updated_at"])
    static let attempt: Set = ["ip_address", "attempt_date", "confirmation_status"]
    static let transfer: Set = [
        "reference", "amount", "fees", "currency", "ip_address", "status", "live_mode", "recipient_wallet",
        "recipient_phone", "ext_id", "created_at",
    ]
    static let settlement: Set = [
        "reference", "amount", "settlement_fees", "currency", "status", "live_mode", "created_at", "updated_at",
        "account_type", "iban", "rib", "bank_name", "bank_address", "account_holder_name", "account_holder_address",
        "swift_bic_code", "provider", "phone", "usdt_wallet_address",
    ]
    static let checkout: Set = [
        "email", "reference", "charge_reference", "amount", "success_url", "cancel_url", "phone", "provider",
        "live_mode", "created_at", "updated_at", "status",
    ]
    static let checkoutSession: Set = ["reference", "authorization_url", "live_mode"]
    static let success: Set = ["status", "message", "data"]
    static let paymentError: Set = ["status", "message", "error_code"]
    static let validationError: Set = ["status", "message", "errors"]
    static let plainError: Set = ["status", "message"]
}

func keys(_ object: [String: Any]) -> Set<String> { Set(object.keys) }

/// A charge body as the reference documents it.
func chargeBody(amount: Any = 1000, phone: String, provider: String) -> [String: Any] {
    [
        "amount": amount, "currency": "XOF", "payment_method": "mobile_money",
        "payment_method_details": ["phone": phone, "provider": provider],
    ]
}

/// A whole-franc or fractional number from a JSON answer, exactly, as Money.
func money(_ value: Any?) -> Money? {
    switch value {
    case let number as NSNumber: Money(number.stringValue)
    case let text as String: Money(text)
    default: nil
    }
}

extension Sandbox {
    /// Creates a charge and returns its reference.
    func createCharge(phone: String = "76000000", provider: String = "orange_bf", amount: Any = 1000) async throws
        -> String
    {
        let answer = try await call(
            .POST, "/charges/", json: chargeBody(amount: amount, phone: phone, provider: provider))
        #expect(answer.status == 201, "\(answer.text)")
        return answer.data["reference"] as? String ?? "missing"
    }

    /// A charge paid with the right OTP.
    func paidCharge(phone: String = "76000000", provider: String = "orange_bf", amount: Any = 1000) async throws
        -> String
    {
        let reference = try await createCharge(phone: phone, provider: provider, amount: amount)
        let answer = try await call(.POST, "/charges/submit", json: ["otp": "123456", "charge_reference": reference])
        #expect(answer.status == 200, "\(answer.text)")
        return reference
    }

    func balances() async throws -> [String: Any] {
        try await call(.GET, "/balances").data
    }
}

extension [String: Any] {
    /// `balances["transfer_balances"]["orange_money_bf"]["available"]` as `self["transfer_balances", "orange_money_bf", "available"]`.
    subscript(path: String...) -> Any? {
        var current: Any? = self
        for key in path { current = (current as? [String: Any])?[key] }
        return current
    }
}
