import Foundation
import Testing

@testable import LagomCore

/// A machine's two clocks, moved by hand: the wall clock (which NTP or a person can set)
/// and the boot clock (monotonic, keeps counting through sleep).
final class FakeMachine: @unchecked Sendable {
    private let lock = NSLock()
    private var wallMs: Int64
    private var bootMs: Int64 = 5_000_000

    init(wall: WallTime) { wallMs = wall.milliseconds }

    var wall: Int64 { lock.withLock { wallMs } }
    var boot: Int64 { lock.withLock { bootMs } }

    /// Real time passes (awake or asleep: the boot clock counts both).
    func pass(seconds: Int64) {
        lock.withLock {
            wallMs += seconds * 1000; bootMs += seconds * 1000
        }
    }
    /// Someone sets the system clock; no real time passes.
    func setWallClock(by seconds: Int64) { lock.withLock { wallMs += seconds * 1000 } }

    /// A process starting now: anchors on the wall clock, then follows the boot clock.
    func startProcess() -> AnchoredClock { AnchoredClock(wall: wall, monotonic: { [self] in boot }) }
}

@Suite struct TimerClockTests {
    let group3 = TimerKey(step: "grupparbete", group: 3)
    let pause = TimerKey(step: "paus")

    /// Events stamped by `clock`, the way a process's store stamps them.
    func recorder(at clock: some LagomClock) -> Recorder {
        var r = Recorder()
        r.now = clock.now
        return r
    }

