import SenfenicoAPI

/// The embedded sandbox's key. It is no secret (the sandbox runs on this machine, accepts any
/// test key and moves no money), so the `curl` command `y` copies carries it and runs as is.
/// It is still shown masked, and masked in descriptions and mirrors, like any key.
public struct SandboxKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    let secret: String

    /// Nil for anything but a test key: a live key is never written into a command.
    public init?(_ text: String) {
        guard let key = APIKey(text), key.mode == .test else { return nil }
        secret = text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `sk_test_…dbox`, as every key is shown.
    public var masked: String { APIKey(secret)?.masked ?? "…" }

    public var description: String { masked }
    public var debugDescription: String { "SandboxKey(\(masked))" }
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }
}
