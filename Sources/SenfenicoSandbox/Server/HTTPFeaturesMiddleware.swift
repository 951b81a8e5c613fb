import Hummingbird

/// Turns off the sandbox's HTTP conveniences that the real API may not offer, so a client can
/// be tried against the worst case (`--no-etag`, `--no-gzip`). It works on the edges of every
/// request rather than inside the routes: the caller's `If-None-Match` and `Accept-Encoding`
/// are removed before any route sees them, as a server that ignores them would, and the
/// `ETag` (with the `Vary` that goes with caching and compression) is removed from the answer.
struct HTTPFeaturesMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let etag: Bool
    let gzip: Bool

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var head = request.head
        if !etag { head.headerFields[.ifNoneMatch] = nil }
        if !gzip { head.headerFields[.acceptEncoding] = nil }
        var response = try await next(Request(head: head, body: request.body), context)
        if !etag { response.headers[.eTag] = nil }
        if !etag && !gzip { response.headers[.vary] = nil }
        return response
    }
}