    /// Started from the timekeeper's pane while the facilitator had not pressed start: the step has
    /// begun, and its actual minutes count from the countdown's start (QA: "ej startat" while 29:58 ran).
    @Test func aGroupCountdownStartedFirstStartsThePendingStep() throws {
        var r = Recorder()
        try r.commit(.stepEntered(step: "grupparbete"))
        r.advance(seconds: 60)
        try r.commit(.timerStarted(timer: group3, seconds: 1800), by: Actor(.timekeeper))
        #expect(
            r.session.state.progress("grupparbete")
                == StepProgress(status: .active, firstStartedAt: Fixtures.t0 + 60_000))
        r.advance(seconds: 1800)
        try r.commit(.stepCompleted(step: "grupparbete"))
        #expect(r.session.state.progress("grupparbete").actualMinutes == 30)
        try r.commit(.timerStarted(timer: group3, seconds: 60), by: Actor(.timekeeper))
        #expect(r.session.state.progress("grupparbete").status == .done, "a finished step stays finished")
    }

    @Test func startRunsFromTheStoredDeadline() throws {
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 1800))
        #expect(
            r.session.state.timers[group3]
                == TimerState(
                    phase: .running(deadline: Fixtures.t0 + 1_800_000),
                    total: 1_800_000, planned: 1_800_000, startedAt: Fixtures.t0))
        #expect(
            TimerMath.format(remaining: try #require(r.session.state.timers[group3]).remaining(at: Fixtures.t0))
                == "30:00")
    }

    @Test func pauseHoldsTheTimeAndAsksForNoRedraws() throws {
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 600))
        r.advance(seconds: 90)
        try r.commit(.timerPaused(timer: group3))
        let timer = try #require(r.session.state.timers[group3])
        #expect(timer.phase == .paused(remaining: 510_000))
        #expect(timer.remaining(at: r.now + 3_600_000) == 510_000)
        #expect(TimerMath.nextChange(of: timer, at: r.now) == nil)
        r.advance(seconds: 600)
        try r.commit(.timerResumed(timer: group3))
        #expect(r.session.state.timers[group3]?.phase == .running(deadline: r.now + 510_000))
    }

    @Test func takingAMinuteOffCanPushIntoOvertime() throws {
        var r = Recorder()
        try r.commit(.timerStarted(timer: group3, seconds: 120))
        r.advance(seconds: 90)
        try r.commit(.timerExtended(timer: group3, seconds: -60))
        let timer = try #require(r.session.state.timers[group3])
        #expect(timer.total == 60_000)
        #expect(timer.remaining(at: r.now) == -30_000)
        #expect(TimerMath.format(remaining: timer.remaining(at: r.now)) == "+00:30")
        #expect(TimerMath.level(remaining: timer.remaining(at: r.now), total: timer.total) == .overtime)
        // Overtime keeps ticking once a second, counting up.
        #expect(TimerMath.nextChange(of: timer, at: r.now + 400) == 600)
    }

    @Test func softStopCountsOnHardStopIsPausedAtZeroForEveryReader() throws {
        var r = Recorder()
        try r.perform(.goto("paus"))
        try r.perform(.start)
        r.advance(seconds: 15 * 60 + 42)
        let raw = try #require(r.session.state.timers[pause])
        #expect(raw.isRunning)  // nobody wrote a pause …
        let seen = try #require(r.session.state.countdown(pause, at: r.now, plan: r.session.plan))
        #expect(seen.phase == .paused(remaining: 0))  // … yet every reader sees one, at zero
        #expect(TimerMath.nextChange(of: raw, at: r.now, stop: .hard) == nil)
        // The rules see it paused too: pausing again is refused, resuming is allowed.
        #expect(throws: Refusal.timerNotRunning(pause)) { try r.commit(.timerPaused(timer: pause)) }
        // +5 min after a hard stop: five minutes from now, running (the time was up; more was given),
        // not five minutes after a deadline long gone.
        try r.commit(.timerExtended(timer: pause, seconds: 300))
        #expect(r.session.state.timers[pause]?.phase == .running(deadline: r.now + 300_000))

        // The same overrun on a soft stop keeps counting: 42 s of overtime.
        var soft = Recorder()
        try soft.commit(.timerStarted(timer: group3, seconds: 900))
        soft.advance(seconds: 15 * 60 + 42)
        #expect(
            soft.session.state.countdown(group3, at: soft.now, plan: soft.session.plan)?.remaining(at: soft.now)
                == -42_000)
    }

    @Test func completingAHardStopStepRecordsZeroNotOvertime() throws {
        var r = Recorder()
        try r.perform(.goto("paus"))
        try r.perform(.start)
        r.advance(seconds: 20 * 60)
        try r.perform(.complete)
        #expect(r.session.state.timers[pause]?.phase == .stopped(remaining: 0))
    }

    @Test func aWallClockJumpOfAnHourMovesNothing() throws {
        for jump: Int64 in [3600, -3600] {
            let machine = FakeMachine(wall: Fixtures.t0)
            let clock = machine.startProcess()
            var r = recorder(at: clock)
            try r.commit(.timerStarted(timer: group3, seconds: 1800))
            machine.pass(seconds: 600)
            machine.setWallClock(by: jump)  // NTP or a person, mid-countdown
            machine.pass(seconds: 1)
            let timer = try #require(r.session.state.timers[group3])
            #expect(timer.remaining(at: clock.now) == 1_199_000, "jump \(jump) s")
            #expect(TimerMath.format(remaining: timer.remaining(at: clock.now)) == "19:59")
        }
    }

    @Test func aSleepOfFiveMinutesKeepsCountingInRealTime() throws {
        let machine = FakeMachine(wall: Fixtures.t0)
        let clock = machine.startProcess()
        var r = recorder(at: clock)
        try r.commit(.timerStarted(timer: group3, seconds: 1800))
        machine.pass(seconds: 60)
        machine.pass(seconds: 300)  // lid closed: the boot clock counts the sleep, the group kept talking
        #expect(r.session.state.timers[group3]?.remaining(at: clock.now) == 1_440_000)
    }

    @Test func aProcessRestartedMidCountdownShowsTheSameTime() throws {
        let machine = FakeMachine(wall: Fixtures.t0)
        let first = machine.startProcess()
        var r = recorder(at: first)
        try r.commit(.timerStarted(timer: group3, seconds: 1800))
        machine.pass(seconds: 400)
        r.now = first.now
        try r.commit(.timerExtended(timer: group3, seconds: 300))  // +5 just before the crash
        machine.pass(seconds: 7)  // kill -9, start again
        let second = machine.startProcess()
        var restarted = Session(plan: Fixtures.plan)
        restarted.replay(r.session.heldHistory ?? [])
        let before = try #require(r.session.state.timers[group3]).remaining(at: first.now)
        let after = try #require(restarted.state.timers[group3]).remaining(at: second.now)
        #expect(before == after)
        #expect(after == (1800 + 300 - 407) * 1000)
    }
}

@Suite struct StepPauseTests {
    /// Resuming the step resumes what its pause held, not a group that was paused on its own
    /// (QA: group 3 paused by its timekeeper ran again when the facilitator resumed the step).
    @Test func resumingTheStepLeavesAGroupPausedOnItsOwn() throws {
        var r = Recorder()
        let own = TimerKey(step: "grupparbete"), g2 = TimerKey(step: "grupparbete", group: 2),
            g3 = TimerKey(step: "grupparbete", group: 3)
        try r.commit(.stepEntered(step: "grupparbete"))
        try r.perform(.start)
        try r.commit([.timerStarted(timer: g2, seconds: 1800), .timerStarted(timer: g3, seconds: 1800)])
        r.advance(seconds: 60)
        try r.commit(.timerPaused(timer: g3), by: Actor(.timekeeper))
        r.advance(seconds: 60)
        try r.perform(.pause)
        #expect([own, g2, g3].allSatisfy { r.session.state.timers[$0]?.isPaused == true })
        r.advance(seconds: 300)
        try r.perform(.resume)
        #expect(r.session.state.timers[own]?.isRunning == true)
        #expect(r.session.state.timers[g2]?.isRunning == true)
        #expect(
            r.session.state.timers[g3]?.phase == .paused(remaining: 1740_000), "still held where its own pause left it")
    }
}
