import SenfenicoAPI

extension SimulatedAccount {
    /// Where test-mode settlements go: the samples' bank account, `rib` "YOUR RIB", other
    /// details null.
    static let settlementDestination = SettlementDestination(rib: "YOUR RIB")

    /// Takes the amount from collection `available` into collection `pending` (the
    /// reference: pending "includes funds that are in transfer or settlement"). More than
    /// is available is `INSUFFICIENT_FUNDS`.
    func createSettlement(_ input: SettlementInput) throws(SandboxFailure) -> Settlement {
        let now = prepare()
        guard input.amount <= collection.available else {
            throw .payment(.insufficientFunds, message: Messages.settlementInsufficientFunds)
        }
        collection.available = collection.available - input.amount
        collection.pending = collection.pending + input.amount
        let settlement = Settlement(
            reference: References.uuid(using: &generator), amount: input.amount, settlementFees: Pricing.settlementFees,
            currency: "XOF", status: .processing, liveMode: false, createdAt: now, updatedAt: now, accountType: .bank,
            destination: Self.settlementDestination)
        settlementIndex[settlement.reference] = settlements.count
        settlements.append(settlement)
        changed(.settlements, row: settlements.count - 1)
        events.schedule(
            .settlementAdvances(reference: settlement.reference),
            at: now.adding(microseconds: delays.settlementToInTransit))
        balancesChanged()
        return settlement
    }

    /// Only a `processing` settlement can be cancelled; its money returns to `available`.
    func cancelSettlement(_ reference: String) throws(SandboxFailure) -> Settlement {
        let now = prepare()
        guard let index = settlementIndex[reference] else {
            throw .plain(Messages.settlementNotFound, status: .notFound)
        }
        guard settlements[index].status == .processing else {
            throw .plain(Messages.settlementNotCancellable, status: .badRequest)
        }
        settlements[index].status = .cancelled
        settlements[index].updatedAt = now
        collection.pending = collection.pending - settlements[index].amount
        collection.available = collection.available + settlements[index].amount
        changed(.settlements, row: index)
        balancesChanged()
        return settlements[index]
    }

    /// processing → in_transit → success; at success the money has left the account.
    func advanceSettlement(_ reference: String, at time: Timestamp) {
        guard let index = settlementIndex[reference] else { return }
        switch settlements[index].status {
        case .processing:
            settlements[index].status = .inTransit
            events.schedule(
                .settlementAdvances(reference: reference), at: time.adding(microseconds: delays.settlementToSuccess))
        case .inTransit:
            settlements[index].status = .success
            collection.pending = collection.pending - settlements[index].amount
            balancesChanged()
        default:
            return
        }
        settlements[index].updatedAt = time
        changed(.settlements, row: index)
    }

    func settlement(_ reference: String) -> Settlement? {
        _ = prepare()
        return settlementIndex[reference].map { settlements[$0] }
    }

    func settlementList() -> EncodedList {
        _ = prepare()
        return list(.settlements, message: Messages.settlementList, rows: settlements) { settlement, json in
            settlement.write(to: &json)
        }
    }
}
