import LagomCore
import Testing

@testable import LagomUI

/// Seed 000, day 1: the timekeeper and the console said different things about the same clock.
/// Every pane reads the room's clock the same way (`TimerReading.room`, `TimerTarget.all`).
@Suite struct PaneAgreementTests {
    /// The timekeeper as the loop runs it: `observe`, then a frame.
    func timekeeper(
        _ screen: inout TimekeeperScreen, _ sample: Sample, at: WallTime? = nil, width: Int = 80, height: Int = 24
    ) -> String {
        let context = sample.context(width: width, height: height, at: at)
        _ = screen.observe(context)
        return screen.render(context).lines.joined(separator: "\n")
    }

    func secretary(_ sample: Sample, group: Int, at: WallTime) -> String {
        SecretaryScreen(group: group).render(sample.context(at: at)).lines.joined(separator: "\n")
    }

    /// The last two rows of the console: the countdown line and the footer.
    func consoleStatus(_ sample: Sample, at: WallTime) -> String {
        sample.console(at: at).split(separator: "\n", omittingEmptySubsequences: false).suffix(2).joined(
            separator: "\n")
    }

    /// Tankefällor (15 minutes, back at 11.20) started at 10.41: at 10.58 the exercise is over and
    /// the room is on fika until 11.20. The timekeeper, the console's bottom line and the secretary
    /// said "+02:00 övertid" while the projector said ÅTER 11.20.
    @Test func afterAnExerciseEveryPaneCountsToTheReturnTime() throws {
        var sample = try Sample.sv()
        sample.now = WallTime(seconds: 1_733_216_400 + (60 + 41) * 60)
        try sample.add(.stepEntered(step: "tankefallor"))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        var screen = TimekeeperScreen()
        _ = timekeeper(&screen, sample)
        let after = sample.now + 17 * 60_000
        let status = consoleStatus(sample, at: after)
        #expect(status.contains("22:00"), "\(status)")
        #expect(!status.contains("+02:00") && !status.contains("övertid"), "\(status)")
        let pane = timekeeper(&screen, sample, at: after, width: 200, height: 60)
        #expect(pane.contains("paus · Åter 11.20"), "\(pane)")
        #expect(!pane.contains("övertid"), "\(pane)")
        let step = try #require(sample.session.plan.step("tankefallor"))
        let big = TimerTarget.all(for: step, in: sample.context(at: after)).first
        #expect(big?.clock(for: step) == "22:00")
        let header = secretary(sample, group: 1, at: after).split(separator: "\n").first ?? ""
        #expect(header.contains("22:00"), "\(header)")
    }

    /// The exercise's end rings the timekeeper's bell, though its clock then counts to the return.
    @Test func theExercisesEndStillRings() throws {
        var sample = try Sample.sv()
        sample.now = WallTime(seconds: 1_733_216_400 + (60 + 41) * 60)
        try sample.add(.stepEntered(step: "tankefallor"))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        var screen = TimekeeperScreen()
        #expect(screen.observe(sample.context(at: sample.now + 14 * 60_000)).isEmpty)
        #expect(screen.observe(sample.context(at: sample.now + 15 * 60_000)) == [.bell])
        #expect(screen.observe(sample.context(at: sample.now + 16 * 60_000)).isEmpty)
    }

    /// Lunch on another day than the plan's: started at 13.30, its return time 13.00 has passed and no
    /// countdown runs. The console's title said "▶ pågår", the timekeeper "– inte startad".
    @Test func aStepWithoutACountdownReadsTheSameInEveryPane() throws {
        var sample = try Sample.sv()
        sample.now = WallTime(seconds: 1_733_216_400 + (4 * 60 + 30) * 60)
        try sample.add(.stepEntered(step: "lunch-1"))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        #expect(sample.session.state.timers[TimerKey(step: "lunch-1")] == nil)
        #expect(sample.console().contains("▶ pågår"))
        var screen = TimekeeperScreen()
        let pane = timekeeper(&screen, sample)
        #expect(pane.contains("▶ pågår · utan nedräkning"), "\(pane)")
        #expect(!pane.contains("inte startad"), "\(pane)")
        try sample.add(.stepPaused(step: "lunch-1"))
        #expect(sample.console().contains("‖ pausat"))
        #expect(timekeeper(&screen, sample).contains("‖ pausat · utan nedräkning"))
    }

    /// The group chosen in one step is not carried into the next: there the room's countdown is
    /// big again (seed 000: group 3's never-started clock stood big while the room's ran).
    @Test func theChosenTimerStaysInItsStep() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "enkat-grupparbete"))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        var screen = TimekeeperScreen()
        _ = timekeeper(&screen, sample)
        for _ in 0..<3 { _ = screen.handle(.down, sample.context()) }
        #expect(timekeeper(&screen, sample).contains("Grupp 3 · 4/"))
        try sample.add(.stepEntered(step: "balanskollen"))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        let pane = timekeeper(&screen, sample)
        #expect(screen.selectedGroup == nil)
        #expect(pane.contains("Hela rummet · 1/"), "\(pane)")
        // A timekeeper opened for one group (`--group 2`) comes back to that group in every step.
        var own = TimekeeperScreen(group: 2)
        _ = timekeeper(&own, sample)
        _ = own.handle(.up, sample.context())
        #expect(own.selectedGroup == 1)
        try sample.add(.stepEntered(step: "resurser"))
        _ = timekeeper(&own, sample)
        #expect(own.selectedGroup == 2)
    }

    /// Started 40 seconds after the room's countdown, the groups' say what the room's says.
    @Test func groupsStartedLaterShowTheRoomsTime() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "enkat-grupparbete"))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        sample.advance(seconds: 40)
        var screen = TimekeeperScreen()
        let before = timekeeper(&screen, sample, width: 120, height: 40)
        #expect(before.contains("29:20 väntar"), "\(before)")
        var session = sample.session
        Drive.keys([.character("a")], &screen, session: &session, as: .timekeeper, at: sample.now)
        sample.session = session
        let step = try #require(sample.session.plan.step("enkat-grupparbete"))
        let clocks = Set(TimerReading.all(for: step, in: sample.context()).map(\.clock))
        #expect(clocks == ["29:20"])
    }
}
