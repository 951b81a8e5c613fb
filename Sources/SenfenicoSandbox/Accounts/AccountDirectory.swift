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
    /// The account holding this checkout, for its payment page: the customer's browser
    /// carries no API key.
    func account(holdingCheckout reference: String) async -> SimulatedAccount? {
        for account in accounts.values {
            if await account.checkout(reference) != nil { return account }
        }
        return nil
    }
}
