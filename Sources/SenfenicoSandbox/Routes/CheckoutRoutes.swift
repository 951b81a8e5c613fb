import Hummingbird
import SenfenicoAPI

extension SandboxRoutes {
    func addCheckoutRoutes(to api: SandboxRouterGroup) {
        api.post("checkouts/initialize") { request, context -> Response in
            switch await fields(request, context).flatMap(CheckoutInput.parse) {
            case .failure(let failure):
                return await respond(failure, request, context)
            case .success(let input):
                let session = await account(context).createCheckout(input, baseURL: live.baseURL.withLock { $0 })
                let reply = Reply.success(Messages.checkoutInitialized, status: .created) { session.write(to: &$0) }
                return await respond(reply, request, context)
            }
        }

        api.get("checkouts/:reference") { request, context -> Response in
            let reference = context.parameters.get("reference") ?? ""
            guard let checkout = await account(context).checkout(reference) else {
                return await respond(.plain(Messages.checkoutNotFound, status: .notFound), request, context)
            }
            return await respond(.success(Messages.checkoutRetrieved) { checkout.write(to: &$0) }, request, context)
        }

        api.get("checkouts") { request, context -> Response in
            await respond(list: await account(context).checkoutList(), request, context)
        }
    }
}
