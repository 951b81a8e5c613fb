import SenfenicoAPI

extension SimulatedAccount {
    /// The bulk endpoint's limit: "You cannot call the bulk transfer endpoint more than 5
    /// times per second." Counted per account over any sliding second of sandbox time;
    /// refused calls do not count.
    static let bulkCallsPerSecond = 5

    func createTransfer(_ input: TransferInput, ip: String) throws(SandboxFailure) -> Transfer {
        let now = prepare()
        return try execute(input, ip: ip, now: now)
    }

    /// Refuses a bulk call over the rate limit (`RATE_LIMIT_EXCEEDED`, HTTP 429).
    func admitBulkCall() throws(SandboxFailure) {
        let now = prepare()
        let windowStart = now.adding(microseconds: -1_000_000)
        recentBulkCalls.removeAll { $0 <= windowStart }
        guard recentBulkCalls.count < Self.bulkCallsPerSecond else {
            throw .payment(
                .rateLimitExceeded, message: APIErrorCode.rateLimitExceeded.explanation.english,
                status: .tooManyRequests)
        }
        recentBulkCalls.append(now)
    }

    /// Runs each valid item as a single transfer would run; refused items come back with
    /// their errors. Returns how many were queued.
    func bulkTransfer(_ items: [Result<TransferInput, SandboxFailure>], echoes: [FailedTransfer], ip: String)
        -> (queued: Int, failed: [FailedTransfer])
    {
        let now = prepare()
        var queued = 0
        var failed: [FailedTransfer] = []
        for (item, echo) in zip(items, echoes) {
            let failure: SandboxFailure
            switch item {
            case .success(let input):
                do {
                    _ = try execute(input, ip: ip, now: now)
                    queued += 1
                    continue
                } catch {
                    failure = error
                }
            case .failure(let error):
                failure = error
            }
            var refused = echo
            switch failure {
            case .validation(let errors): refused.errors = errors
            case .payment(_, let message, _), .plain(let message, _): refused.errors = ["non_field_errors": [message]]
            }
            failed.append(refused)
        }
        return (queued, failed)
    }

    /// Takes amount + fee from the wallet's `available` into its `pending`, and queues the
    /// transfer; it completes after the transfer delay.
    ///
    /// An `ext_id` already used by this account is refused as a validation error on
    /// `ext_id`: a client that lost the answer to a transfer can send it again with the same
    /// `ext_id` and never pay twice.
    private func execute(_ input: TransferInput, ip: String, now: Timestamp) throws(SandboxFailure) -> Transfer {
        if let extID = input.extID, extIDs.contains(extID) {
            throw .field("ext_id", FieldMessages.extIDTaken)
        }
        let debit = Pricing.transferDebit(input.amount)
        var balance = wallet(input.wallet)
        guard balance.available >= debit else {
            throw .payment(.insufficientFunds, message: Messages.transferInsufficientFunds(input.wallet))
        }
        balance.available = balance.available - debit
        balance.pending = balance.pending + debit
        wallets[input.wallet] = balance

        let transfer = Transfer(
            reference: References.prefixed("tr", using: &generator), amount: input.amount, fees: Pricing.transferRate,
            recipientPhone: input.recipientPhone.digits, currency: "XOF", ipAddress: ip, status: .pending,
            liveMode: false, recipientWallet: input.wallet, extID: input.extID, createdAt: now)
        transferIndex[transfer.reference] = transfers.count
        transfers.append(transfer)
        if let extID = input.extID { extIDs.insert(extID) }
        events.schedule(
            .transferCompletes(reference: transfer.reference), at: now.adding(microseconds: delays.transferCompletes))
        changed(.transfers, row: transfers.count - 1)
        balancesChanged()
        return transfer
    }

    /// The money leaves the wallet's `pending`; a failed transfer (recipient `XX000001`)
    /// returns it to `available`.
    func completeTransfer(_ reference: String, at time: Timestamp) {
        guard let index = transferIndex[reference], transfers[index].status == .pending,
            let walletKind = transfers[index].recipientWallet
        else { return }
        let fails = MagicNumber(digits: transfers[index].recipientPhone ?? "")?.failsTransfer ?? false
        let debit = Pricing.transferDebit(transfers[index].amount)
        var balance = wallet(walletKind)
        balance.pending = balance.pending - debit
        if fails { balance.available = balance.available + debit }
        wallets[walletKind] = balance
        transfers[index].status = fails ? .failed : .success
        changed(.transfers, row: index)
        balancesChanged()
    }

    func transfer(_ reference: String) -> Transfer? {
        _ = prepare()
        return transferIndex[reference].map { transfers[$0] }
    }

    func transferList() -> EncodedList {
        _ = prepare()
        return list(.transfers, message: Messages.transferList, rows: transfers, write: Self.writeTransfer)
    }
}
