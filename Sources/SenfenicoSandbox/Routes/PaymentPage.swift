import Hummingbird

extension SandboxRoutes {
    /// `authorization_url` of a checkout: the hosted page where the customer pays, under
    /// `/v1/checkout_payment/`. The page itself lives in `CheckoutPage/`.
    func addPaymentPage(to group: SandboxRouterGroup) {
        addCheckoutPageRoutes(to: group)
    }
}
