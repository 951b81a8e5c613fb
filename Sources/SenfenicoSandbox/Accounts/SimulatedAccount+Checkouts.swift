import SenfenicoAPI

extension SimulatedAccount {
    /// A checkout waits for its customer on the payment page (`CheckoutPage/`), which pays it
    /// through a charge (see `SimulatedAccount+CheckoutPayment.swift`). `phone` and `provider`
    /// are `""` until then, as in the fetch sample; `email` is null when none was given.
    func createCheckout(_ input: CheckoutInput, baseURL: String) -> CheckoutSession {
        let now = prepare()
        let checkout = Checkout(
            email: input.email, reference: References.prefixed("chk", using: &generator), chargeReference: nil,
            amount: input.amount, successURL: input.successURL, cancelURL: input.cancelURL, phone: "", provider: "",
            liveMode: false, createdAt: now, updatedAt: now, status: .pending)
        checkoutIndex[checkout.reference] = checkouts.count
        checkouts.append(checkout)
        changed(.checkouts, row: checkouts.count - 1)
        return CheckoutSession(
            reference: checkout.reference,
            authorizationURL: "\(baseURL)/v1/checkout_payment/payment_page/\(checkout.reference)/", liveMode: false)
    }

    func checkout(_ reference: String) -> Checkout? {
        _ = prepare()
        return checkoutIndex[reference].map { checkouts[$0] }
    }

    func checkoutList() -> EncodedList {
        _ = prepare()
        return list(.checkouts, message: Messages.checkoutList, rows: checkouts) { checkout, json in
            checkout.write(to: &json)
        }
    }
}
