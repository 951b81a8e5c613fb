/// Which money the dashboard is looking at; it decides the banner.
public enum DashboardMode: Sendable, Hashable {
    /// The embedded sandbox, no API key.
    case sandbox
    /// `sk_test_…` against Senfenico.
    case test
    /// `sk_live_…`: real money, red banner.
    case live
}

/// The three panes Tab moves between, in order.
public enum Pane: Sendable, Hashable, CaseIterable {
    case balances, charges, transfers
    /// The lists of the settlements and checkouts pages.
    case settlements, checkouts

    /// The panes of the main page, which Tab cycles through.
    public static let overview: [Pane] = [.balances, .charges, .transfers]
}

/// What the body of the screen shows: the main page, or one of the operation pages.
public enum Page: Sendable, Hashable {
    case overview
    case settlements
    case checkouts
}

/// A balance that has a history (sparkline), a threshold and an alert.
public enum BalanceSeries: String, Sendable, Hashable, CaseIterable {
    case collectionAvailable = "collection.available"
    case collectionPending = "collection.pending"
    case transferTotal = "transfer.total"
    case orange = "transfer.orange"
    case moov = "transfer.moov"
    case sank = "transfer.sank"
}

/// What the data fetches are; each runs as an effect elsewhere.
public enum FetchKind: Sendable, Hashable, CaseIterable {
    case balances, charges, transfers, settlements, checkouts
}
