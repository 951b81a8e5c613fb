/// What sending a transfer with an `ext_id` came to.
public enum TransferSendResult: Sendable, Hashable {
    /// This request made the transfer.
    case created(Transfer)
    /// The server refused the request, and a transfer with the same `ext_id` already exists: an
    /// earlier attempt whose answer was lost did go through. Nothing was paid twice.
    case alreadyCreated(Transfer)

    public var transfer: Transfer {
        switch self {
        case .created(let transfer), .alreadyCreated(let transfer): transfer
        }
    }
}

extension SenfenicoClient {
    /// Sends a transfer once; safe to call again with the same `extID` after a lost answer.
    ///
    /// The reference does not say how the API refuses a reused `ext_id` (the sandbox answers a
    /// field error on `ext_id`), so any refusal of a request carrying an `extID` is checked
    /// against the transfers list: when one with that `extID` exists, it is the earlier attempt.
    public func createTransferOnce(_ request: TransferRequest) async throws(SenfenicoError) -> TransferSendResult {
        do {
            return .created(try await createTransfer(request))
        } catch {
            guard case .api = error, let extID = request.extID else { throw error }
            guard let earlier = try await transfer(extID: extID) else { throw error }
            return .alreadyCreated(earlier)
        }
    }

    /// The transfer sent with this `ext_id`, if any. The API has no lookup by `ext_id`, so the
    /// list is read (and revalidated with its ETag when nothing changed).
    public func transfer(extID: String) async throws(SenfenicoError) -> Transfer? {
        try await transfers().first { $0.extID == extID }
    }
}
