extension WebhookEvent {
    /// `charge.<status>` carrying the charge as a fetch answers it.
    public init(charge: Charge) {
        self.init(kind: .charge, status: charge.status.rawValue) { charge.write(to: &$0, shape: .full) }
    }

    /// `checkout.completed` when paid, else `checkout.<status>` (`checkout.failed`), carrying
    /// the checkout as a fetch answers it.
    public init(checkout: Checkout) {
        let status = checkout.status == .success ? "completed" : checkout.status.rawValue
        self.init(kind: .checkout, status: status) { checkout.write(to: &$0) }
    }

    /// `settlement.<status>` carrying the settlement as a fetch answers it.
    public init(settlement: Settlement) {
        self.init(kind: .settlement, status: settlement.status.rawValue) { settlement.write(to: &$0) }
    }

    /// `transfer.<status>` carrying the transfer as a fetch answers it.
    public init(transfer: Transfer) {
        self.init(kind: .transfer, status: transfer.status.rawValue) { transfer.write(to: &$0) }
    }

    /// The model is written by the same code that writes the API's answers (field for field,
    /// in the reference's order), then re-read and written again as Python would, so that
    /// `data` reads like the text of Senfenico's own Python servers.
    private init(kind: WebhookObjectKind, status: String, write: (inout JSONWriter) -> Void) {
        var json = JSONWriter()
        write(&json)
        // Our own writer's output is always JSON; a failure here would be a bug in it.
        let object = (try? PythonJSON.pythonLoads(json.bytes)) ?? .null
        self.init(name: kind.rawValue + "." + status, object: object)
    }
}
