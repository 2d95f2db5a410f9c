import Testing
import LagomCore
@testable import LagomUI

/// The facilitator's timer keys act on every countdown of the step: "five more minutes" is for
/// the whole room, the groups' clocks included (QA: only +1 and −1 existed, and only on the step's own).
@Suite struct FacilitatorTimerKeysTests {
    let step: StepID = "grupparbete"

    func changes(_ key: Key, _ session: Session) throws -> [Change] {
        var screen = FacilitatorScreen()
        let context = ScreenFixtures.context(session, width: 80, height: 24, now: ScreenFixtures.t0 + 30 * 60_000)
        guard case .write(let build)? = screen.handle(key, context).first else {
            Issue.record("no write for \(key)")
            return []
        }
        var ids: any IDSource = SeededIDSource(seed: 1)
        return try build(session, &ids)
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
        try fresh.append([Event(id: "e", tx: "e", at: ScreenFixtures.t0, by: .facilitator, change: .stepEntered(step: step))])
        #expect(throws: Refusal.timerNotStarted(TimerKey(step: step))) { try changes(.character("5"), fresh) }
    }
}
