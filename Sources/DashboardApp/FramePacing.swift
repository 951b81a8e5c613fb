import DashboardCore
import Foundation

/// When the UI loop draws. At once after a key or a resize. A pass of the clock that started
/// background reads holds its frame for their answers instead: on loopback or a good network
/// they come within milliseconds and change the screen anyway (the data counter, the balances,
/// the lists), so an idle refresh costs one frame, however many reads it made. What the clock
/// changed is drawn when the last answer comes, or after `answerWait` at the latest, which is
/// too short for anybody to see.
struct FramePacing {
    static let answerWait: TimeInterval = 0.25

    /// What brought the loop's pass.
    enum Pass {
        /// A key, a click or a resize: a person is waiting for this frame.
        case input
        /// Answers, results and notices posted by the effects.
        case answers
        /// Only the clock's tick.
        case clock
    }

    /// A frame held for answers, and until when.
    private(set) var heldUntil: Date?

    /// Whether to draw after this pass of the loop.
    /// - Parameters:
    ///   - changed: the state may look different (or the terminal needs a whole frame).
    ///   - startedReads: the pass started background reads (a refresh).
    ///   - readsInFlight: reads are still waiting for their answers.
    mutating func shouldDraw(changed: Bool, pass: Pass, startedReads: Bool, readsInFlight: Bool, now: Date) -> Bool {
        guard let heldUntil else {
            guard changed else { return false }
            if pass == .clock, startedReads, readsInFlight {
                self.heldUntil = now.addingTimeInterval(Self.answerWait)
                return false
            }
            return true
        }
        // A frame is held: it waits for the last answer, unless a person acts or time is up.
        if pass != .input, readsInFlight, now < heldUntil { return false }
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
