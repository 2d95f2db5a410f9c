import LagomCore
import Testing

@testable import LagomUI

/// On any day but the plan's, Lunch said "Åter 13.00 har redan passerat" and the timekeeper "– ej
/// startad" while the console said "▶ pågår". `lagom rehearse` shifts the room's clock (an event every
/// pane folds) so the plan's day starts now: the same plan run on its date and on another says the same.
@Suite struct RehearsalTests {
    /// Day 1 run from its first step to Lunch, started 178 minutes after `start`; the three panes 5
    /// minutes later.
    func panes(startingAt start: WallTime, rehearse: Bool) throws -> [String] {
        var sample = try Sample.sv()
        sample.now = start
        if rehearse {
            let shift = try #require(
                Rehearsal.shift(
                    plan: sample.session.plan, state: sample.session.state, day: 1,
                    now: start, utcOffsetSeconds: 0))
            try sample.add(.clockShifted(seconds: shift))
        }
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        sample.advance(seconds: 178 * 60)
        try sample.add(
            contentsOf: try AgendaAction.goto("lunch-1").changes(
                in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        sample.advance(seconds: 5 * 60)
        let timekeeper = TimekeeperScreen().render(sample.context(width: 80, height: 24)).lines.joined(separator: "\n")
        return [sample.console(width: 100, height: 30), timekeeper, sample.projector(width: 100, height: 30)]
    }

    @Test func thePlanRunOnItsDateAndRehearsedOnAnotherSayTheSame() throws {
        let onTheDay = try panes(startingAt: Sample.t0, rehearse: false)  // 2024-12-03 09:00
        let anotherDay = WallTime(seconds: 1_781_109_000)  // 2026-06-10 16:30
        let rehearsed = try panes(startingAt: anotherDay, rehearse: true)
        #expect(onTheDay[0].contains("Åter 13.00"))
        #expect(!onTheDay[1].contains("inte startad"))
        for (day, other) in zip(onTheDay, rehearsed) { #expect(day == other) }
        // Without the rehearsal the other day's Lunch has no countdown: the panes disagree with the day.
        let unrehearsed = try panes(startingAt: anotherDay, rehearse: false)
        #expect(unrehearsed[1] != onTheDay[1])
    }

    @Test func theShiftPutsNowOnThePlannedStartOfTheDay() throws {
        let plan = try Sample.sv().session.plan
        let now = WallTime(seconds: 1_796_522_000)  // 2026-12-06 02:33:20 UTC
        let shift = try #require(
            Rehearsal.shift(plan: plan, state: SessionState(), day: 2, now: now, utcOffsetSeconds: 3600))
        #expect(TimeOfDay.isoDate(of: now, utcOffsetSeconds: 3600 + shift) == "2024-12-04")
        #expect(TimeOfDay.clock(of: now, utcOffsetSeconds: 3600 + shift) == ClockTime(hour: 9, minute: 0))
        #expect(Rehearsal.shift(plan: plan, state: SessionState(), day: 3, now: now, utcOffsetSeconds: 0) == nil)
    }
}
