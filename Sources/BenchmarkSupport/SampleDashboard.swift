import DashboardCore
import SenfenicoAPI

/// The dashboard as the frame benchmarks start from: balances shown, the sample charges and
/// transfers loaded, the charges pane focused (as after one Tab).
public enum SampleDashboard {
    /// When the sample rows end (the newest is older); the render benchmark's instant.
    public static let end = Timestamp(iso8601: "2024-08-18T12:53:00Z")!

    public static func state(charges: [Charge], transfers: [Transfer], at end: Timestamp = end) -> AppState {
        var state = AppState(mode: .sandbox, now: end)
        _ = reduce(&state, .balancesLoaded(SampleData.balances, at: end))
        _ = reduce(&state, .chargesLoaded(charges, at: end))
        _ = reduce(&state, .transfersLoaded(transfers, at: end.adding(seconds: 1)))
        _ = reduce(&state, .tick(end.adding(seconds: 3)))
        _ = reduce(&state, .key(.tab))
        precondition(state.focus == .charges, "Tab should focus the charges pane")
        return state
    }
}
