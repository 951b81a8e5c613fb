import Hummingbird

/// Per-request values the sandbox needs beyond Hummingbird's own.
struct SandboxRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The caller's address, recorded as `ip_address` on charges, attempts and transfers as
    /// the real API does; loopback callers appear as `127.0.0.1`.
    let clientIP: String
    /// The caller's test key, set by ``APIKeyMiddleware`` once it has been accepted.
    var apiKey: String?
    /// Faults chosen for this request by ``FaultMiddleware``; the reply builder reads
    /// `malformedBody` from here.
    var faultPlan = FaultPlan()

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientIP = source.channel.remoteAddress?.ipAddress ?? "127.0.0.1"
    }

    /// Request bodies are small JSON objects; a bulk of 100 transfers is a few kilobytes.
    var maxUploadSize: Int { 1024 * 1024 }
}
