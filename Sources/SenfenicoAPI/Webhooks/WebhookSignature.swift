import Crypto

/// The hash a webhook carries, as the official SDKs check it: the lowercase hexadecimal
/// SHA-256 of the body's JSON text followed by the webhook key (no HMAC, no timestamp).
public enum WebhookSignature {
    /// The sender's side: `sha256(body + key)`, hex.
    public static func hash(of body: some Sequence<UInt8>, key: WebhookKey) -> String {
        var hasher = SHA256()
        hasher.update(data: Array(body))
        hasher.update(data: Array(key.secret.utf8))
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// The receiver's side, as the Python SDK's `Webhook.construct_event` does it: the body is
    /// read as JSON, written back with `json.dumps`, the key appended, and the result's hash
    /// compared with `hash`; then the event's object must fit the SDK's dataclass.
    public static func verify(body: [UInt8], hash: String, key: WebhookKey) -> WebhookCheck {
        let parsed: PythonJSON
        do {
            parsed = try PythonJSON.pythonLoads(body)
        } catch {
            return .refused(.notJSON(error.description))
        }
        let canonical = parsed.pythonDumps()
        let expected = Self.hash(of: canonical, key: key)
        guard constantTimeEqual(hash.trimmingBlanks, expected) else { return .refused(.hashMismatch) }
        guard let name = parsed["event"]?.stringValue, let data = parsed["data"]?.stringValue else {
            return .refused(.notAnEvent)
        }
        let event = WebhookEvent(name: name, data: data)
        guard let kind = event.kind else { return .refused(.unknownEvent(name)) }
        guard let object = event.object else { return .refused(.unreadableData) }
        let problems = kind.fieldProblems(in: object)
        guard problems.missing.isEmpty, problems.extra.isEmpty else {
            return .refused(.fields(missing: problems.missing, extra: problems.extra))
        }
        // The PHP SDK hashes the raw body: it agrees only when the body is already exactly
        // what json.dumps prints.
        return .accepted(event, rawBodyIsCanonical: canonical == body)
    }

    /// Compares every character whatever the first difference, so that the time taken does
    /// not tell an attacker how much of a forged hash was right.
    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}

/// What ``WebhookSignature/verify(body:hash:key:)`` found.
public enum WebhookCheck: Sendable, Equatable {
    /// Signed with the key, and an event the SDK reads. `rawBodyIsCanonical` false: the
    /// Python SDK accepts it but the PHP SDK, which hashes the raw body, would not.
    case accepted(WebhookEvent, rawBodyIsCanonical: Bool)
    case refused(WebhookRefusal)

    public var isAccepted: Bool {
        if case .accepted = self { return true }
        return false
    }
}

public enum WebhookRefusal: Sendable, Equatable {
    case notJSON(String)
    /// The hash is not the body's with this key: tampered with, or another key.
    case hashMismatch
    /// No `event` or `data` string.
    case notAnEvent
    /// An event name that starts with none of `charge.`, `checkout.`, `settlement.`, `transfer.`.
    case unknownEvent(String)
    /// `data` is not JSON.
    case unreadableData
    /// The object's fields are not the SDK dataclass's.
    case fields(missing: [String], extra: [String])
}

extension String {
    fileprivate var trimmingBlanks: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
