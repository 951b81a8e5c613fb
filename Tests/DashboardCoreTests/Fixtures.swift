import DashboardCore
import SenfenicoAPI

/// Fixed data and a fixed "now" so every rendered screen is the same on every run.
enum Fixtures {
    static let now = Timestamp(iso8601: "2024-08-18T12:53:03Z")!
    static let refreshedAt = Timestamp(iso8601: "2024-08-18T12:53:00Z")!

    static func time(_ text: String) -> Timestamp { Timestamp(iso8601: "2024-08-18T\(text)Z")! }

    static let balances = Balances(
        collection: CollectionBalance(available: Money(francs: 18_692), pending: Money(francs: 2_500)),
        transfer: TransferBalances(
            totalAvailable: Money(francs: 300_000), totalPending: .zero,
            orange: WalletBalance(available: Money(francs: 100_000), pending: .zero),
            moov: WalletBalance(available: Money(francs: 100_000), pending: .zero),
            sank: WalletBalance(available: Money(francs: 100_000), pending: .zero)))

    static let charges: [Charge] = [
        Charge(
            reference: "ch_fa2b1c3d", amount: Money(francs: 5_000), fees: FeeRate("3.50"),
            transactionDate: time("12:52:33"),
            ipAddress: "102.180.1.7", status: .success, provider: .orange, phone: "76000000",
            createdAt: time("12:52:33"), updatedAt: time("12:52:40"),
            confirmationAttempts: [
                ConfirmationAttempt(
                    ipAddress: "102.180.1.7", attemptDate: time("12:52:38"), confirmationStatus: .failed),
                ConfirmationAttempt(
                    ipAddress: "102.180.1.7", attemptDate: time("12:52:40"), confirmationStatus: .success),
            ]),
        Charge(
            reference: "ch_été_café_支付", amount: Money(francs: 1_250), fees: FeeRate("3.50"), status: .sendOTP,
            provider: .moov, phone: "70112233", createdAt: time("12:40:00")),
        Charge(
            reference: "ch_\u{1B}[31mevil\u{07}", amount: Money(francs: 100), status: .unknown("reversed"),
            provider: .sank,
            phone: "77xxxxxx", createdAt: time("11:05:12")),
        Charge(
            reference: "ch_0003", amount: Money(hundredths: 123_456_789), status: .failed, provider: .orange,
            phone: "75998877", createdAt: time("10:00:00")),
    ]

    static let transfers: [Transfer] = [
        Transfer(
            reference: "tr_77aa", amount: Money(francs: 25_000), fees: FeeRate("1.00"), recipientPhone: "76000000",
            status: .pending, recipientWallet: .orange, extID: "Salaire août — Aïcha", createdAt: time("12:30:00")),
        Transfer(
            reference: "tr_77ab", amount: Money(francs: 7_500), recipientPhone: "70000000", status: .success,
            recipientWallet: .moov, extID: "工资テスト😀", createdAt: time("09:15:00")),
    ]

    /// A state as the dashboard has it after two successful refreshes.
    static func loadedState(mode: DashboardMode = .sandbox) -> AppState {
        var state = AppState(mode: mode, now: refreshedAt)
        var lower = balances
        lower.collection.available = Money(francs: 15_000)
        _ = reduce(&state, .balancesLoaded(lower, at: time("12:52:55")))
        _ = reduce(&state, .balancesLoaded(balances, at: refreshedAt))
        _ = reduce(&state, .chargesLoaded(charges, at: refreshedAt))
        _ = reduce(&state, .transfersLoaded(transfers, at: refreshedAt))
        _ = reduce(&state, .tick(now))
        state.focus = .charges
        return state
    }
}
