import Foundation
import Testing

/// Seed 000: the speaking group of a vattentrappa is given one more minute from the timekeeper's
/// pane, on the real binary at 80×24, and the projector, the console and the timekeeper show the same
/// longer turn.
@Suite(.serialized) struct TurnExtensionEndToEndTests {
    static func plan(minutesPerTurn: Int) -> String {
        """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
          "steps": [
            {"id": "trappa", "kind": "vattentrappa", "title": "Region Lagomland", "minutes": 20, "groups": 2,
             "lists": ["Råd"], "questions": ["Vad är viktigast?"], "minutesPerTurn": \(minutesPerTurn)}
          ]
        }
        """
    }

    /// Started, paused, and the word handed to group 2 during the pause: its turn stands still at
    /// its full length, so two panes can be compared cell by cell.
    static func pausedOnGroupTwo(_ room: Room) throws {
        try room.lagomCLI(["step", "goto", room.session, "trappa"])
        try room.lagomCLI(["step", "start", room.session])
        try room.lagomCLI(["step", "pause", room.session])
        try room.lagomCLI(["round", "next", room.session])
    }

    @Test(.needsTmux)
    func plusOneInTheTimekeeperShowsTheSameLongerTurnOnTheProjector() throws {
        let t = try Room(planJSON: Self.plan(minutesPerTurn: 5))
        try Self.pausedOnGroupTwo(t)
        // The same relay planned with six minutes a turn: what the timekeeper must show after +1.
        let six = try Room(planJSON: Self.plan(minutesPerTurn: 6))
        try Self.pausedOnGroupTwo(six)
        try t.open("tk", width: 80, height: 24, ["timekeeper", t.session])
        try t.open("p", width: 80, height: 24, ["projector", t.session])
        try t.open("f", width: 80, height: 24, ["facilitator", t.session])
        try six.open("tk", width: 80, height: 24, ["timekeeper", six.session])
        #expect(try t.waitFor("p") { $0.contains("Grupp 2") && $0.contains("05:00") }.ok)
        let reference = try six.waitFor("tk", escapes: true) { $0.contains("Grupp 2") }
        #expect(reference.ok, "\(reference.screen)")
        let before = try t.waitFor("tk", escapes: true) { $0.contains("Grupp 2") }
        // The big digits are painted cells: five minutes do not look like six.
        #expect(before.screen != reference.screen)

        try t.press("tk", "+")
        let projector = try t.waitFor("p") { $0.contains("06:00") }
        #expect(projector.ok, "\(projector.screen)")
        #expect(!projector.screen.contains("05:00"))
        let console = try t.waitFor("f") { $0.contains("06:00") }
        #expect(console.ok, "\(console.screen)")
        let after = try t.waitFor("tk", escapes: true) { $0 == reference.screen }
        #expect(after.ok, "the timekeeper shows not six minutes:\n\(after.screen)")
        let kinds = try t.events().compactMap { ($0["change"] as? [String: Any])?.keys.first }
        #expect(kinds.last == "turnExtended", "\(kinds)")
    }
}
