import Foundation
import LagomCore
import Testing

@testable import LagomUI

/// Tankefällor: `minutes: 15` and `returnAt: "11.20"`, an exercise and then fika until 11.20. It showed
/// `Åter 11.20` before it started and `Tid: 15 min · Åter 10.56` once started, right under its own
/// bullet "åter 11.20". The plan's return time wins; the exercise and the break are both said, and the
/// room sees the big ÅTER screen once the exercise is over.
@Suite struct ExerciseReturnTests {
    /// The sample at Tankefällor, started at 10.41 (UTC, the tests' room clock).
    func started() throws -> Sample {
        var sample = try Sample.sv()
        sample.now = WallTime(seconds: 1_733_216_400 + (60 + 41) * 60)
        try sample.add(.stepEntered(step: "tankefallor"))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        return sample
    }

    @Test func theFactsSayTheExerciseAndTheBreakBeforeAndAfterTheStart() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "tankefallor"))
        #expect(sample.console(width: 120).contains("Övning 15 min, sedan paus · Åter 11.20"))
        let running = try started()
        let console = running.console(width: 120)
        #expect(console.contains("Övning 15 min, sedan paus · Åter 11.20"))
        #expect(!console.contains("Åter 10.56"))
    }

    @Test func theReturnTimeIsThePlansWhereverItIsAsked() throws {
        let sample = try started()
        let step = try #require(sample.session.plan.step("tankefallor"))
        let timer = sample.session.state.timers[TimerKey(step: "tankefallor")]
        #expect(
            TimeOfDay.backAt(step: step, timer: timer, now: sample.now, utcOffsetSeconds: 0)
                == ClockTime(hour: 11, minute: 20))
        #expect(TimeOfDay.breakAfterExercise(step: step, timer: timer, now: sample.now, utcOffsetSeconds: 0) == nil)
        // 10.58: the exercise is over, 22 minutes of fika are left.
        let after = sample.now + 17 * 60_000
        #expect(
            TimeOfDay.breakAfterExercise(step: step, timer: timer, now: after, utcOffsetSeconds: 0)
                == Int64(22 * 60_000))
        // 11.21: the return time has passed, the room is late: no break to show any more.
        #expect(
            TimeOfDay.breakAfterExercise(step: step, timer: timer, now: sample.now + 40 * 60_000, utcOffsetSeconds: 0)
                == nil)
    }

    @Test func onceTheExerciseIsOverTheRoomSeesTheBreakUntilTheReturnTime() throws {
        let sample = try started()
        let after = sample.paintedProjector(width: 100, height: 30, at: sample.now + 17 * 60_000)
        // The big headline is the return time, as on a break.
        let headline = try #require(BigText.render("Åter 11.20", maxWidth: 100, maxHeight: 15)?.first)
        #expect(after.contains(headline.trimmingCharacters(in: .whitespaces)), "\(after)")
        #expect(!after.contains("övertid"), "the exercise's overtime is not the room's news: \(after)")
        #expect(sample.console(at: sample.now + 17 * 60_000).contains("Åter 11.20"))
        #expect(sample.console(at: sample.now + 17 * 60_000).contains("22:00"))
    }
}
