import DashboardCore
import Foundation
import Testing

@testable import DashboardApp

@Suite struct FramePacingTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// `shouldDraw` as a value for `#expect`, which cannot call a mutating method itself.
    func draw(
        _ pacing: inout FramePacing, changed: Bool = true, _ pass: FramePacing.Pass, started: Bool = false,
        inFlight: Bool, at seconds: Double
    ) -> Bool {
        pacing.shouldDraw(
            changed: changed, pass: pass, startedReads: started, readsInFlight: inFlight,
            now: start.addingTimeInterval(seconds))
    }

    @Test func aRefreshIsOneFrameWhenItsLastAnswerComes() {
        var pacing = FramePacing()
        #expect(!draw(&pacing, .clock, started: true, inFlight: true, at: 0))
        #expect(pacing.wait(5_000, now: start) == 250)
        // The balances answer: the lists are still being read.
        #expect(!draw(&pacing, .answers, inFlight: true, at: 0.004))
        // The last answer, even one that changed nothing, draws what the others changed.
        #expect(draw(&pacing, changed: false, .answers, inFlight: false, at: 0.009))
        #expect(pacing.heldUntil == nil)
        #expect(pacing.wait(5_000, now: start.addingTimeInterval(0.01)) == 5_000)
    }

    @Test func aHeldFrameIsDrawnWhenNoAnswerCameInTime() {
        var pacing = FramePacing()
        #expect(!draw(&pacing, .clock, started: true, inFlight: true, at: 0))
        #expect(!draw(&pacing, changed: false, .clock, inFlight: true, at: 0.1))
        #expect(pacing.wait(5_000, now: start.addingTimeInterval(0.1)) == 150)
        #expect(draw(&pacing, changed: false, .clock, inFlight: true, at: 0.25))
        #expect(!draw(&pacing, changed: false, .clock, inFlight: true, at: 0.3))
    }

    @Test func aKeyDrawsAtOnceEvenWhileAFrameIsHeld() {
        var pacing = FramePacing()
        #expect(!draw(&pacing, .clock, started: true, inFlight: true, at: 0))
        #expect(draw(&pacing, changed: false, .input, inFlight: true, at: 0.01))
        #expect(draw(&pacing, .input, inFlight: true, at: 0.02))
        #expect(!draw(&pacing, changed: false, .input, inFlight: true, at: 0.03))
    }

    @Test func answersAndPlainTicksDrawAtOnceWhenNothingIsHeld() {
        var pacing = FramePacing()
        #expect(draw(&pacing, .answers, inFlight: true, at: 0))
        #expect(draw(&pacing, .clock, inFlight: false, at: 0))
        // A tick whose reads were answered before the loop looked has nothing to wait for.
        #expect(draw(&pacing, .clock, started: true, inFlight: false, at: 0))
        #expect(!draw(&pacing, changed: false, .answers, inFlight: false, at: 0))
    }

    @Test func onlyRefreshReadsCount() {
        #expect(Effect.fetchBalances.isRefreshRead)
        #expect(Effect.fetchAllCharges.isRefreshRead)
        #expect(!Effect.ringBell.isRefreshRead)
        #expect(!Effect.cancelSettlement(reference: "st_1").isRefreshRead)
    }
}
