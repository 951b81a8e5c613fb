/// The documented endpoints. Inputs are validated before anything is sent; a rule broken
/// gives `SenfenicoError.validation` with the field's message.
extension SenfenicoClient {
    // MARK: Balances

    public func balances() async throws(SenfenicoError) -> Balances {
        try await single(.balances, path: Operation.balances.path(), payload: Balances.read) { $0.data }
    }

    // MARK: Charges

    /// Starts a charge. Sent once, never repeated: a lost answer is `outcomeUnknown`, and the
    /// caller finds the charge again in `charges()` by phone and amount.
    public func createCharge(_ request: ChargeRequest) async throws(SenfenicoError) -> ChargeAttempt {
        if case .failure(let issue) = Validator.amount(request.amount) { throw .validation(issue) }
        if case .failure(let issue) = Validator.phone(request.phone.digits, for: request.provider) {
            throw .validation(issue)
        }
        return try await single(
            .chargeCreate, path: Operation.chargeCreate.path(), body: request.jsonBody, payload: ChargeAttempt.read
        ) { $0.data }
    }

    /// Submits the customer's OTP. Sent once, never repeated.
    public func submitOTP(_ submission: OTPSubmission) async throws(SenfenicoError) -> Charge {
        let checked = try validated(
            OTPSubmission.validated(chargeReference: submission.chargeReference, otp: submission.otp))
        return try await single(
            .chargeSubmitOTP, path: Operation.chargeSubmitOTP.path(), body: checked.jsonBody,
            reference: checked.chargeReference, payload: Charge.read
        ) { $0.data }
    }

    public func charge(reference: String) async throws(SenfenicoError) -> Charge {
        let reference = try validated(Validator.reference(reference))
        return try await single(
            .chargeFetch, path: Operation.chargeFetch.path(reference: reference), payload: Charge.read
        ) {
            $0.data
        }
    }

    /// Every charge of the account, newest first as the server sends them.
    public func charges() async throws(SenfenicoError) -> [Charge] {
        try await list(.chargeList)
    }

    /// The newest `limit` charges only (the list is newest first and has no paging: the
    /// download stops once they are read), and whether that was the whole list.
    public func newestCharges(_ limit: Int) async throws(SenfenicoError) -> ListRead<Charge> {
        try await list(.chargeList, newest: limit)
    }

    /// The first `kept` charges of the list and how many it has: the whole answer is read,
    /// but rows past those are only checked as JSON and counted, never held.
    public func firstCharges(_ kept: Int) async throws(SenfenicoError) -> ListRead<Charge> {
        try await list(.chargeList, newest: nil, keeping: kept)
    }

    /// Every charge of the list handed to `take` as it is decoded, none held; `restart` is
    /// called before each attempt (a read tried again starts over). Returns how many there were.
    public func eachCharge(
        restart: @escaping () -> Void, _ take: @escaping (Charge) -> Void
    ) async throws(SenfenicoError) -> Int {
        try await list(.chargeList, newest: nil, each: (restart, take)).total
    }

    // MARK: Transfers

    /// Sends one payout. Sent once, never repeated: give an `extID` so that a lost answer can
    /// be reconciled by sending the same `extID` again (the server refuses a duplicate).
    public func createTransfer(_ request: TransferRequest) async throws(SenfenicoError) -> Transfer {
        _ = try validated(Validator.transferAmount(request.amount))
        return try await single(
            .transferCreate, path: Operation.transferCreate.path(), body: request.jsonBody, extID: request.extID,
            payload: Transfer.read
        ) { $0.data }
    }

    /// Sends up to 100 payouts in one call, paced to at most five calls per second.
    public func bulkTransfer(_ requests: [TransferRequest]) async throws(SenfenicoError) -> BulkTransferOutcome {
        _ = try validated(Validator.bulkSize(requests.count))
        for request in requests { _ = try validated(Validator.transferAmount(request.amount)) }
        let body = requests.bulkJSONBody
        do {
            return try await bulkPacer.paced { () async throws(SenfenicoError) -> BulkTransferOutcome in
                try await self.single(
                    .transferBulk, path: Operation.transferBulk.path(), body: body,
                    payload: { reader throws -> Void in try reader.skipValue() }
                ) { envelope in
                    BulkTransferOutcome(
                        message: envelope.message ?? "", failedTransfers: envelope.failedTransfers ?? [])
                }
            }
        } catch let error as SenfenicoError {
            throw error
        } catch {
            throw .transport(TransportFailure(kind: .other, detail: "cancelled", neverSent: true))
        }
    }

    public func transfers() async throws(SenfenicoError) -> [Transfer] {
        try await list(.transferList)
    }

    /// The newest `limit` transfers only, and whether that was the whole list.
    public func newestTransfers(_ limit: Int) async throws(SenfenicoError) -> ListRead<Transfer> {
        try await list(.transferList, newest: limit)
    }

    public func transfer(reference: String) async throws(SenfenicoError) -> Transfer {
        let reference = try validated(Validator.reference(reference))
        return try await single(
            .transferFetch, path: Operation.transferFetch.path(reference: reference), payload: Transfer.read
        ) { $0.data }
    }

    // MARK: Settlements

    /// Pays collected money out to the merchant's account. Sent once, never repeated.
    public func createSettlement(_ request: SettlementRequest) async throws(SenfenicoError) -> Settlement {
        _ = try validated(Validator.amount(request.amount))
        return try await single(
            .settlementCreate, path: Operation.settlementCreate.path(), body: request.jsonBody, payload: Settlement.read
        ) { $0.data }
    }

    public func settlement(reference: String) async throws(SenfenicoError) -> Settlement {
        let reference = try validated(Validator.reference(reference))
        return try await single(
            .settlementFetch, path: Operation.settlementFetch.path(reference: reference), payload: Settlement.read
        ) { $0.data }
    }

    public func settlements() async throws(SenfenicoError) -> [Settlement] {
        try await list(.settlementList)
    }

    /// Cancels a settlement still `processing`. A GET in the API, but it changes state, so it
    /// is never repeated automatically.
    public func cancelSettlement(reference: String) async throws(SenfenicoError) -> Settlement {
        let reference = try validated(Validator.reference(reference))
        return try await single(
            .settlementCancel, path: Operation.settlementCancel.path(reference: reference), reference: reference,
            payload: Settlement.read
        ) { $0.data }
    }

    // MARK: Checkouts

    /// Creates a hosted payment page. Sent once, never repeated.
    public func initializeCheckout(_ request: CheckoutRequest) async throws(SenfenicoError) -> CheckoutSession {
        let checked = try validated(
            CheckoutRequest.validated(
                amount: request.amount, email: request.email, successURL: request.successURL,
                cancelURL: request.cancelURL))
        return try await single(
            .checkoutInitialize, path: Operation.checkoutInitialize.path(), body: checked.jsonBody,
            payload: CheckoutSession.read
        ) { $0.data }
    }

    public func checkout(reference: String) async throws(SenfenicoError) -> Checkout {
        let reference = try validated(Validator.reference(reference))
        return try await single(
            .checkoutFetch, path: Operation.checkoutFetch.path(reference: reference), payload: Checkout.read
        ) { $0.data }
    }

    public func checkouts() async throws(SenfenicoError) -> [Checkout] {
        try await list(.checkoutList)
    }

    private func validated<Value>(_ result: Result<Value, ValidationIssue>) throws(SenfenicoError) -> Value {
        switch result {
        case .success(let value): return value
        case .failure(let issue): throw .validation(issue)
        }
    }
}
