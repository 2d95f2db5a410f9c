import LagomCore
import Testing

@testable import LagomUI

/// Every role that draws the stage wakes by one clock.
@Suite struct StageClockTests {
    /// QA: during a check-in with `secondsPerPerson`, after `lagom step pause`, the projector's speaker
    /// clock stood at 00:59 while the console counted down: only the console woke for it.
    @Test func theProjectorsSpeakerClockCountsOnAfterAStepPause() throws {
        let t0 = ScreenFixtures.t0
        var session = Session(plan: ScreenFixtures.plan)
        var n = 0
        for change: Change in [
            .stepEntered(step: "incheckning"), .stepStarted(step: "incheckning"),
            .timerStarted(timer: TimerKey(step: "incheckning"), seconds: 900),
            .speakerChanged(step: "incheckning", index: 0),
        ] {
            n += 1
            try session.append([Event(id: "e\(n)", tx: "e\(n)", at: t0, by: .facilitator, change: change)])
        }
        try session.append([
            Event(id: "p", tx: "p", at: t0 + 500, by: .cli, change: .stepPaused(step: "incheckning")),
            Event(id: "q", tx: "p", at: t0 + 500, by: .cli, change: .timerPaused(timer: TimerKey(step: "incheckning"))),
        ])
        func context(_ ms: Int64) -> ScreenContext {
            ScreenFixtures.context(session, width: 120, height: 50, now: t0 + ms)
        }
        let projector = ProjectorScreen()
        var console = FacilitatorScreen()
        console.presenting = true
        // The step's own countdown is paused; the speaker's clock still runs, and both roles wake for it.
        #expect(projector.nextChange(context(1_250)) == 750)
        #expect(console.nextChange(context(1_250)) == 750)
        let first = projector.render(context(1_000)).lines.joined(separator: "\n")
        let later = projector.render(context(2_000)).lines.joined(separator: "\n")
        #expect(first.contains("00:59") && later.contains("00:58"), "\(later)")
        // The two roles draw the same speaker clock.
        #expect(console.render(context(2_000)).lines.joined().contains("00:58"))
    }
}
