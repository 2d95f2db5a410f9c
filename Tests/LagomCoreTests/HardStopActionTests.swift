import Testing

@testable import LagomCore

/// A hard stop pauses its countdown at zero without an event; the actions must decide on that
/// settled countdown at the time their events carry, or the reducer refuses the whole action.
@Suite struct HardStopActionTests {
    let pause = TimerKey(step: "paus")

    /// The break ("paus", 15 min, hard stop) started and run five minutes past its end.
    func pastTheHardStop() throws -> Recorder {
        var r = Recorder()
        try r.perform(.goto("paus"))
        try r.perform(.start)
        r.advance(seconds: 20 * 60)
        return r
    }

    @Test func theFacilitatorCanPauseAStepWhoseHardStopReachedZero() throws {
        var r = try pastTheHardStop()
        let changes = try AgendaAction.pause.changes(in: r.session, at: r.now, utcOffsetSeconds: 0)
        #expect(changes == [.stepPaused(step: "paus")])  // the countdown is already paused, at zero
        try r.perform(.toggle)  // the facilitator's Space, as `lagom step pause`
        #expect(r.session.state.progress("paus").status == .paused)
        #expect(r.session.state.countdown(pause, at: r.now, plan: r.session.plan)?.phase == .paused(remaining: 0))
        // Resuming the step leaves the countdown at zero rather than "resuming" it into zero again.
        #expect(
            try AgendaAction.resume.changes(in: r.session, at: r.now, utcOffsetSeconds: 0) == [
                .stepResumed(step: "paus")
            ])
        try r.perform(.toggle)
        #expect(r.session.state.progress("paus").status == .active)
    }

    @Test func pausingJustBeforeTheDeadlinePausesTheCountdownToo() throws {
        var r = Recorder()
        try r.perform(.goto("paus"))
        try r.perform(.start)
        r.advance(seconds: 15 * 60 - 1)
        try r.perform(.pause)
        #expect(r.session.state.timers[pause]?.phase == .paused(remaining: 1000))
    }

    @Test func theTimekeepersSpaceOnACountdownHeldAtZeroSaysTheTimeIsUp() throws {
        var r = try pastTheHardStop()
        #expect(throws: Refusal.timeIsUp(pause)) {
            try TimerAction.toggle.changes(for: pause, in: r.session, at: r.now, utcOffsetSeconds: 0)
        }
        #expect(throws: Refusal.timeIsUp(pause)) {
            try TimerAction.resume.changes(for: pause, in: r.session, at: r.now, utcOffsetSeconds: 0)
        }
        #expect(throws: Refusal.timeIsUp(pause)) {
            try TimerAction.pause.changes(for: pause, in: r.session, at: r.now, utcOffsetSeconds: 0)
        }
        #expect(
            Refusal.timeIsUp(pause).message(.sv)
                == "tiden är ute för timern paus: lägg till 1 min eller återställ")
        // What the message suggests works: +1 min gives one more minute, running at once.
        try r.commit(
            try TimerAction.extend(seconds: 60).changes(for: pause, in: r.session, at: r.now, utcOffsetSeconds: 0))
        #expect(r.session.state.timers[pause]?.phase == .running(deadline: r.now + 60_000))
        #expect(
            try TimerAction.toggle.changes(for: pause, in: r.session, at: r.now, utcOffsetSeconds: 0) == [
                .timerPaused(timer: pause)
            ])
    }

    @Test func aSoftStopPausedAtZeroStillResumesIntoOvertime() throws {
        var r = Recorder()
        let group = TimerKey(step: "grupparbete", group: 1)
        try r.commit(.timerStarted(timer: group, seconds: 60))
        r.advance(seconds: 60)
        try r.commit(.timerPaused(timer: group))
        #expect(
            try TimerAction.toggle.changes(for: group, in: r.session, at: r.now, utcOffsetSeconds: 0) == [
                .timerResumed(timer: group)
            ])
    }
}
