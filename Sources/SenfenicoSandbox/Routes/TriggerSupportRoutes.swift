import Hummingbird
import SenfenicoAPI

/// Control routes `senfenico trigger` needs beyond the public API:
///
/// - `POST /_sandbox/checkouts/:reference/pay`, with the key of the checkout's account in
///   `X-API-KEY` and optionally `{"phone": "76000000", "provider": "orange_bf"}`: pays the
///   checkout at once (see ``SimulatedAccount/payCheckoutNow(_:phone:provider:ip:)``) and
///   answers the checkout as `GET /v1/payment/checkouts/:reference` would.
///
/// It takes the key (unlike the other control routes) because a checkout belongs to one
/// account, and the charge it makes lands in that account's list.
extension SandboxRoutes {
    /// The test number a checkout is paid with when none is given.
    static let triggerPhone = "76000000"

    func addTriggerSupportRoutes(to group: SandboxRouterGroup) {
        group.group("checkouts").add(middleware: APIKeyMiddleware(restrictedKey: restrictedKey))
            .post(":reference/pay") { request, context -> Response in
                let reference = context.parameters.get("reference") ?? ""
                var body: RequestFields
                switch await fields(request, context) {
                case .success(let fields): body = fields
                case .failure(let failure): return await respond(failure, request, context)
                }
                let phoneText = body.optionalString("phone") ?? Self.triggerPhone
                guard let phone = PhoneNumber(phoneText) else {
                    return await respond(.field("phone", "Enter a valid phone number."), request, context)
                }
                let provider = body.optionalString("provider").map(Provider.init(rawValue:)) ?? .orange
                do throws(SandboxFailure) {
                    let checkout = try await account(context).payCheckoutNow(
                        reference, phone: phone, provider: provider, ip: context.clientIP)
                    return await respond(
                        .success(Messages.checkoutRetrieved) { checkout.write(to: &$0) }, request, context)
                } catch {
                    return await respond(error, request, context)
                }
            }
    }
}
