import Testing

@testable import LagomCore

@Suite struct AgendaTests {
    @Test func startingTheFirstStepEntersItAndStartsItsCountdown() throws {
        var r = Recorder()
        try r.perform(.start)

        var expected = SessionState()
        expected.currentStep = "incheckning"
        expected.steps["incheckning"] = StepProgress(status: .active, firstStartedAt: Fixtures.t0)
        expected.timers[TimerKey(step: "incheckning")] = TimerState(
            phase: .running(deadline: Fixtures.t0 + 600_000), total: 600_000, planned: 600_000, startedAt: Fixtures.t0)
        expected.eventCount = 3
        #expect(r.session.state == expected)
    }

    @Test func pauseHoldsTheTimeLeftAndResumeSetsANewDeadline() throws {
        var r = Recorder()
        try r.perform(.start)
        r.advance(seconds: 120)
        try r.perform(.toggle)
        r.advance(seconds: 3600)
        let key = TimerKey(step: "incheckning")
        #expect(r.session.state.progress("incheckning").status == .paused)
        #expect(r.session.state.timers[key]?.phase == .paused(remaining: 480_000))
        try r.perform(.toggle)
        #expect(r.session.state.progress("incheckning").status == .active)
        #expect(r.session.state.timers[key]?.phase == .running(deadline: r.now + 480_000))
    }

    @Test func nextCompletesTheRunningStepAndRecordsActualMinutes() throws {
        var r = Recorder()
        try r.perform(.start)
        r.advance(seconds: 14 * 60 + 10)
        try r.perform(.next)

        let state = r.session.state
        #expect(state.currentStep == "grupparbete")
        #expect(
            state.progress("incheckning")
                == StepProgress(status: .done, firstStartedAt: Fixtures.t0, completedAt: r.now))
        #expect(state.progress("incheckning").actualMinutes == 14)
        #expect(state.timers[TimerKey(step: "incheckning")]?.phase == .stopped(remaining: -250_000))
        #expect(state.progress("grupparbete").status == .pending)
    }

    @Test func backAndGotoMoveWithoutChangingStatus() throws {
        var r = Recorder()
        try r.perform(.start)
        try r.perform(.next)
        try r.perform(.back)
        #expect(r.session.state.currentStep == "incheckning")
        #expect(r.session.state.progress("incheckning").status == .done)
        #expect(r.session.state.progress("grupparbete").status == .pending)
        try r.perform(.goto("paus"))
        #expect(r.session.state.currentStep == "paus")
        #expect(throws: Refusal.noSuchStepToMoveTo("next")) { try r.perform(.next) }
    }

    /// A jump in the agenda (↓ Enter, `lagom step goto`) or `b` left the step running: Incheckning,
    /// Tankefällor and Lunch were all ▶ at once, and the projector later showed +2:55:26 övertid.
    /// Leaving a step by any route ends it as `n` does, its countdown with it.
    @Test(arguments: [AgendaAction.goto("paus"), .goto("krav"), .back])
    func leavingARunningStepByAnyRouteEndsItAsNextDoes(_ leave: AgendaAction) throws {
        var r = Recorder()
        try r.perform(.goto("grupparbete"))
        try r.perform(.start)
        r.advance(seconds: 60)
        try r.perform(.toggle)  // paused: leaving ends it too
        try r.perform(.toggle)
        r.advance(seconds: 60)
        try r.perform(leave)
        let state = r.session.state
        #expect(state.progress("grupparbete").status == .done)
        #expect(state.timers[TimerKey(step: "grupparbete")]?.isStopped == true)
        try r.perform(.start)
        let running = Fixtures.plan.steps.map(\.id).filter { r.session.state.progress($0).status == .active }
        #expect(running == [r.session.state.currentStep])
    }

    /// A log written before the fix may hold a step left running; starting another ends it.
    @Test func startingAStepEndsOneAnOlderLogLeftRunning() throws {
        var r = Recorder()
        try r.perform(.start)
        try r.commit(.stepEntered(step: "paus"))  // as the old jump wrote it
        try r.perform(.start)
        #expect(r.session.state.progress("incheckning").status == .done)
        #expect(r.session.state.progress("paus").status == .active)
    }

    @Test func aDoneStepCanBeStartedAgain() throws {
        var r = Recorder()
        try r.perform(.start)
        try r.perform(.complete)
        try r.perform(.start)
        #expect(r.session.state.progress("incheckning").status == .active)
    }

    @Test func rulesRefuseImpossibleTransitions() throws {
        var r = Recorder()
        #expect(throws: Refusal.stepNotActive("incheckning")) { try r.perform(.pause) }
        #expect(throws: Refusal.unknownStep("finns-inte")) { try r.commit(.stepStarted(step: "finns-inte")) }
        try r.perform(.start)
        #expect(throws: Refusal.stepNotStartable("incheckning", .active)) {
            try r.commit(.stepStarted(step: "incheckning"))
        }
        #expect(throws: Refusal.alreadyCurrent("incheckning")) { try r.perform(.goto("incheckning")) }
    }

    @Test func aRefusedTransactionLeavesNothingBehind() throws {
        var r = Recorder()
        try r.perform(.start)
        let before = r.session.state
        let count = r.session.eventCount
        // The first change is fine on its own; the second breaks a rule, so neither is kept.
        #expect(throws: Refusal.self) {
            try r.commit([.stepPaused(step: "incheckning"), .stepPaused(step: "incheckning")])
        }
        #expect(r.session.state == before)
        #expect(r.session.eventCount == count)
    }
}
