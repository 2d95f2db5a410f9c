import LagomCore
import Testing

@testable import LagomUI

/// Seed 000: the speaking group of a vattentrappa can be given +1 / +5 minutes, from the
/// timekeeper's pane or the console, and every pane shows the same longer turn. Made-up day.
@Suite struct TurnExtensionScreenTests {
    /// Region Lagomland (5 min a turn), group 1 speaking for a minute.
    func speaking() throws -> SecretaryFixtures.Builder {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        try b.add([.stepStarted(step: "trappa"), .turnPassed(step: "trappa", turn: 0)])
        b.now = b.now + 60_000
        return b
    }

    func clock(_ b: SecretaryFixtures.Builder) throws -> String {
        let step = try #require(b.session.plan.step("trappa"))
        return try #require(TimerReading.turn(of: step, in: SecretaryFixtures.context(b.session, now: b.now))?.reading)
            .clock
    }

    @Test func theTimekeepersPlusOneLengthensTheTurnInEveryPane() throws {
        var b = try speaking()
        #expect(try clock(b) == "04:00")
        var timekeeper = TimekeeperScreen()
        SecretaryFixtures.press(.character("+"), to: &timekeeper, on: &b, as: .timekeeper)
        #expect(try clock(b) == "05:00")
        let context = SecretaryFixtures.context(b.session, now: b.now)
        // The console's stage and the projector read the same turn.
        let console = FacilitatorScreen().render(context).lines.joined(separator: "\n")
        #expect(console.contains("05:00"), "\(console)")
        Snapshot.assert(timekeeper.render(context), named: "timekeeper-turn-plus-one-80x24")
        Snapshot.assert(ProjectorScreen().render(context), named: "projector-turn-plus-one-80x24")
        // `u` in the timekeeper's pane takes it back.
        SecretaryFixtures.press(.character("u"), to: &timekeeper, on: &b, as: .timekeeper)
        #expect(try clock(b) == "04:00")
    }

    @Test func theConsolesFiveGivesTheSpeakingGroupFiveMinutes() throws {
        var b = try speaking()
        var console = FacilitatorScreen()
        SecretaryFixtures.press(.character("5"), to: &console, on: &b, as: .facilitator)
        #expect(try clock(b) == "09:00")
        #expect(b.session.state.board.turns["trappa"]?.extended == 300_000)
        // The next group speaks for the plan's five minutes.
        SecretaryFixtures.press(.character("s"), to: &console, on: &b, as: .facilitator)
        #expect(try clock(b) == "05:00")
    }

    /// The timekeeper's `?` says whose time +, 5 and − change; its footer keeps the short words.
    @Test func theTimekeepersHelpNamesTheSpeakingGroupsTurn() throws {
        let step = try #require(SecretaryFixtures.plan.step("trappa"))
        let keys = TimekeeperKeys.keys(for: step)
        #expect(keys.helpEntries(.sv).map(\.help).contains("Talande gruppens tur +5 min"))
        #expect(keys.helpEntries(.en).map(\.help).contains("The speaking group's turn −1 min"))
        #expect(keys.footerEntries(.sv).map(\.help).starts(with: ["+1 min", "+5 min", "−1 min"]))
    }

    /// Before the first hand-over nobody has the word: the timekeeper's + says so.
    @Test func plusBeforeAnyoneSpeaksSaysWhy() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        var timekeeper = TimekeeperScreen()
        let outcomes = Drive.keys([.character("+")], &timekeeper, session: &b.session, as: .timekeeper, at: b.now)
        #expect(outcomes.count == 1)
        if case .refused = outcomes.first?.outcome {} else { Issue.record("\(outcomes)") }
        let text = timekeeper.render(SecretaryFixtures.context(b.session)).lines.joined(separator: "\n")
        #expect(text.contains("ingen grupp har ordet"), "\(text)")
    }
}
