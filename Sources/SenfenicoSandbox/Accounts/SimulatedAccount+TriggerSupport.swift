import SenfenicoAPI

extension SimulatedAccount {
    /// Pays a pending checkout at once, as a customer would on its payment page with a test
    /// number and the test OTP, through the page's own steps (so the checkout, its charge and
    /// their webhooks change exactly as they do for a customer). A magic number that fails
    /// (`XX000001`, `XX000004`, ...) leaves the checkout `failed`. For `senfenico trigger
    /// checkout.completed`, which needs a paid checkout without a browser.
    func payCheckoutNow(_ reference: String, phone: PhoneNumber, provider: Provider, ip: String)
        throws(SandboxFailure) -> Checkout
    {
        guard var payment = try startCheckoutCharge(reference, phone: phone, provider: provider, ip: ip) else {
            throw .plain(Messages.checkoutNotFound, status: .notFound)
        }
        if let charge = payment.charge {
            switch charge.status {
            case .sendOTP:
                // A refused OTP (the magic numbers that fail there) ends the charge, and the
                // checkout follows it: the outcome is read from the checkout below.
                payment = (try? submitCheckoutOTP(reference, otp: TestOTP.value, ip: ip)) ?? payment
            case .payOffline:
                // The customer's confirmation on the phone, without waiting for it.
                completeOfflineCharge(charge.reference, at: prepare())
            default:
                break
            }
        }
        return checkout(reference) ?? payment.checkout
    }
}
