import LagomCore
import Testing

@testable import LagomUI

/// A vattentrappa has one clock, the speaking group's turn, and every pane shows that one (QA: the
/// timekeeper showed a step timer of its own, 04:46 beside the projector's 04:53, and its keys
/// changed a clock nobody else saw).
@Suite struct VattentrappaTimekeeperTests {
    let id: StepID = "region-lagomland"

    /// No timer beside the turns, from the command line either (QA: `timer start --group 2` ran one
    /// no pane showed). Only more (or less) time for the speaking group's turn is asked of it.
    @Test func timerActionsOnAVattentrappaAreRefusedWithTheReason() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: id))
        for action in [TimerAction.start(seconds: 180), .toggle, .reset, .stop] {
            #expect(throws: Refusal.turnsNotTimers(id)) {
                try action.changes(
                    for: TimerKey(step: id, group: 2), in: sample.session, at: sample.now, utcOffsetSeconds: 0)
            }
        }
    }

    @Test func startingTheStepGivesGroupOneTheWordAndStartsNoSecondClock() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: id))
        let changes = try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0)
        #expect(changes == [.stepStarted(step: id), .turnPassed(step: id, turn: 0)])
    }

    @Test func theTimekeeperShowsTheTurnAndLeavesItToTheFacilitator() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: id))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        sample.advance(seconds: 7)
        try sample.add(.turnPassed(step: id, turn: 1))
        sample.advance(seconds: 7)
        let context = sample.context(width: 80, height: 24)
        let step = try #require(sample.session.plan.step(id))
        let targets = TimerTarget.all(for: step, in: context)
        #expect(targets.map(\.key) == [TimerKey(step: id, group: 2)])
        let turn = try #require(TimerReading.turn(of: step, in: context)?.reading)
        #expect(targets.first?.reading?.clock == turn.clock)
        var screen = TimekeeperScreen()
        let rendered = screen.render(context).lines.joined(separator: "\n")
        #expect(rendered.contains("Grupp 2"), "whose turn it is")
        #expect(!rendered.contains("Mellanslag"), "no key in the footer that does nothing here")
        #expect(rendered.contains("? Hjälp"))
        for key in [Key.character(" "), .character("r"), .character("x")] {
            #expect(screen.handle(key, context).isEmpty, "\(key) must not touch a clock of its own")
        }
        #expect(screen.render(context).lines.joined().contains("processledaren ger ordet vidare med s"))
        // Seed 000: the speaking group can be given more time; + and 5 ask it of the turn.
        #expect(screen.handle(.character("+"), context) == [.act(.timer(.extend(seconds: 60), TimerKey(step: id)))])
        #expect(screen.handle(.character("5"), context) == [.act(.timer(.extend(seconds: 300), TimerKey(step: id)))])
    }

    /// The facilitator's `?` on a vattentrappa: the speaker key and more time for the speaking
    /// group, no reset or stop (the turn is the clock).
    @Test func theFacilitatorsHelpListsTheTurnNotTimers() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: id))
        let help = FacilitatorScreen().activeKeys(sample.context()).map(\.help)
        #expect(help.contains("Nästa talare eller grupp"))
        #expect(help.contains("Talande gruppens tur +1 min") && help.contains("Talande gruppens tur +5 min"))
        #expect(!help.contains { $0.hasPrefix("Stegets timrar") })
        #expect(!help.contains { $0.hasSuffix("stegets timrar") })
    }

    /// After the last group the round is over, not "not started" (QA: "– inte startad").
    @Test func whenEveryGroupHasSpokenTheTimekeeperSaysSo() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: id))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        try sample.add(.turnPassed(step: id, turn: -1))
        let step = try #require(sample.session.plan.step(id))
        let target = try #require(TimerTarget.all(for: step, in: sample.context()).first)
        #expect(target.status(.sv) == "✓ Alla grupper har talat.")
        #expect(target.clock(for: step) == "00:00")
    }

    /// The turn ticks in the timekeeper too (QA: it drew once and stood still while the others counted).
    @Test func theTimekeeperRedrawsEverySecondOfATurn() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: id))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        let context = sample.context(at: sample.now + 2_300)
        let wait = try #require(TimekeeperScreen().nextChange(context))
        #expect(wait > 0 && wait <= 1_000)
    }
}
