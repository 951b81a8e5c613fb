import Foundation

/// A Senfenico secret key. Its text is never printed: every description is masked
/// (`sk_test_…a1b2`), and `Redactor` scrubs it from any text that came back from the network.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public enum Mode: String, Sendable {
        /// `sk_test_…`: Senfenico's test mode, no real money.
        case test
        /// `sk_live_…`: real money.
        case live
        /// Neither prefix; the server will most likely refuse it.
        case unknown
    }

    /// The secret itself; only the transport reads it, to set `X-API-KEY`.
    let secret: String

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        self.secret = trimmed
    }

    public var mode: Mode {
        if secret.hasPrefix("sk_test_") { return .test }
        if secret.hasPrefix("sk_live_") { return .live }
        return .unknown
    }

    /// `sk_test_…a1b2`: the prefix, to tell the mode, and the last four characters, to tell
    /// keys apart. Keys too short to hide anything show no characters at all.
    public var masked: String {
        let prefix = mode == .unknown ? "" : String(secret.prefix(8))
        let rest = secret.dropFirst(prefix.count)
        guard rest.count >= 12 else { return prefix + "…" }
        return prefix + "…" + rest.suffix(4)
    }

    public var description: String { masked }
    public var debugDescription: String { "APIKey(\(masked))" }
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }

    public static func == (lhs: APIKey, rhs: APIKey) -> Bool { lhs.secret == rhs.secret }
    public func hash(into hasher: inout Hasher) { hasher.combine(secret) }
}

/// Removes the key from text that may have come back from the network or from a library's
/// error description, before it is shown, logged or kept in an error.
public struct Redactor: Sendable {
    private let key: APIKey?

    public init(key: APIKey?) {
        self.key = key
    }

    public func scrub(_ text: String) -> String {
        guard let key, key.secret.count >= 4, text.contains(key.secret) else { return text }
        return text.replacingOccurrences(of: key.secret, with: key.masked)
    }
}
