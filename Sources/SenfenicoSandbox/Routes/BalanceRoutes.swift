import Hummingbird
import SenfenicoAPI

extension SandboxRoutes {
    func addBalanceRoutes(to api: SandboxRouterGroup) {
        // Balances carry an ETag like the lists: a dashboard polling them gets 304 while
        // nothing moves.
        api.get("balances") { request, context -> Response in
            let (balances, etag) = await account(context).balances()
            var reply = Reply.success(Messages.balanceRetrieved) { balances.write(to: &$0) }
            reply.etag = etag
            return await respond(reply, request, context)
        }
    }
}
