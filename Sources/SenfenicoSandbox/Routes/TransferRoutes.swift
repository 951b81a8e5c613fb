import Hummingbird
import SenfenicoAPI

extension SandboxRoutes {
    func addTransferRoutes(to api: SandboxRouterGroup) {
        // Create: 201, `fees` as a number as in the create sample.
        api.post("transfers") { request, context -> Response in
            switch await fields(request, context).flatMap(TransferInput.parse) {
            case .failure(let failure):
                return await respond(failure, request, context)
            case .success(let input):
                do throws(SandboxFailure) {
                    let transfer = try await account(context).createTransfer(input, ip: context.clientIP)
                    let reply = Reply.success(Messages.transferQueued, status: .created) {
                        transfer.write(to: &$0, shape: .createAnswer)
                    }
                    return await respond(reply, request, context)
                } catch {
                    return await respond(error, request, context)
                }
            }
        }

        // The reference prints `GET` for the bulk endpoint (with a body) while its axios
        // sample posts: both are accepted.
        api.post("transfers/bulk") { request, context in await bulk(request, context) }
        api.get("transfers/bulk") { request, context in await bulk(request, context) }

        api.get("transfers/:reference") { request, context -> Response in
            let reference = context.parameters.get("reference") ?? ""
            guard let transfer = await account(context).transfer(reference) else {
                return await respond(.plain(Messages.transferNotFound, status: .notFound), request, context)
            }
            let reply = Reply.success(Messages.transferRetrieved) { transfer.write(to: &$0, shape: .fetchAnswer) }
            return await respond(reply, request, context)
        }

        api.get("transfers") { request, context -> Response in
            await respond(list: await account(context).transferList(), request, context)
        }
    }

    /// `{"transfers": [...]}` → `{"status": true, "message": "<n> transfers queued for
    /// processing", "failed_transfers": [...]}` (no `data`, as in the sample), HTTP 200 even
    /// when some items are refused: the outcome is per item.
    func bulk(_ request: Request, _ context: SandboxRequestContext) async -> Response {
        let account = await account(context)
        do throws(SandboxFailure) {
            try await account.admitBulkCall()
        } catch {
            return await respond(error, request, context)
        }
        var body: RequestFields
        switch await fields(request, context) {
        case .failure(let failure): return await respond(failure, request, context)
        case .success(let fields): body = fields
        }
        guard let list = body.list("transfers") else {
            return await respond(body.failure ?? .field("transfers", FieldMessages.required), request, context)
        }
        guard list.count <= Validator.maximumBulkSize else {
            return await respond(
                .payment(.batchSizeLimitExceeded, message: Messages.batchSizeExceeded), request, context)
        }
        guard !list.isEmpty else {
            return await respond(.field("transfers", FieldMessages.emptyList), request, context)
        }

        var items: [Result<TransferInput, SandboxFailure>] = []
        var echoes: [FailedTransfer] = []
        for element in list {
            guard let values = element as? [String: Any] else {
                items.append(
                    .failure(
                        .field(
                            "non_field_errors",
                            "Invalid data. Expected a dictionary, but got \(RequestFields.typeName(element)).")))
                echoes.append(
                    FailedTransfer(amount: nil, recipientPhone: nil, recipientWallet: nil, extID: nil, errors: [:]))
                continue
            }
            let item = RequestFields(values: values)
            items.append(TransferInput.parse(item))
            echoes.append(TransferInput.echo(item))
        }
        let (queued, failed) = await account.bulkTransfer(items, echoes: echoes, ip: context.clientIP)
        var json = JSONWriter()
        json.object { json in
            json.member("status", true)
            json.member("message", Messages.bulkQueued(queued))
            json.key("failed_transfers")
            json.array { json in
                for refused in failed { refused.write(to: &json) }
            }
        }
        return await respond(Reply(status: .ok, body: ByteBuffer(bytes: json.bytes)), request, context)
    }
}
