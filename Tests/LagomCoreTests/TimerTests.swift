import Testing

@testable import LagomCore

@Suite struct TimerTests {
    let group3 = TimerKey(step: "grupparbete", group: 3)

    @Test func remainingIsComputedFromTheDeadlineNeverDecremented() throws {
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 1800))
        let timer = try #require(r.session.state.timers[group3])
        #expect(timer.remaining(at: Fixtures.t0) == 1_800_000)
        #expect(timer.remaining(at: Fixtures.t0 + 61_500) == 1_738_500)
        #expect(TimerMath.format(remaining: timer.remaining(at: Fixtures.t0 + 61_500)) == "28:59")
    }

    @Test func extendWhilePausedAddsToTheHeldTime() throws {
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 600))
        r.advance(seconds: 100)
        try r.commit(.timerPaused(timer: group3))
        try r.commit(.timerExtended(timer: group3, seconds: 300))
        let timer = try #require(r.session.state.timers[group3])
        #expect(
            timer
                == TimerState(
                    phase: .paused(remaining: 800_000), total: 900_000, planned: 600_000, startedAt: Fixtures.t0))
    }

    @Test func overtimeCountsUpAndExtendingBringsItBack() throws {
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 60))
        r.advance(seconds: 60 + 133)
        let timer = try #require(r.session.state.timers[group3])
        #expect(TimerMath.format(remaining: timer.remaining(at: r.now)) == "+02:13")
        #expect(TimerMath.level(remaining: timer.remaining(at: r.now), total: timer.total) == .overtime)
        // "Five more minutes" in overtime means five from now, not five less the overrun.
        try r.commit(.timerExtended(timer: group3, seconds: 300))
        let extended = try #require(r.session.state.timers[group3])
        #expect(TimerMath.format(remaining: extended.remaining(at: r.now)) == "05:00")
        #expect(extended.total == (60 + 133 + 300) * 1000, "the bar's 100 % covers the overrun too")
        // Taking a minute off in overtime only deepens it.
        try r.commit(.timerExtended(timer: group3, seconds: -60))
        r.advance(seconds: 300)
        #expect(
            TimerMath.format(remaining: try #require(r.session.state.timers[group3]).remaining(at: r.now)) == "+01:00")
    }

    @Test func hardStopHoldsAtZeroSoftStopKeepsCounting() throws {
        var r = Recorder()
        try r.perform(.goto("paus"))
        try r.perform(.start)
        r.advance(seconds: 20 * 60)
        let timer = try #require(r.session.state.timers[TimerKey(step: "paus")])
        #expect(timer.remaining(at: r.now, stop: .hard) == 0)
        #expect(timer.remaining(at: r.now, stop: .soft) == -300_000)
        #expect(TimerMath.nextChange(of: timer, at: r.now, stop: .hard) == nil)
    }

    @Test func aProcessThatStartsLaterComputesTheSameTimeLeft() throws {
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 1800))
        r.advance(seconds: 300)
        try r.commit(.timerExtended(timer: group3, seconds: 60))
        // A restarted process folds the same log and reads the same deadline.
        var restarted = Session(plan: Fixtures.plan)
        restarted.replay((try #require(r.session.heldHistory)))
        let later = Fixtures.t0 + 700_000
        #expect(
            restarted.state.timers[group3]?.remaining(at: later) == r.session.state.timers[group3]?.remaining(at: later)
        )
        #expect(restarted.state.timers[group3]?.remaining(at: later) == 1_160_000)
    }

    @Test func aLaptopThatSleepsKeepsTheCountdownRunningInRealTime() throws {
        let clock = ManualClock(Fixtures.t0)
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 1800))
        clock.advance(seconds: 5 * 60)  // the lid was closed for five minutes; the group kept talking
        #expect(r.session.state.timers[group3]?.remaining(at: clock.now) == 1_500_000)
    }

    @Test func levelsFollowTheDefaults() {
        let total: Int64 = 30 * 60_000
        #expect(TimerMath.level(remaining: 10 * 60_000, total: total) == .normal)
        #expect(TimerMath.level(remaining: 6 * 60_000, total: total) == .warning)  // 20 % of 30 min
        #expect(TimerMath.level(remaining: 5 * 60_000, total: 60 * 60_000) == .warning)  // 5 min left
        #expect(TimerMath.level(remaining: 60_000, total: total) == .critical)
        #expect(TimerMath.level(remaining: -1, total: total) == .overtime)
        // A five-minute turn is not "ending soon" from its start; its last minute is critical.
        #expect(TimerMath.level(remaining: 4 * 60_000, total: 5 * 60_000) == .normal)
        #expect(TimerMath.level(remaining: 150_000, total: 5 * 60_000) == .warning)
        let custom = TimerSpec(warnPercent: 50, warnMinutes: 0, criticalMinutes: 2)
        #expect(TimerMath.level(remaining: 15 * 60_000, total: total, spec: custom) == .warning)
        #expect(TimerMath.level(remaining: 2 * 60_000, total: total, spec: custom) == .critical)
    }

    /// A one-minute countdown (a check-in turn) is not in its "last minute" from its first
    /// second: neither threshold reaches back past half of it.
    @Test func aOneMinuteCountdownWarnsOnlyInItsSecondHalf() {
        let minute: Int64 = 60_000
        #expect(TimerMath.level(remaining: 60_000, total: minute) == .normal)
        #expect(TimerMath.level(remaining: 31_000, total: minute) == .normal)
        #expect(TimerMath.level(remaining: 30_000, total: minute) == .critical)
        // Two minutes: its last minute is its second half.
        #expect(TimerMath.level(remaining: 61_000, total: 2 * minute) == .normal)
        #expect(TimerMath.level(remaining: 60_000, total: 2 * minute) == .critical)
    }

    @Test func displayChangesExactlyAtWholeSeconds() throws {
        let timer = TimerState(
            phase: .running(deadline: Fixtures.t0 + 10_000), total: 10_000, planned: 10_000, startedAt: Fixtures.t0)
        #expect(TimerMath.format(remaining: timer.remaining(at: Fixtures.t0 + 250)) == "00:10")
        #expect(TimerMath.nextChange(of: timer, at: Fixtures.t0 + 250) == 750)
        #expect(TimerMath.format(remaining: timer.remaining(at: Fixtures.t0 + 1000)) == "00:09")
        #expect(TimerMath.format(remaining: timer.remaining(at: Fixtures.t0 + 9999)) == "00:01")
        #expect(TimerMath.format(remaining: timer.remaining(at: Fixtures.t0 + 10_000)) == "00:00")
        #expect(TimerMath.format(remaining: timer.remaining(at: Fixtures.t0 + 11_000)) == "+00:01")
        #expect(TimerMath.format(remaining: 3_723_000) == "1:02:03")
    }

    @Test func rulesForTimers() throws {
        var r = Recorder()
        #expect(throws: Refusal.timerNotStarted(group3)) { try r.commit(.timerExtended(timer: group3, seconds: 60)) }
        #expect(throws: Refusal.noSuchGroup(step: "grupparbete", group: 9, groups: 8)) {
            try r.commit(.timerStarted(timer: TimerKey(step: "grupparbete", group: 9), seconds: 60))
        }
        try r.commit(.timerStarted(timer: group3, seconds: 60))
        #expect(throws: Refusal.timerAlreadyRunning(group3)) { try r.commit(.timerStarted(timer: group3, seconds: 60)) }
        #expect(throws: Refusal.timerWouldVanish(group3, length: 60_000)) {
            try r.commit(.timerExtended(timer: group3, seconds: -60))
        }
        try r.commit(.timerStopped(timer: group3))
        #expect(throws: Refusal.timerStopped(group3)) { try r.commit(.timerExtended(timer: group3, seconds: 60)) }
        #expect(throws: Refusal.timerNotRunning(group3)) { try r.commit(.timerPaused(timer: group3)) }
    }

    @Test func resetHoldsThePlannedLength() throws {
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 600))
        try r.commit(.timerExtended(timer: group3, seconds: 300))
        r.advance(seconds: 200)
        try r.commit(.timerReset(timer: group3))
        #expect(
            r.session.state.timers[group3]
                == TimerState(
                    phase: .paused(remaining: 600_000), total: 600_000, planned: 600_000, startedAt: Fixtures.t0))
    }

    @Test func aChangeOfLengthReadsInMinutesAndSeconds() {
        // `lagom log` used to print "+0 min" for +30 s and drop the minus of -30 s.
        #expect(TimerMath.signedLength(seconds: 30) == "+30 s")
        #expect(TimerMath.signedLength(seconds: -30) == "-30 s")
        #expect(TimerMath.signedLength(seconds: 300) == "+5 min")
        #expect(TimerMath.signedLength(seconds: -60) == "-1 min")
        #expect(TimerMath.signedLength(seconds: 90) == "+1 min 30 s")
        #expect(TimerMath.signedLength(seconds: 0) == "+0 s")
        #expect(TimerMath.signedLength(seconds: Int.min).hasPrefix("-"))
    }
}
