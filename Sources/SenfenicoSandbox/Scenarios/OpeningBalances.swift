import SenfenicoAPI

/// What a new sandbox account holds before anything happens in it.
enum OpeningBalances {
    /// Collection `available` at opening: 100 000 F, the figure the test transfer wallets are
    /// topped up with. The reference's settlement samples ask for 1 000 F (cURL, Java, Node) and
    /// 5 000 F (PHP, Python); with an empty balance they fail with `INSUFFICIENT_FUNDS` on a
    /// fresh key, so a developer pasting them would meet an error the reference never shows.
    /// A round 100 000 F lets each sample run many times over.
    static let collection = Money(francs: 100_000)
}
