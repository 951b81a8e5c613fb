import Hummingbird
import SenfenicoAPI

/// Applies the fault rules to API requests: latency and errors before the request is
/// processed, `malformed` (through the context, see ``Reply``) and `drop` after.
struct FaultMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext
    let board: FaultBoard

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let plan = board.plan(method: request.method.rawValue, path: request.uri.path)
        if plan.latency > .zero {
            try await Task.sleep(for: plan.latency)
        }
        if let rule = plan.error {
            let status = HTTPResponse.Status(code: rule.errorHTTPStatus)
            let failure: SandboxFailure =
                if let code = rule.errorCode {
                    .payment(code, message: code.explanation.english, status: status)
                } else {
                    .plain(Messages.internalError, status: status)
                }
            var context = context
            context.faultPlan.malformedBody = false
            return await Reply.failure(failure).response(for: request, context: context)
        }
        var context = context
        context.faultPlan = plan
        var response = try await next(request, context)
        if plan.dropConnection {
            response = Self.dropping(response)
        }
        return response
    }

    /// Sends the head and the first half of the body, then fails the body stream: Hummingbird
    /// closes the connection, and the client sees a transport error after the server acted.
    static func dropping(_ response: Response) -> Response {
        var response = response
        let original = response.body
        let length = original.contentLength
        response.body = ResponseBody(contentLength: length) { writer in
            let collector = BodyCollector()
            try await original.write(collector)
            var buffer = collector.buffer
            if let half = buffer.readSlice(length: buffer.readableBytes / 2), half.readableBytes > 0 {
                try await writer.write(half)
            }
            throw DroppedConnection()
        }
        return response
    }
}

/// Thrown while writing a body to make Hummingbird close the connection.
struct DroppedConnection: Error {}

/// Collects a response body into one buffer.
private final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
    var buffer = ByteBuffer()

    func write(_ part: ByteBuffer) async throws {
        var part = part
        buffer.writeBuffer(&part)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
