import ArgumentParser
import Foundation
import Localization

/// `senfenico trigger EVENT`: makes a sandbox produce an event (the objects whose change of
/// status is that event), the way `stripe trigger` does, so a webhook receiver or a dashboard
/// can be tried without paying by hand.
///
/// Everything goes through the public API with the sandbox's test numbers and OTP (see
/// `MagicNumber` in the sandbox), plus two control routes: `/_sandbox/time/advance` for what
/// happens later by itself (a transfer arriving, a settlement paid), and
/// `/_sandbox/checkouts/:reference/pay` for the customer's side of a checkout.
struct TriggerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trigger",
        abstract: "Make a local sandbox produce an event: charge.success, transfer.failed, checkout.completed…",
        discussion: """
            Events: \(TriggerEvent.allCases.map(\.rawValue).joined(separator: ", ")).

            The objects are made in the account of the sandbox's key: the dashboard's when it is the \
            dashboard's embedded sandbox, else the sk_test_ key in SENFENICO_API_KEY, else a sandbox \
            key of its own. Transfers and settlements finish later by themselves: the sandbox's clock \
            is moved forward for them (as `senfenico sandbox advance` does).

            Examples:
              senfenico trigger charge.success
              senfenico trigger transfer.failed --base-url http://127.0.0.1:8089
            """
    )

    @Argument(
        help: ArgumentHelp("The event to produce.", valueName: "event"),
        completion: .list(TriggerEvent.allCases.map(\.rawValue)))
    var event: String

    @OptionGroup var target: SandboxTarget

    func validate() throws {
        guard TriggerEvent(rawValue: event) != nil else {
            throw ValidationError(
                Strings.SandboxTools.unknownEvent.filling([
                    "event": event, "events": TriggerEvent.allCases.map(\.rawValue).joined(separator: ", "),
                ]).text(in: target.language))
        }
    }

    func run() async throws {
        guard let event = TriggerEvent(rawValue: event) else { throw ExitCode(2) }
        let resolved = try target.resolve()
        target.announce(resolved)
        let run = TriggerRun(target: target, resolved: resolved, event: event)
        try run.produce()
    }
}

/// The events `trigger` can produce: `<object>.<status>`, the names webhooks carry, and
/// `checkout.completed` for a checkout paid by its customer.
enum TriggerEvent: String, CaseIterable, Sendable {
    case chargeSuccess = "charge.success"
    case chargeFailed = "charge.failed"
    case chargePayOffline = "charge.pay_offline"
    case chargeSendOTP = "charge.send_otp"
    case transferSuccess = "transfer.success"
    case transferFailed = "transfer.failed"
    case transferPending = "transfer.pending"
    case settlementSuccess = "settlement.success"
    case settlementProcessing = "settlement.processing"
    case settlementInTransit = "settlement.in_transit"
    case settlementCancelled = "settlement.cancelled"
    case checkoutCompleted = "checkout.completed"
    case checkoutSuccess = "checkout.success"
    case checkoutFailed = "checkout.failed"

    /// The status the object has once the event happened.
    var finalStatus: String {
        switch self {
        case .checkoutCompleted: "success"
        default: String(rawValue.drop { $0 != "." }.dropFirst())
        }
    }
}

/// One `trigger`: the calls, what each made, and the check that the object ended as the event
/// says.
private struct TriggerRun {
    let target: SandboxTarget
    let resolved: SandboxTarget.Resolved
    let event: TriggerEvent

    var language: Language { target.language }

    /// Test numbers (see the sandbox's `MagicNumber`): `…0000` + `00` succeeds, `01` lacks
    /// funds (a transfer to it fails), `04` is declined by the operator.
    static let orangeSuccess = "76000000"
    static let orangeDeclines = "76000004"
    static let orangeFailsTransfer = "76000001"
    /// A Telecel number: Sank Money charges are paid offline, on the customer's phone.
    static let sankSuccess = "68000000"
    static let otp = "123456"
    static let amount = 1_000

