/// One request and its answer as the client saw them, for a developer's request log. The key
/// is never in it: the request headers are not kept, and bodies are scrubbed.
public struct Exchange: Sendable, Hashable {
    public var operation: Operation
    /// Derived from the operation: every endpoint has one method.
    public var method: Operation.Method { operation.method }
    public var path: String
    /// The HTTP status, or `nil` when no answer came.
    public var status: Int?
    public var latency: Duration
    public var attempt: Int
    public var requestBody: String?
    /// The start of the answer, scrubbed of the key: at most `ClientConfiguration.exchangeBodyLimit`
    /// bytes (4 KB by default, so a list is not copied whole); the whole body when the limit is
    /// at least `responseBytes`.
    public var responseSample: String
    public var responseBytes: Int
    public var failure: String?
}
