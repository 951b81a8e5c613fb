import SenfenicoAPI
import Testing

@testable import DashboardCore

/// The UI loop sleeps until `nextWake`: an idle dashboard wakes only for its refreshes and for
/// texts that change with time, each at its own step.
@Suite struct WakeScheduleTests {
    @Test func anIdleDashboardWakesForItsNextRefreshNotEverySecond() {
        let state = Fixtures.loadedState()
        let wake = state.nextWake
        let due = FetchKind.allCases.filter(state.isShown).compactMap { state.schedules[$0]?.nextDue }.min()
        #expect(wake != nil)
        if let wake, let due { #expect(wake <= due) }
        if let wake { #expect(wake > state.now.adding(seconds: 1), "no per-second wake when all is well") }
    }

    @Test func aFailedRefreshCountsDownBySecond() {
        var state = Fixtures.loadedState()
        _ = reduce(
            &state,
            .fetchFailed(
                .balances, .transport(TransportFailure(kind: .connectionRefused, detail: "", neverSent: true)),
                at: Fixtures.refreshedAt))
        #expect(state.nextWake == state.now.adding(seconds: 1))
    }

    @Test func ageStepsAreTensOfSecondsThenMinutesThenHours() {
        let start = Fixtures.time("12:00:00")
        func step(after seconds: Double) -> Double {
            let next = AgeSteps.next(after: start.adding(seconds: seconds), since: start)
            return Double(next.microsecondsSinceEpoch - start.microsecondsSinceEpoch) / 1_000_000
        }
        #expect(step(after: 0) == 10)
        #expect(step(after: 9) == 10)
        #expect(step(after: 10) == 20)
        #expect(step(after: 115) == 120)
        #expect(step(after: 120) == 180)
        #expect(step(after: 7_199) == 7_200)
        #expect(step(after: 7_200) == 10_800)
    }

    @Test func aMarkAndANoticeWakeTheLoopWhenTheyEnd() {
        var state = Fixtures.loadedState()
        let end = state.now.adding(seconds: 2)
        state.changeMarks["ch_x"] = end
        #expect(state.nextWake == end)
        state.changeMarks = [:]
        state.showNotice(.init(en: "x", fr: "x"), seconds: 3)
        #expect(state.nextWake.map { $0 <= state.now.adding(seconds: 3) } == true)
    }
}
