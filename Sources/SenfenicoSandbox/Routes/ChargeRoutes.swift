import Hummingbird
import SenfenicoAPI

extension SandboxRoutes {
    func addChargeRoutes(to api: SandboxRouterGroup) {
        // Create: 201 with `reference`, `status`, `display_text`, `live_mode`.
        api.post("charges") { request, context -> Response in
            switch await fields(request, context).flatMap(ChargeInput.parse) {
            case .failure(let failure):
                return await respond(failure, request, context)
            case .success(let input):
                do throws(SandboxFailure) {
                    let attempt = try await account(context).createCharge(input, ip: context.clientIP)
                    let reply = Reply.success(Messages.chargeAttempted, status: .created) { attempt.write(to: &$0) }
                    return await respond(reply, request, context)
                } catch {
                    return await respond(error, request, context)
                }
            }
        }

        // Submit OTP: 200 with the charge in the submit sample's shape (no `phone`,
        // `created_at`, `updated_at`; `fees` as a number).
        api.post("charges/submit") { request, context -> Response in
            switch await fields(request, context).flatMap(OTPInput.parse) {
            case .failure(let failure):
                return await respond(failure, request, context)
            case .success(let input):
                do throws(SandboxFailure) {
                    let charge = try await account(context).submitOTP(input, ip: context.clientIP)
                    let reply = Reply.success(Messages.chargeCompleted) { charge.write(to: &$0, shape: .submitAnswer) }
                    return await respond(reply, request, context)
                } catch {
                    return await respond(error, request, context)
                }
            }
        }

        api.get("charges/:reference") { request, context -> Response in
            let reference = context.parameters.get("reference") ?? ""
            guard let charge = await account(context).charge(reference) else {
                return await respond(.plain(Messages.chargeNotFound, status: .notFound), request, context)
            }
            let reply = Reply.success(Messages.chargeFetched) { charge.write(to: &$0, shape: .full) }
            return await respond(reply, request, context)
        }

        api.get("charges") { request, context -> Response in
            await respond(list: await account(context).chargeList(), request, context)
        }
    }
}
