import Localization
import SenfenicoAPI

extension AppState {
    /// Opens a form; a checkout form starts with the URLs used last in this session, since a
    /// shop sends every customer back to the same pages.
    mutating func openForm(_ kind: OperationKind) {
        var form = OperationForm(kind: kind)
        if kind == .checkout, let urls = lastCheckoutURLs {
            form.successURLText = urls.success
            form.cancelURLText = urls.cancel
        }
        self.form = form
    }

    /// Why a transfer cannot be paid from its wallet, when the loaded balance already says so:
    /// refused here rather than by the server. `nil` when it fits or the balance is unknown.
    func transferShortfall(_ form: OperationForm) -> LocalizedText? {
        guard let amount = form.amount, let wallet = form.effectiveWallet, let balances else { return nil }
        let available = balances.transfer[wallet].available
        let debit = TransferFees.estimatedDebit(amount)
        guard debit > available else { return nil }
        return LocalizedText(
            en: Strings.Operations.insufficient.filling([
                "wallet": wallet.displayName, "total": debit.formatted(.english),
                "available": available.formatted(.english),
            ]).english,
            fr: Strings.Operations.insufficient.filling([
                "wallet": wallet.displayName, "total": debit.formatted(.french),
                "available": available.formatted(.french),
            ]).french)
    }

    /// After a form closes on a result: the balances and the list it changed, at once.
    mutating func refreshAfterOperation(_ kind: OperationKind) -> [Effect] {
        var kinds: [FetchKind] = [.balances]
        switch kind {
        case .transfer: kinds.append(.transfers)
        case .settlement: kinds.append(.settlements)
        case .checkout: kinds.append(.checkouts)
        }
        return startFetches(kinds)
    }

    /// `a`/F8 with no charge waiting: the oldest unfinished transfer, in its form at the
    /// "answer lost" step, where `r` sends it again with its own ext_id.
    mutating func reopenUnfinishedTransfer() {
        guard form == nil, !transferAttention.isEmpty else { return }
        let request = transferAttention.removeFirst()
        var form = OperationForm(kind: .transfer)
        form.amountText = String(request.amount.francs)
        form.phoneText = request.recipientPhone.digits
        form.wallet = request.recipientWallet
        form.walletChosen = request.recipientWallet != nil
        form.extID = request.extID
        form.step = .done
        form.outcome = .unknown(
            .outcomeUnknown(
                OutcomeUnknown(
                    operation: .transferCreate, extID: request.extID,
                    cause: Strings.Operations.unfinishedAtStart.english)))
        self.form = form
    }

    /// True while a transfer, settlement or checkout request is out: quitting asks first.
    var isOperationInFlight: Bool { form?.step == .sending || bulk?.step == .running }
}

/// A checkout's return pages.
public struct CheckoutURLs: Sendable, Hashable {
    public var success: String
    public var cancel: String

    public init(success: String, cancel: String) {
        self.success = success
        self.cancel = cancel
    }
}
