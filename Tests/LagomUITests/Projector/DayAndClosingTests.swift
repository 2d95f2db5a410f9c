import LagomCore
import Testing

@testable import LagomUI

/// A new day's banner on its first step, and the closing screen after the last step.
@Suite struct DayAndClosingTests {
    @Test func aNewDaysFirstStepCarriesItsBannerUntilItStarts() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "innovation"))
        #expect(sample.projector().contains("Dag 2 – Verksamhetsplan 2025"))
        #expect(sample.console().contains("Dag 2 – Verksamhetsplan 2025"))
        #expect(!sample.projector().contains("Dag 2 – Dag 2"), "the day's number is not said twice")
        try sample.add(.stepStarted(step: "innovation"))
        #expect(!sample.projector().contains("Dag 2 – Verksamhetsplan 2025"))
        // Not on a later step of the day.
        try sample.add(.stepEntered(step: "hjart-karl"))
        #expect(!sample.projector().contains("Verksamhetsplan 2025"))
    }

    /// The day's agenda before it starts, at 80×24: a step whose owners wrap continues under its
    /// title, not under its time (it read "(teamledare)" in the time's column).
    @Test func aWrappedAgendaLineContinuesUnderItsTitle() throws {
        let lines = try Sample.sv().projector().split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("09.35  Grupparbete medarbetarenkätens resultat") })
        let title = try #require(lines[row].range(of: "Grupparbete")).lowerBound
        let column = lines[row].distance(from: lines[row].startIndex, to: title)
        #expect(lines[row + 1].hasPrefix(String(repeating: " ", count: column) + "("), "\(lines[row + 1])")
    }

    @Test func aDayTitleWithoutItsNumberGetsOne() throws {
        var sample = try Sample.sv()
        var plan = sample.session.plan
        plan.days[1].title = "Verksamhetsplan 2025"
        sample.session = Session(plan: plan)
        try sample.add(.stepEntered(step: "innovation"))
        #expect(sample.projector().contains("Dag 2 – Verksamhetsplan 2025"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theLastStepDoneShowsTheClosingScreen(size: (Int, Int)) throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "avslutning"))
        try sample.add(.stepStarted(step: "avslutning"))
        #expect(!sample.projector(width: size.0, height: size.1).contains("Dagen slutade"))
        sample.advance(seconds: 600)
        try sample.add(.stepCompleted(step: "avslutning"))
        let projector = sample.projector(width: size.0, height: size.1)
        #expect(projector.contains("Planeringsdagar"))
        #expect(projector.contains("Dagen slutade 09.10."))
        #expect(!projector.contains("✓ Klart"))
        let painted = sample.paintedProjector(width: size.0, height: size.1)
        #expect(painted.contains("█") || projector.contains("Tack för i dag!"), "the thanks, big where it fits")
        let secretary = SecretaryScreen(group: 1).render(sample.context(width: size.0, height: size.1)).lines.joined(
            separator: "\n")
        #expect(secretary.contains("Tack för i dag!"))
        #expect(!secretary.contains("Väntar på nästa steg"))
        var present = FacilitatorScreen()
        _ = present.handle(.character("p"), sample.context(width: size.0, height: size.1))
        #expect(
            Snapshot.paintedLines(present.render(sample.context(width: size.0, height: size.1))).joined()
                .contains("Dagen slutade 09.10."))
        if size == (80, 24) {
            Snapshot.assert(
                ProjectorScreen().render(sample.context(width: 80, height: 24)), named: "projector-closing-80x24",
                painted: true)
        }
    }

    /// A done step started again: the group's countdown, stopped with the step before, is not
    /// what the secretary's header shows ("stoppad"); the step's running one is.
    @Test func aRestartedStepShowsNoStoppedGroupTimerInTheSecretaryHeader() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "enkat-grupparbete"))
        try sample.add(.stepStarted(step: "enkat-grupparbete"))
        try sample.add(.timerStarted(timer: TimerKey(step: "enkat-grupparbete", group: 1), seconds: 600))
        sample.advance(seconds: 60)
        try sample.add(.stepCompleted(step: "enkat-grupparbete"))
        #expect(sample.session.state.timers[TimerKey(step: "enkat-grupparbete", group: 1)]?.isStopped == true)
        sample.advance(seconds: 60)
        try sample.add(.stepStarted(step: "enkat-grupparbete"))
        let header = SecretaryScreen(group: 1).render(sample.context()).lines[0]
        #expect(!header.contains("stoppad"), "\(header)")
    }
}
