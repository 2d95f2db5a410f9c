import LagomCore
import Testing

@testable import LagomUI

/// The facilitator's timer keys act on every countdown of the step: "five more minutes" is for
/// the whole room, the groups' clocks included (QA: only +1 and −1 existed, and only on the step's own).
@Suite struct FacilitatorTimerKeysTests {
    let step: StepID = "grupparbete"

    /// The changes `key` made, through the loop; a refusal is thrown.
    func changes(_ key: Key, _ session: Session) throws -> [Change] {
        var screen = FacilitatorScreen()
        var after = session
        let outcomes = Drive.keys(
            [key], &screen, session: &after, as: .facilitator, at: ScreenFixtures.t0 + 30 * 60_000)
        if let (command, _) = outcomes.first, case .act(let intent)? = command {
            var ids: any IDSource = SeededIDSource(seed: 1)
            _ = try intent.changes(in: session, at: ScreenFixtures.t0 + 30 * 60_000, utcOffsetSeconds: 0, ids: &ids)
        }
        return after.heldHistory.map { Array($0.dropFirst(session.eventCount)).compactMap(\.change) } ?? []
    }

    @Test func plusFiveResetAndStopReachTheStepsOwnAndTheGroupsCountdowns() throws {
        let session = try ScreenFixtures.runningGroupwork()  // the step's own countdown and group 2's
        let keys = [TimerKey(step: step), TimerKey(step: step, group: 2)]
        #expect(try changes(.character("5"), session) == keys.map { .timerExtended(timer: $0, seconds: 300) })
        #expect(try changes(.character("+"), session) == keys.map { .timerExtended(timer: $0, seconds: 60) })
        #expect(try changes(.character("-"), session) == keys.map { .timerExtended(timer: $0, seconds: -60) })
        #expect(try changes(.character("R"), session) == keys.map { .timerReset(timer: $0) })
        #expect(try changes(.character("x"), session) == keys.map { .timerStopped(timer: $0) })
    }

    @Test func withNoCountdownStartedTheKeysSaySo() throws {
        let session = try ScreenFixtures.runningGroupwork()
        var fresh = Session(plan: session.plan)
        try fresh.append([
            Event(id: "e", tx: "e", at: ScreenFixtures.t0, by: .facilitator, change: .stepEntered(step: step))
        ])
        // Taking time off or stopping needs a countdown; adding time starts one (see below).
        #expect(throws: Refusal.timerNotStarted(TimerKey(step: step))) { try changes(.character("-"), fresh) }
        #expect(throws: Refusal.timerNotStarted(TimerKey(step: step))) { try changes(.character("x"), fresh) }
    }
}

@Suite struct StartingFromNothingTests {
    /// A lunch whose return time has passed has no length to start with: `5` starts five minutes,
    /// in the timekeeper and in the console (QA: Space was refused, `5` said "not started").
    @Test func plusFiveStartsACountdownWhereNoneRuns() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "lunch-1"))
        let late = sample.context(at: Sample.t0 + 10 * 3_600_000)  // 19:00, long after 13.00
        var timekeeper = TimekeeperScreen()
        #expect(timekeeper.handle(.character(" "), late).isEmpty)
        #expect(
            timekeeper.render(late).lines.joined().contains(
                "Åter 13.00 har redan passerat: + eller 5 startar 1 eller 5 minuter"))
        guard case .act(.timer(.start(seconds: 300), let key))? = timekeeper.handle(.character("5"), late).first else {
            Issue.record("5 did not start five minutes")
            return
        }
        #expect(key == TimerKey(step: "lunch-1"))
        var console = FacilitatorScreen()
        // Space starts the step, and says how to give it a countdown (QA: it started silently).
        guard case .act(.agenda(.toggle))? = console.handle(.character(" "), late).first else {
            Issue.record("Space did not start the step")
            return
        }
        #expect(
            console.render(late).lines.joined().contains(
                "Åter 13.00 har redan passerat: + eller 5 startar 1 eller 5 minuter"))
        guard case .act(.timer(.start(seconds: 60), _))? = console.handle(.character("+"), late).first else {
            Issue.record("+ did not start a minute")
            return
        }
    }
}

@Suite struct PresentModeKeysTests {
    /// The agenda is hidden in present mode, so keys that pick a step from it are off there.
    @Test func presentModeHasNoBlindStepPicking() throws {
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 80, height: 24)
        var screen = FacilitatorScreen()
        _ = screen.handle(.character("p"), context)
        #expect(screen.presenting)
        #expect(screen.handle(.character("j"), context).isEmpty)
        #expect(screen.handle(.enter, context).isEmpty)
        #expect(screen.selection == nil)
        #expect(
            !screen.activeKeys(context).contains {
                $0.help.hasPrefix("Markera steg ") || $0.help == "Gå till markerat steg"
            })
        guard case .act(.agenda(.next))? = screen.handle(.character("n"), context).first else {
            Issue.record("n still moves on in present mode")
            return
        }
    }
}

/// Keys become intents, compared as data: what the person meant, not events from a stale picture.
@Suite struct FacilitatorIntentTests {
    @Test func speakerRevealAndTimerKeysSayWhatWasMeant() throws {
        var screen = FacilitatorScreen()
        var session = try ScreenFixtures.runningGroupwork()
        let context = ScreenFixtures.context(session, width: 80, height: 24)
        #expect(screen.handle(.character("5"), context) == [.stepTimers(.extend("grupparbete", seconds: 300))])
        #expect(screen.handle(.character("R"), context) == [.stepTimers(.reset("grupparbete"))])
        #expect(screen.handle(.character("x"), context) == [.stepTimers(.stop("grupparbete"))])
        #expect(screen.handle(.character("u"), context) == [.undo])
        session = Session(plan: session.plan)
        try session.append([
            Event(id: "e", tx: "e", at: ScreenFixtures.t0, by: .facilitator, change: .stepEntered(step: "incheckning"))
        ])
        #expect(
            screen.handle(.character("s"), ScreenFixtures.context(session, width: 80, height: 24)) == [
                .round(.nextSpeaker("incheckning"))
            ])
    }
}
