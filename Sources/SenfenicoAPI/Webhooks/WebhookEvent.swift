/// One webhook delivery's body: `{"event": "charge.success", "data": "<the object's JSON>"}`,
/// the shape the official SDKs read. `data` is a string holding JSON, not an object.
public struct WebhookEvent: Sendable, Hashable {
    /// `<object>.<status>`: `charge.success`, `settlement.in_transit`, `transfer.failed`…
    public var name: String
    /// The object's JSON text, as the sender wrote it.
    public var data: String

    public init(name: String, data: String) {
        self.name = name
        self.data = data
    }

    /// The event for an object: `data` is the object written as Python's `json.dumps` would
    /// (so that a receiver that prints it sees what Senfenico's own servers would send).
    public init(name: String, object: PythonJSON) {
        self.init(name: name, data: object.pythonDumpsText)
    }

    /// The body to send: exactly Python's `json.dumps` of itself, so the Python SDK (which
    /// hashes `json.dumps(json.loads(body))`) and the PHP SDK (which hashes the raw body)
    /// compute the same hash.
    public var body: [UInt8] {
        PythonJSON.object([.init("event", .string(name)), .init("data", .string(data))]).pythonDumps()
    }

    /// The kind of object, from the name's first part (what the SDK looks at).
    public var kind: WebhookObjectKind? {
        WebhookObjectKind(rawValue: String(name.prefix { $0 != "." }))
    }

    /// `data` read as JSON, for display; nil when it is not JSON.
    public var object: PythonJSON? {
        try? PythonJSON.pythonLoads(Array(data.utf8))
    }
}

/// The objects a webhook carries, with the fields the official Python SDK's dataclasses take
/// (`ChargeData`, `CheckoutData`, `SettlementData`, `TransferData`): it builds the object with
/// `Data(**json.loads(data))`, so a missing required field or any extra field is refused.
public enum WebhookObjectKind: String, Sendable, CaseIterable {
    case charge, checkout, settlement, transfer

    /// Every field the dataclass takes (in the reference's order; the SDK takes any order).
    public var fields: [String] {
        switch self {
        case .charge:
            [
                "reference", "amount", "fees", "currency", "transaction_date", "ip_address", "status", "live_mode",
                "payment_method", "provider", "phone", "cancelled_at", "cancellation_reason", "created_at",
                "updated_at", "confirmation_attempts",
            ]
        case .checkout:
            [
                "email", "reference", "charge_reference", "amount", "success_url", "cancel_url", "phone", "provider",
                "live_mode", "created_at", "updated_at", "status",
            ]
        case .settlement:
            [
                "reference", "amount", "settlement_fees", "currency", "status", "live_mode", "created_at",
                "updated_at", "account_type", "iban", "rib", "bank_name", "bank_address", "account_holder_name",
                "account_holder_address", "swift_bic_code", "provider", "phone", "usdt_wallet_address",
            ]
        case .transfer:
            [
                "reference", "amount", "fees", "currency", "ip_address", "status", "live_mode", "recipient_wallet",
                "recipient_phone", "created_at", "ext_id",
            ]
        }
    }

    /// The fields the dataclass gives a default, which may be left out.
    public var optionalFields: Set<String> {
        switch self {
        case .charge: ["confirmation_attempts"]
        case .transfer: ["ext_id"]
        case .checkout, .settlement: []
        }
    }

    /// Whether the official Python SDK 0.3.0 reads this kind: it knows `charge.`, `checkout.`
    /// and `settlement.` events and raises "Unknown event" for any other, transfers included.
    public var isReadByPythonSDK: Bool { self != .transfer }

    /// What the dataclass would refuse in `object`: required fields missing, fields it does
    /// not have. Empty when it would accept it.
    public func fieldProblems(in object: PythonJSON) -> (missing: [String], extra: [String]) {
        guard case .object(let members) = object else { return (fields, []) }
        let present = members.map(\.key.text)
        let missing = fields.filter { !present.contains($0) && !optionalFields.contains($0) }
        let extra = present.filter { !fields.contains($0) }
        return (missing, extra)
    }
}
