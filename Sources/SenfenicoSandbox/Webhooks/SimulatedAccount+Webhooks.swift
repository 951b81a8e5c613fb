import SenfenicoAPI

extension SimulatedAccount {
    /// Tells the webhook hub about a row that changed (called from ``changed(_:row:)``, which
    /// every change goes through): a new status becomes `charge.success`,
    /// `settlement.in_transit`, `transfer.failed`, `checkout.completed`…
    func announceChange(_ kind: ListKind, row: Int) {
        let hub = configuration.webhooks
        let prefix = "\(serial)/\(kind.rawValue)/"
        switch kind {
        case .charges where row < charges.count:
            let charge = charges[row]
            hub.announce(
                prefix + charge.reference, status: charge.status.rawValue,
                initialStatuses: ["send_otp", "pay_offline", "pending"], from: self
            ) { WebhookEvent(charge: charge) }
        case .transfers where row < transfers.count:
            let transfer = transfers[row]
            hub.announce(
                prefix + transfer.reference, status: transfer.status.rawValue, initialStatuses: ["pending"], from: self
            ) {
                WebhookEvent(transfer: transfer)
            }
        case .settlements where row < settlements.count:
            let settlement = settlements[row]
            hub.announce(
                prefix + settlement.reference, status: settlement.status.rawValue, initialStatuses: ["processing"],
                from: self
            ) { WebhookEvent(settlement: settlement) }
        case .checkouts where row < checkouts.count:
            let checkout = checkouts[row]
            hub.announce(
                prefix + checkout.reference, status: checkout.status.rawValue, initialStatuses: ["pending"], from: self
            ) {
                WebhookEvent(checkout: checkout)
            }
        default:
            return
        }
    }
}
