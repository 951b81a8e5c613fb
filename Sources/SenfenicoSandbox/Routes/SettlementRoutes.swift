import Hummingbird
import SenfenicoAPI

extension SandboxRoutes {
    func addSettlementRoutes(to api: SandboxRouterGroup) {
        api.post("settlements") { request, context -> Response in
            switch await fields(request, context).flatMap(SettlementInput.parse) {
            case .failure(let failure):
                return await respond(failure, request, context)
            case .success(let input):
                do throws(SandboxFailure) {
                    let settlement = try await account(context).createSettlement(input)
                    let reply = Reply.success(Messages.settlementCreated, status: .created) {
                        settlement.write(to: &$0)
                    }
                    return await respond(reply, request, context)
                } catch {
                    return await respond(error, request, context)
                }
            }
        }

        api.get("settlements/:reference") { request, context -> Response in
            let reference = context.parameters.get("reference") ?? ""
            guard let settlement = await account(context).settlement(reference) else {
                return await respond(.plain(Messages.settlementNotFound, status: .notFound), request, context)
            }
            return await respond(.success(Messages.settlementRetrieved) { settlement.write(to: &$0) }, request, context)
        }

        api.get("settlements") { request, context -> Response in
            await respond(list: await account(context).settlementList(), request, context)
        }

        // The reference cancels with GET; POST is accepted too, as a cancel changes state.
        api.get("settlements/:reference/cancel") { request, context in await cancel(request, context) }
        api.post("settlements/:reference/cancel") { request, context in await cancel(request, context) }
    }

    func cancel(_ request: Request, _ context: SandboxRequestContext) async -> Response {
        let reference = context.parameters.get("reference") ?? ""
        do throws(SandboxFailure) {
            let settlement = try await account(context).cancelSettlement(reference)
            return await respond(.success(Messages.settlementCancelled) { settlement.write(to: &$0) }, request, context)
        } catch {
            return await respond(error, request, context)
        }
    }
}
