import Foundation

/// The secret a webhook's hash is made with (the "webhook secret key" of Senfenico's admin
/// interface). Like ``APIKey``, its text is never printed: descriptions are masked.
public struct WebhookKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// Only the signer reads it.
    let secret: String

    /// Surrounding blanks and newlines are not part of the key: a key file usually ends with
    /// a newline.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        secret = trimmed
    }

    public enum FileError: Error, Sendable, Equatable {
        case unreadable(path: String)
        case empty(path: String)
    }

    /// The key in a file (its whole text, trimmed).
    public static func read(fromFile path: String) throws(FileError) -> WebhookKey {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        guard let key = WebhookKey(String(decoding: data, as: UTF8.self)) else { throw .empty(path: path) }
        return key
    }

    /// A fresh random key (32 hexadecimal digits), for a sandbox given no key file.
    public static func random() -> WebhookKey {
        var generator = SystemRandomNumberGenerator()
        let text = (0..<16).map { _ in
            let hex = String(UInt8.random(in: 0...255, using: &generator), radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
        return WebhookKey("whk_test_" + text)!
    }

    /// The key as a key file holds it, for writing such a file (the sandbox's random key);
    /// never for showing.
    public var keyFileText: String { secret + "\n" }

    /// `…1a2b`: the last four characters, when the key is long enough to keep the rest hidden.
    public var masked: String { secret.count >= 16 ? "…" + secret.suffix(4) : "…" }

    public var description: String { masked }
    public var debugDescription: String { "WebhookKey(\(masked))" }
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }

    public static func == (lhs: WebhookKey, rhs: WebhookKey) -> Bool { lhs.secret == rhs.secret }
    public func hash(into hasher: inout Hasher) { hasher.combine(secret) }
}
