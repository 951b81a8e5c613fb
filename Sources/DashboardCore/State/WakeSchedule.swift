import SenfenicoAPI

/// When the dashboard must next wake by itself. The UI loop sleeps until a key, an answer or
/// this moment, instead of ticking every second: an idle dashboard costs nothing between two
/// refreshes (issue 14's idle figure), and every time-driven change still comes on time.
extension AppState {
    /// The next moment something changes with time alone: a fetch falls due, a mark or a
    /// notice expires, the wizard polls or shows a clock, or a text on screen (an age, a
    /// countdown) reaches its next step. Nil when only an event can change anything.
    public var nextWake: Timestamp? {
        var times: [Timestamp] = []
        for kind in FetchKind.allCases where isShown(kind) {
            guard let schedule = schedules[kind], !schedule.inFlight else {
                // Never scheduled yet: due at the first chance.
                if schedules[kind] == nil { times.append(now) }
                continue
            }
            times.append(schedule.nextDue ?? now)
        }
        if let firstMark = changeMarks.values.min() { times.append(firstMark) }
        if let noticeUntil, noticeUntil > now { times.append(noticeUntil) }
        if let wizard {
            if let poll = wizard.nextPoll { times.append(poll) }
            // A spinner, an elapsed time or a countdown is on screen.
            if [.sending, .submittingOTP, .waitingOffline].contains(wizard.step) || wizard.isReconciling {
                times.append(now.adding(seconds: 1))
            }
        }
        if isStale || lastRefresh == nil {
            // The status bar counts the wait down by the second while something is wrong.
            times.append(now.adding(seconds: 1))
        } else if let last = lastRefresh {
            times.append(AgeSteps.next(after: now, since: last))
        }
        return times.min()
    }
}

/// The moments an age written by `Formatting.agoPhrase` changes: at 10 s, then every 10 s up
/// to 2 min, then every minute up to 2 h, then every hour.
enum AgeSteps {
    static func next(after now: Timestamp, since start: Timestamp) -> Timestamp {
        let elapsed = max(0, (now.microsecondsSinceEpoch - start.microsecondsSinceEpoch) / 1_000_000)
        let step: Int64 = elapsed < 120 ? 10 : elapsed < 7_200 ? 60 : 3_600
        let next = (elapsed / step + 1) * step
        return start.adding(seconds: Double(next))
    }
}
