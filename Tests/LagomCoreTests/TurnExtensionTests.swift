import Testing

@testable import LagomCore

/// Seed 000: the speaking group of a vattentrappa could not be given more time; the timekeeper's
/// and the console's +1 and +5 were refused. Now they lengthen the speaking group's turn, in
/// every pane alike (the turn is folded state), and an undo takes it back.
@Suite struct TurnExtensionTests {
    let trappa = BoardFixtures.plan.step("trappa")!
    let auto = BoardFixtures.plan.step("auto")!

    func turn(_ step: Step, _ r: Recorder) -> RelayTurn? {
        Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now)
    }

    @Test func theSpeakingGroupGetsMoreTimeAndUndoTakesItBack() throws {
        var r = BoardFixtures.recorder()
        try r.commit(.turnPassed(step: "trappa", turn: 0))
        r.advance(seconds: 60)
        let one = try r.commit(.turnExtended(step: "trappa", turn: 0, seconds: 60))
        #expect(turn(trappa, r)?.remaining(at: r.now) == 300_000)
        #expect(turn(trappa, r)?.length == 360_000)
        let five = try r.commit(.turnExtended(step: "trappa", turn: 0, seconds: 300))
        #expect(turn(trappa, r)?.remaining(at: r.now) == 600_000)
        try r.undo(five)
        #expect(turn(trappa, r)?.remaining(at: r.now) == 300_000)
        try r.undo(one)
        #expect(turn(trappa, r)?.remaining(at: r.now) == 240_000)
        // The next group's turn is the plan's again.
        try r.commit(.turnExtended(step: "trappa", turn: 0, seconds: 60))
        try r.commit(.turnPassed(step: "trappa", turn: 1))
        #expect(turn(trappa, r)?.group == 2)
        #expect(turn(trappa, r)?.remaining(at: r.now) == 300_000)
    }

    /// As for a countdown: in overtime, one more minute is a minute from now.
    @Test func inOvertimeOneMoreMinuteIsAMinuteFromNow() throws {
        var r = BoardFixtures.recorder()
        try r.commit(.turnPassed(step: "trappa", turn: 0))
        r.advance(seconds: 420)
        #expect(turn(trappa, r)?.remaining(at: r.now) == -120_000)
        try r.commit(.turnExtended(step: "trappa", turn: 0, seconds: 60))
        #expect(turn(trappa, r)?.remaining(at: r.now) == 60_000)
    }

    /// An automatic relay passes the word when the lengthened turn is over, and the next turn
    /// has the plan's length.
    @Test func anAutomaticRelayWaitsForTheLongerTurn() throws {
        var r = BoardFixtures.recorder()
        try r.commit(.turnPassed(step: "auto", turn: 0))
        r.advance(seconds: 240)
        try r.commit(.turnExtended(step: "auto", turn: 0, seconds: 60))
        r.advance(seconds: 119)
        #expect(turn(auto, r)?.group == 1)
        #expect(turn(auto, r)?.remaining(at: r.now) == 1000)
        r.advance(seconds: 1)
        #expect(turn(auto, r)?.group == 2)
        #expect(turn(auto, r)?.remaining(at: r.now) == 300_000)
        // The second group's +5, asked after the word passed on by itself.
        r.advance(seconds: 100)
        try r.commit(.turnExtended(step: "auto", turn: 1, seconds: 300))
        #expect(turn(auto, r)?.remaining(at: r.now) == 500_000)
        r.advance(seconds: 500)
        #expect(turn(auto, r) == nil)
    }

    /// Given while the step is paused, the time waits with the turn.
    @Test func givenDuringAPauseTheTurnStillStands() throws {
        var r = BoardFixtures.recorder()
        try r.commit(.stepEntered(step: "trappa"))
        try r.commit(.stepStarted(step: "trappa"))
        try r.commit(.turnPassed(step: "trappa", turn: 0))
        r.advance(seconds: 100)
        try r.commit(.stepPaused(step: "trappa"))
        r.advance(seconds: 50)
        try r.commit(.turnExtended(step: "trappa", turn: 0, seconds: 60))
        r.advance(seconds: 50)
        #expect(turn(trappa, r)?.remaining(at: r.now) == 260_000)
        try r.commit(.stepResumed(step: "trappa"))
        r.advance(seconds: 10)
        #expect(turn(trappa, r)?.remaining(at: r.now) == 250_000)
    }

    /// The timekeeper's +1 (`TimerAction`) and the console's +5 (`StepTimersAction`) both give the
    /// speaking group's turn its time; the rest of a countdown's keys stay refused.
    @Test func theTimekeepersAndTheConsolesKeysExtendTheTurn() throws {
        var r = BoardFixtures.recorder()
        let key = TimerKey(step: "trappa", group: 1)
        #expect(throws: Refusal.noTurnSpeaking("trappa")) {
            try TimerAction.extend(seconds: 60).changes(for: key, in: r.session, at: r.now, utcOffsetSeconds: 0)
        }
        try r.commit(.turnPassed(step: "trappa", turn: 0))
        #expect(
            try TimerAction.extend(seconds: 60).changes(for: key, in: r.session, at: r.now, utcOffsetSeconds: 0)
                == [.turnExtended(step: "trappa", turn: 0, seconds: 60)])
        #expect(
            try StepTimersAction.extend("trappa", seconds: 300).changes(in: r.session, at: r.now)
                == [.turnExtended(step: "trappa", turn: 0, seconds: 300)])
        #expect(throws: Refusal.turnsNotTimers("trappa")) {
            try TimerAction.reset.changes(for: key, in: r.session, at: r.now, utcOffsetSeconds: 0)
        }
    }

    @Test func turnExtensionRules() throws {
        var r = BoardFixtures.recorder()
        #expect(throws: Refusal.notARelay("tyst")) {
            try r.commit(.turnExtended(step: "tyst", turn: 0, seconds: 60))
        }
        #expect(throws: Refusal.noTurnSpeaking("trappa")) {
            try r.commit(.turnExtended(step: "trappa", turn: 0, seconds: 60))
        }
        try r.commit(.turnPassed(step: "trappa", turn: 1))
        #expect(throws: Refusal.turnNotSpeaking(step: "trappa", turn: 0)) {
            try r.commit(.turnExtended(step: "trappa", turn: 0, seconds: 60))
        }
        #expect(throws: Refusal.turnWouldVanish("trappa", length: 300_000)) {
            try r.commit(.turnExtended(step: "trappa", turn: 1, seconds: -300))
        }
        #expect(throws: Refusal.badLength(seconds: 0)) {
            try r.commit(.turnExtended(step: "trappa", turn: 1, seconds: 0))
        }
        #expect(
            Refusal.noTurnSpeaking("trappa").message(.sv)
                == "ingen grupp har ordet i \"trappa\": processledaren lämnar ordet till första gruppen med s")
    }
}
