import DashboardCore
import Foundation
import Testing

@testable import DashboardApp

@Suite struct FramePacingTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// `shouldDraw` as a value for `#expect`, which cannot call a mutating method itself.
    func draw(_ pacing: inout FramePacing, changed: Bool, clockOnly: Bool, startedReads: Bool, now: Date) -> Bool {
        pacing.shouldDraw(changed: changed, clockOnly: clockOnly, startedReads: startedReads, now: now)
    }

    @Test func aRefreshTickWaitsForItsAnswerThenDrawsOnce() {
        var pacing = FramePacing()
        #expect(!draw(&pacing, changed: true, clockOnly: true, startedReads: true, now: start))
        #expect(pacing.wait(5_000, now: start) == 250)
        // The answer comes 4 ms later: one frame for both.
        #expect(draw(&pacing, changed: true, clockOnly: false, startedReads: false, now: start + 0.004))
        #expect(pacing.heldUntil == nil)
        #expect(pacing.wait(5_000, now: start + 0.004) == 5_000)
    }

    @Test func aHeldFrameIsDrawnWhenNoAnswerCame() {
        var pacing = FramePacing()
        #expect(!draw(&pacing, changed: true, clockOnly: true, startedReads: true, now: start))
        #expect(!draw(&pacing, changed: false, clockOnly: true, startedReads: false, now: start + 0.1))
        #expect(pacing.wait(5_000, now: start + 0.1) == 150)
        #expect(draw(&pacing, changed: false, clockOnly: true, startedReads: false, now: start + 0.25))
        #expect(!draw(&pacing, changed: false, clockOnly: true, startedReads: false, now: start + 0.3))
    }

    @Test func keysAnswersAndPlainTicksDrawAtOnce() {
        var pacing = FramePacing()
        #expect(draw(&pacing, changed: true, clockOnly: false, startedReads: true, now: start))
        #expect(draw(&pacing, changed: true, clockOnly: true, startedReads: false, now: start))
        #expect(!draw(&pacing, changed: false, clockOnly: false, startedReads: false, now: start))
        // A second refresh tick while a frame is held draws at once: never held twice in a row.
        #expect(!draw(&pacing, changed: true, clockOnly: true, startedReads: true, now: start))
        #expect(draw(&pacing, changed: true, clockOnly: true, startedReads: true, now: start + 0.1))
    }

    @Test func onlyRefreshReadsCount() {
        #expect(Effect.fetchBalances.isRefreshRead)
        #expect(Effect.fetchAllCharges.isRefreshRead)
        #expect(!Effect.ringBell.isRefreshRead)
        #expect(!Effect.cancelSettlement(reference: "st_1").isRefreshRead)
    }
}
