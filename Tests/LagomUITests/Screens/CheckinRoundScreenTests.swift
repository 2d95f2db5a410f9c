import LagomCore
import Testing

@testable import LagomUI

/// The check-in round as every pane shows it: the speaker and who follows from the people here,
/// the remote marked, who passed coming back at the end, who is still expected; and its keys.
@Suite struct CheckinRoundScreenTests {
    func round(_ sample: inout Sample, _ action: RoundAction) throws {
        try sample.add(contentsOf: try action.changes(in: sample.session, at: sample.now))
    }

    func mark(_ sample: inout Sample, _ name: String, _ mark: Attendance.Mark) throws {
        try sample.add(contentsOf: try AttendanceAction.mark(person: name, mark).changes(in: sample.session))
    }

    @Test func theRoundGoesRoundThePeopleHere() throws {
        var sample = try Sample("team-day-en")
        try sample.add(.stepEntered(step: "checkin"))
        try mark(&sample, "Brenda", .absent(reason: "ill"))
        try mark(&sample, "Callum", .remote)
        try mark(&sample, "Gus", .late(ClockTime(hour: 10, minute: 30)))
        // Before the first speaker: how many speak, who goes first, who is still expected.
        var console = sample.console(width: 120, height: 40)
        #expect(console.contains("The round: 1 min each · 10 here"))
        #expect(console.contains("First: Alex Moreton, Callum Reyes (remote), Dana Whitfield and 7 more"))
        #expect(console.contains("Expected: Gus Lindell 10:30"))
        try round(&sample, .nextSpeaker("checkin"))
        try round(&sample, .pass("checkin"))
        console = sample.console(width: 120, height: 40)
        #expect(console.contains("Speaking: Callum Reyes (remote)  01:00"))
        #expect(console.contains("Next: Dana Whitfield, Eli Brandt, Farah Castell and 5 more"))
        #expect(console.contains("Passed, back at the end: Alex Moreton"))
        // The projector says the same, at 80×24 too.
        let projector = sample.projector()
        #expect(projector.contains("Callum Reyes (remote)"))
        #expect(projector.contains("Next: Dana Whitfield"))
    }

    @Test func theEndOfTheRoundIsSaid() throws {
        var sample = try Sample("team-day-en")
        try sample.add(.stepEntered(step: "checkin"))
        for _ in 0..<12 { try round(&sample, .nextSpeaker("checkin")) }
        try round(&sample, .nextSpeaker("checkin"))
        #expect(sample.console(width: 120, height: 40).contains("The round is over: 12 have spoken"))
    }

    @Test func passAndOrderAreKeysOfACheckinOnly() throws {
        var sample = try Sample("team-day-en")
        var screen = FacilitatorScreen()
        try sample.add(.stepEntered(step: "checkin"))
        #expect(screen.handle(.character("S"), sample.context()) == [.round(.pass("checkin"))])
        #expect(screen.handle(.character("o"), sample.context()) == [.round(.order("checkin", .group, seed: 1))])
        #expect(screen.message?.text.en == "The round starts over, order: group by group")
        try round(&sample, .order("checkin", .group, seed: 1))
        #expect(screen.handle(.character("o"), sample.context()) == [.round(.order("checkin", .site, seed: 2))])
        // `?` lists them on a check-in, not on a step without a round.
        let keys = FacilitatorScreen.keys(for: sample.session.plan.step("checkin"), presenting: false)
        #expect(keys.bindings.contains { $0.action == .passSpeaker })
        let other = sample.session.plan.steps.first { $0.kind == .info }
        #expect(!FacilitatorScreen.keys(for: other, presenting: false).bindings.contains { $0.action == .reorderRound })
        try sample.add(.stepEntered(step: other!.id))
        #expect(screen.handle(.character("S"), sample.context()) == [])
        #expect(screen.message?.text.en == "⚠ This step is not a check-in.")
    }
}
