import Localization
import SenfenicoAPI
import Testing

@testable import DashboardCore

/// Every screen of the overlay stack, drawn over the dashboard at the three sizes people use:
/// a laptop terminal (80x24), a desktop one (120x40) and a wall screen (200x60).
@Suite struct OverlaySnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    static let settlement = Settlement(
        reference: "stl_5b1e", amount: Money(francs: 150_000), settlementFees: Money(francs: 1_500),
        status: .processing, createdAt: Fixtures.time("11:30:00"), updatedAt: Fixtures.time("11:30:05"),
        accountType: .mobile, destination: SettlementDestination(provider: "orange_bf", phone: "76000000"))

    static let checkout = Checkout(
        email: "awa@example.bf", reference: "chk_9c2d", chargeReference: nil, amount: Money(francs: 12_500),
        successURL: "https://shop.example.bf/ok", cancelURL: "https://shop.example.bf/ko", phone: nil, provider: nil,
        liveMode: false, createdAt: Fixtures.time("12:10:00"), updatedAt: Fixtures.time("12:10:00"), status: .pending)

    /// The state with one screen open, reached by the keys a person would press.
    static func state(with kind: Overlay.Kind) -> AppState {
        var state = Fixtures.loadedState()
        state.settlements = [settlement]
        state.checkouts = [checkout]
        func press(_ keys: Key...) { for key in keys { _ = reduce(&state, .key(key)) } }
        switch kind {
        case .wizard: press(.character("c"))
        case .detail: press(.enter)
        case .form: press(.character("t"))
        case .bulk: press(.character("b"))
        case .cancelQuestion: press(.character("s"), .character("x"))
        case .checkout: press(.character("p"), .enter)
        case .explorer: press(.character("d"))
        case .help: press(.character("?"))
        case .quitQuestion:
            state.cancelInFlight = "stl_0a0a"
            press(.character("q"))
        }
        return state
    }

    @Test(arguments: Overlay.Kind.allCases)
    func eachScreenAtEachSize(kind: Overlay.Kind) {
        let state = Self.state(with: kind)
        #expect(state.topOverlay == kind)
        for size in Self.sizes {
            assertSnapshot(
                render(state, theme: .fallback, size: size, language: .french),
                named: "overlay-\(kind)-\(size.width)x\(size.height)-fr")
        }
    }

    /// At 80x24 a charge's detail is taller than the screen: it scrolls, and says which lines
    /// are shown, down to its last confirmation attempt.
    @Test func aDetailScrollsToItsLastLine() {
        var state = Self.state(with: .detail)
        // Four confirmation attempts: the third and fourth are below the box at 80x24.
        var charges = state.charges
        charges[0].confirmationAttempts += [
            ConfirmationAttempt(
                ipAddress: "102.180.1.8", attemptDate: Fixtures.time("12:52:45"), confirmationStatus: .failed),
            ConfirmationAttempt(
                ipAddress: "102.180.1.9", attemptDate: Fixtures.time("12:52:50"), confirmationStatus: .success),
        ]
        state.charges = charges
        let size = Size(width: 80, height: 24)
        let top = render(state, theme: .fallback, size: size, language: .french).lines.joined(separator: "\n")
        #expect(top.contains("lignes 1–"))
        _ = reduce(&state, .key(.end))
        let bottom = render(state, theme: .fallback, size: size, language: .french)
        assertSnapshot(bottom, named: "detail-scrolled-end-80x24-fr")
        #expect(bottom.lines.joined().contains("12:52:50"), "the last confirmation attempt is in reach")
        _ = reduce(&state, .key(.wheelUp))
        _ = reduce(&state, .key(.home))
        #expect(render(state, theme: .fallback, size: size, language: .french).lines.joined(separator: "\n") == top)
    }
}
