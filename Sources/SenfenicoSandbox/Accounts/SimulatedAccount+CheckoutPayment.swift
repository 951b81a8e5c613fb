import SenfenicoAPI

/// A checkout as its payment page sees it: the checkout and the charge started for it, if any.
struct CheckoutPayment: Sendable {
    var checkout: Checkout
    var charge: Charge?

    /// What the customer must do next for the charge (the create answer's `display_text`).
    var displayText: String? {
        guard let charge, let provider = charge.provider else { return nil }
        return OperatorTexts.displayText(provider: provider, amount: charge.amount)
    }
}

/// The customer's side of a checkout: the hosted page creates a real charge in the account for
/// the checkout's amount, then the checkout follows that charge to `success` or `failed`.
///
/// The reference documents only `pending`, `success` and `failed` for a checkout, so a checkout
/// the customer cancels ends `failed`, and the charge it had started ends `canceled` (the
/// charge status list has it) with `cancelled_at` and a `cancellation_reason`.
extension SimulatedAccount {
    static let customerCancellationReason = "Cancelled by the customer on the payment page"

    func checkoutPayment(_ reference: String) -> CheckoutPayment? {
        _ = prepare()
        return payment(at: checkoutIndex[reference])
    }

    /// Starts the checkout's charge with the operator and phone the customer chose.
    ///
    /// A checkout that already has an open or finished charge, or is no longer `pending`, gets
    /// no second charge (a form sent twice must not charge twice): its state comes back as is.
    /// A refusal at create (`INVALID_ACCOUNT`, ...) makes no charge and leaves the checkout
    /// `pending`, so the customer can try another number.
    func startCheckoutCharge(
        _ reference: String, phone: PhoneNumber, provider: Provider, ip: String
    ) throws(SandboxFailure) -> CheckoutPayment? {
        let now = prepare()
        guard let index = checkoutIndex[reference] else { return nil }
        guard checkouts[index].status == .pending, checkouts[index].chargeReference == nil else {
            return payment(at: index)
        }
        let input = ChargeInput(amount: checkouts[index].amount, phone: phone, provider: provider)
        let attempt = try createCharge(input, ip: ip)
        checkouts[index].chargeReference = attempt.reference
        // As in the list sample (`77xxxxxx`): the merchant sees the operator, not the number.
        checkouts[index].phone = phone.prefix + "xxxxxx"
        checkouts[index].provider = provider.rawValue
        checkouts[index].updatedAt = now
        changed(.checkouts, row: index)
        return payment(at: index)
    }

    /// Submits the OTP the customer typed for the checkout's charge. The charge's own rules
    /// apply (every attempt recorded, `OTP_INVALID` lets them retry, `OTP_EXPIRED` ends it);
    /// the checkout follows the charge through ``checkoutFollowsCharge(_:at:)``.
    func submitCheckoutOTP(_ reference: String, otp: String, ip: String) throws(SandboxFailure) -> CheckoutPayment? {
        _ = prepare()
        guard let index = checkoutIndex[reference] else { return nil }
        guard checkouts[index].status == .pending, let chargeReference = checkouts[index].chargeReference else {
            return payment(at: index)
        }
        _ = try submitOTP(OTPInput(otp: otp, chargeReference: chargeReference), ip: ip)
        return payment(at: index)
    }

    /// The customer gave up: a `pending` checkout ends `failed` and its open charge `canceled`.
    /// A checkout already paid stays paid.
    func cancelCheckout(_ reference: String) -> CheckoutPayment? {
        let now = prepare()
        guard let index = checkoutIndex[reference] else { return nil }
        guard checkouts[index].status == .pending else { return payment(at: index) }
        if let chargeReference = checkouts[index].chargeReference, let chargeRow = chargeIndex[chargeReference],
            charges[chargeRow].status.isOpen
        {
            charges[chargeRow].status = .canceled
            charges[chargeRow].cancelledAt = now
            charges[chargeRow].cancellationReason = Self.customerCancellationReason
            charges[chargeRow].updatedAt = now
            changed(.charges, row: chargeRow)
        }
        checkouts[index].status = .failed
        checkouts[index].updatedAt = now
        changed(.checkouts, row: index)
        return payment(at: index)
    }

    /// Called wherever a charge changes status: the `pending` checkout paid by this charge
    /// ends `success` when the charge succeeds and `failed` when it fails, whether the change
    /// came from the payment page, an API call on the charge, or a pay_offline completion.
    func checkoutFollowsCharge(_ charge: Charge, at time: Timestamp) {
        let outcome: CheckoutStatus
        switch charge.status {
        case .success: outcome = .success
        case .failed, .canceled: outcome = .failed
        default: return
        }
        // Few checkouts per account: a scan is cheaper than keeping a second index in step.
        guard
            let index = checkouts.firstIndex(where: {
                $0.chargeReference == charge.reference && $0.status == .pending
            })
        else { return }
        checkouts[index].status = outcome
        checkouts[index].updatedAt = time
        changed(.checkouts, row: index)
    }

    private func payment(at index: Int?) -> CheckoutPayment? {
        guard let index else { return nil }
        let checkout = checkouts[index]
        let charge = checkout.chargeReference.flatMap { chargeIndex[$0] }.map { charges[$0] }
        return CheckoutPayment(checkout: checkout, charge: charge)
    }
}
