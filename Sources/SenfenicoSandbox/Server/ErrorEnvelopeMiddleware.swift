import Hummingbird
import SenfenicoAPI

/// Turns what escapes the routes (an unknown path, a failure inside Hummingbird) into the
/// API's JSON error envelope, so that no client ever has to parse an HTML or empty error.
struct ErrorEnvelopeMiddleware: RouterMiddleware {
    typealias Context = SandboxRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let failure = SandboxFailure.plain(
                error.status == .notFound ? Messages.notFound : error.status.reasonPhrase, status: error.status)
            return await Reply.failure(failure).response(for: request, context: context)
        } catch {
            context.logger.error("Unexpected error: \(error)")
            let failure = SandboxFailure.payment(
                .internalError, message: Messages.internalError, status: .internalServerError)
            return await Reply.failure(failure).response(for: request, context: context)
        }
    }
}
