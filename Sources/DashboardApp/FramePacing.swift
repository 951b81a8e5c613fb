import DashboardCore
import Foundation

/// When the UI loop draws. At once after a key, a resize or an answer. A pass of the clock that
/// only started background reads waits for their answer instead: on loopback or a good network
/// it comes within milliseconds and changes the screen anyway (the data counter, the balances),
/// so an idle refresh costs one frame instead of two. The wait is short enough that nobody
/// sees it: what the clock changed is drawn after `answerWait` at the latest.
struct FramePacing {
    static let answerWait: TimeInterval = 0.25

    /// A frame held back for an answer, and until when.
    private(set) var heldUntil: Date?

    /// Whether to draw after this pass of the loop.
    /// - Parameters:
    ///   - changed: the state changed (or the terminal needs a whole frame).
    ///   - clockOnly: the pass brought no key, resize or answer, only the clock's tick.
    ///   - startedReads: the pass started background reads (a refresh).
    mutating func shouldDraw(changed: Bool, clockOnly: Bool, startedReads: Bool, now: Date) -> Bool {
        if changed {
            if clockOnly, startedReads, heldUntil == nil {
                heldUntil = now.addingTimeInterval(Self.answerWait)
                return false
            }
            heldUntil = nil
            return true
        }
        guard let heldUntil, now >= heldUntil else { return false }
        self.heldUntil = nil
        return true
    }

    /// The loop's wait, shortened so a held frame is drawn on time.
    func wait(_ milliseconds: Int32, now: Date) -> Int32 {
        guard let heldUntil else { return milliseconds }
        let remaining = Int32((heldUntil.timeIntervalSince(now) * 1_000).rounded(.up))
        return max(0, min(milliseconds, remaining))
    }
}

extension Effect {
    /// A background read of a refresh: its answer redraws the screen.
    var isRefreshRead: Bool {
        switch self {
        case .fetchBalances, .fetchCharges, .fetchTransfers, .fetchAllCharges, .fetchAllTransfers,
            .fetchSettlements, .fetchCheckouts:
            true
        default: false
        }
    }
}