    func produce() throws {
        switch event {
        case .chargeSuccess, .chargeFailed, .chargeSendOTP:
            let phone = event == .chargeFailed ? Self.orangeDeclines : Self.orangeSuccess
            let reference = try createCharge(phone: phone, provider: "orange_bf")
            if event != .chargeSendOTP { submitOTP(reference) }
            try finish(object: "charge", reference: reference, path: "/v1/payment/charges/\(reference)")
        case .chargePayOffline:
            let reference = try createCharge(phone: Self.sankSuccess, provider: "sank_bf")
            try finish(object: "charge", reference: reference, path: "/v1/payment/charges/\(reference)")
        case .transferSuccess, .transferFailed, .transferPending:
            let phone = event == .transferFailed ? Self.orangeFailsTransfer : Self.orangeSuccess
            let data = try created(
                "transfer", "POST", "/v1/payment/transfers/",
                json: [
                    "amount": Self.amount, "recipient_phone": phone, "recipient_wallet": "orange_bf",
                    "ext_id": UUID().uuidString.lowercased(),
                ])
            let reference = data["reference"] as? String ?? ""
            if event != .transferPending { try advance(seconds: 3, object: "transfer") }
            try finish(object: "transfer", reference: reference, path: "/v1/payment/transfers/\(reference)")
        case .settlementSuccess, .settlementProcessing, .settlementInTransit, .settlementCancelled:
            let data = try created("settlement", "POST", "/v1/payment/settlements/", json: ["amount": Self.amount])
            let reference = data["reference"] as? String ?? ""
            switch event {
            case .settlementInTransit: try advance(seconds: 60, object: "settlement")
            case .settlementSuccess:
                // Two steps, each read by the sandbox: processing → in_transit → success.
                try advance(seconds: 60, object: "settlement")
                _ = try target.call(resolved, "GET", "/v1/payment/settlements/\(reference)", what: "settlement")
                try advance(seconds: 60, object: "settlement")
            case .settlementCancelled:
                _ = try target.call(
                    resolved, "GET", "/v1/payment/settlements/\(reference)/cancel/", what: "settlement cancel")
            default: break
            }
            try finish(object: "settlement", reference: reference, path: "/v1/payment/settlements/\(reference)")
        case .checkoutCompleted, .checkoutSuccess, .checkoutFailed:
            let data = try created(
                "checkout", "POST", "/v1/payment/checkouts/initialize/",
                json: [
                    "amount": Self.amount, "success_url": "https://example.com/success",
                    "cancel_url": "https://example.com/cancel",
                ])
            let reference = data["reference"] as? String ?? ""
            let phone = event == .checkoutFailed ? Self.orangeDeclines : Self.orangeSuccess
            let paid = try target.call(
                resolved, "POST", "/_sandbox/checkouts/\(reference)/pay",
                json: ["phone": phone, "provider": "orange_bf"], what: "checkout payment")
            say(
                Strings.SandboxTools.step,
                ["what": "checkout payment", "result": paid.data?["status"] as? String ?? "?"])
            try finish(object: "checkout", reference: reference, path: "/v1/payment/checkouts/\(reference)")
        }
    }

    private func createCharge(phone: String, provider: String) throws -> String {
        let data = try created(
            "charge", "POST", "/v1/payment/charges/",
            json: [
                "amount": Self.amount, "currency": "XOF", "payment_method": "mobile_money",
                "payment_method_details": ["phone": phone, "provider": provider],
            ])
        return data["reference"] as? String ?? ""
    }

    /// Submits the test OTP. A refusal is part of some events (`charge.failed`): it is said,
    /// and the charge's final status tells whether the event happened.
    private func submitOTP(_ reference: String) {
        let answer = try? resolved.http.perform(
            "POST", "/v1/payment/charges/submit", json: ["otp": Self.otp, "charge_reference": reference])
        let object = answer?.object
        let result =
            (object?["data"] as? [String: Any])?["status"] as? String ?? object?["error_code"] as? String ?? "?"
        say(Strings.SandboxTools.step, ["what": "OTP \(Self.otp)", "result": result])
    }

    /// Creates an object and says so; returns its `data`.
    private func created(_ object: String, _ method: String, _ path: String, json: [String: Any]) throws -> [String:
        Any]
    {
        let answer = try target.call(resolved, method, path, json: json, what: object)
        guard let data = answer.data else {
            Console.err(
                Strings.SandboxTools.unreadableAnswer.filling(["url": resolved.url, "what": path]).text(in: language))
            throw ExitCode(1)
        }
        let status = data["status"] as? String
        say(
            status == nil ? Strings.SandboxTools.createdNoStatus : Strings.SandboxTools.created,
            ["object": object, "reference": data["reference"] as? String ?? "?", "status": status ?? ""])
        return data
    }

    /// Moves the sandbox's clock past a delay given at time scale 1 (scaled as the sandbox
    /// scales its own delays, plus a second to spare).
    private func advance(seconds: Double, object: String) throws {
        let health = try target.call(resolved, "GET", "/_sandbox/health", what: "health")
        let scale = (health.data?["time_scale"] as? NSNumber)?.doubleValue ?? 1
        let moved = (seconds * scale).rounded(.up) + 1
        _ = try target.call(resolved, "POST", "/_sandbox/time/advance", json: ["seconds": moved], what: "time advance")
        say(Strings.SandboxTools.clockMoved, ["seconds": String(Int(moved)), "object": object])
    }

    /// Reads the object back and checks it ended as the event says; exit status 1 otherwise.
    private func finish(object: String, reference: String, path: String) throws {
        let answer = try target.call(resolved, "GET", path, what: object)
        let status = answer.data?["status"] as? String ?? "?"
        let values = [
            "event": event.rawValue, "object": object, "reference": reference, "status": status,
            "expected": event.finalStatus,
        ]
        guard status == event.finalStatus else {
            Console.err(Strings.SandboxTools.wrongFinalState.filling(values).text(in: language))
            throw ExitCode(1)
        }
        say(Strings.SandboxTools.finalState, values)
    }

    private func say(_ text: LocalizedText, _ values: [String: String]) {
        Console.out(text.filling(values).text(in: language))
    }
}
