import Hummingbird
import SenfenicoAPI

typealias SandboxRouterGroup = RouterGroup<SandboxRequestContext>

/// The sandbox's routes and what they share.
///
/// Every API path is registered once; Hummingbird's router ignores a trailing slash, so
/// `/v1/payment/charges/` and `/v1/payment/charges` reach the same handler, as the reference
/// uses both forms.
struct SandboxRoutes: Sendable {
    let directory: AccountDirectory
    let faults: FaultBoard
    /// The address once bound and the clock's offset, shared with the server.
    let live: SandboxLiveState
    let restrictedKey: String?
    let clock: SandboxClock
    let timeScale: Double
    /// `ETag`/`If-None-Match` and gzip in force (see ``SandboxOptions``).
    var etag = true
    var gzip = true
    /// Every request answered, for `senfenico sandbox`'s lines and `GET /_sandbox/logs`.
    var requestLog = RequestLogBook()
    /// Where state changes go out as webhooks; see `/_sandbox/webhooks`.
    var webhooks = WebhookHub()

    func makeRouter() -> Router<SandboxRequestContext> {
        let router = Router(context: SandboxRequestContext.self)
        router.add(middleware: RequestLogMiddleware(book: requestLog))
        if !etag || !gzip { router.add(middleware: HTTPFeaturesMiddleware(etag: etag, gzip: gzip)) }
        router.add(middleware: ErrorEnvelopeMiddleware())

        let api = router.group("v1/payment")
            .add(middleware: FaultMiddleware(board: faults))
            .add(middleware: APIKeyMiddleware(restrictedKey: restrictedKey))
        addCheckoutRoutes(to: api)
        addChargeRoutes(to: api)
        addBalanceRoutes(to: api)
        addTransferRoutes(to: api)
        addSettlementRoutes(to: api)

        addPaymentPage(to: router.group("v1/checkout_payment"))
        addControlRoutes(to: router.group("_sandbox"))
        addLogRoutes(to: router.group("_sandbox"))
        addTriggerSupportRoutes(to: router.group("_sandbox"))
        addWebhookControlRoutes(to: router.group("_sandbox"))
        return router
    }

    // MARK: Helpers shared by the routes

    /// The account of the key the ``APIKeyMiddleware`` accepted.
    func account(_ context: SandboxRequestContext) async -> SimulatedAccount {
        await directory.account(for: context.apiKey ?? "")
    }

    /// The request's JSON object, read field by field.
    func fields(_ request: Request, _ context: SandboxRequestContext) async -> Result<RequestFields, SandboxFailure> {
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: context.maxUploadSize)
            return RequestFields.parse(buffer)
        } catch {
            return .failure(.field("non_field_errors", FieldMessages.invalidJSON))
        }
    }

    func respond(_ reply: Reply, _ request: Request, _ context: SandboxRequestContext) async -> Response {
        await reply.response(for: request, context: context)
    }

    func respond(_ failure: SandboxFailure, _ request: Request, _ context: SandboxRequestContext) async -> Response {
        await Reply.failure(failure).response(for: request, context: context)
    }

    /// A cached list: `304` without waiting for the encoding when the caller's tag matches.
    func respond(list: EncodedList, _ request: Request, _ context: SandboxRequestContext) async -> Response {
        if Reply.matches(ifNoneMatch: request.headers[.ifNoneMatch], etag: list.etag) {
            var headers = HTTPFields()
            headers[.eTag] = list.etag
            headers[.vary] = "Accept-Encoding"
            return Response(status: .notModified, headers: headers)
        }
        var reply = Reply(status: .ok, body: await list.body, etag: list.etag)
        reply.gzipped = { await list.gzipped }
        return await reply.response(for: request, context: context)
    }
}
