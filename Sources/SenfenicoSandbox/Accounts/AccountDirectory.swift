import SenfenicoAPI

/// The simulated accounts, one per test key, created on the key's first request.
actor AccountDirectory {
    private let configuration: AccountConfiguration
    private var accounts: [String: SimulatedAccount] = [:]

    init(configuration: AccountConfiguration) {
        self.configuration = configuration
    }

    func account(for key: String) -> SimulatedAccount {
        if let account = accounts[key] { return account }
        let account = SimulatedAccount(
            serial: accounts.count + 1, configuration: configuration, createdAt: configuration.clock.now())
        accounts[key] = account
        return account
    }
}

extension AccountDirectory {
    /// The checkout with this reference in any account: the payment page is opened by the
    /// customer's browser, which carries no API key.
    func findCheckout(_ reference: String) async -> Checkout? {
        for account in accounts.values {
            if let checkout = await account.checkout(reference) { return checkout }
        }
        return nil
    }
}
