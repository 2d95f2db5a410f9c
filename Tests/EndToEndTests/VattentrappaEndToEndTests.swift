import Foundation
import Testing

/// The vattentrappa as the room runs it: two secretaries in tmux while the word passes.
@Suite(.serialized) struct VattentrappaEndToEndTests {
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
          "steps": [
            {"id": "trappa", "kind": "vattentrappa", "title": "Region Lagomland", "minutes": 20, "groups": 2,
             "lists": ["Råd"], "questions": ["Vad är viktigast?"], "minutesPerTurn": 5}
          ]
        }
        """

    @Test(.needsTmux)
    func aGroupSavesAfterTheWordPassedAndSeesWhatTheOtherSaid() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "trappa"])
        try t.lagomCLI(["round", "next", t.session])
        try t.open("s1", width: 80, height: 24, ["secretary", t.session, "--group", "1"])
        try t.open("s2", width: 80, height: 24, ["secretary", t.session, "--group", "2"])
        #expect(try t.waitFor("s1") { $0.contains("Ni har ordet") }.ok)
        try t.type("s1", "Ett nummer till koordinator")
        try t.press("s1", "Enter")
        // The word passes to group 2 while group 1 is still typing its last point.
        try t.type("s1", "Mer tid för journalföring")
        try t.lagomCLI(["round", "next", t.session])
        #expect(try t.waitFor("s1") { $0.contains("Lyssna: grupp 2 har ordet") }.ok)
        try t.press("s1", "Enter")
        // Group 2 sees what group 1 said, and a hint when it is about to repeat it.
        let seen = try t.waitFor("s2") { $0.contains("Grupp 1: Mer tid för journalföring") }
        #expect(seen.ok, "secretary 2 shows: \(seen.screen)")
        try t.type("s2", "ett nummer till koordinatör")
        #expect(try t.waitFor("s2") { $0.contains("Liknar det grupp 1 redan sagt") }.ok)
        try t.press("s2", "Enter")
        // After the last group, group 1 still adds a note.
        try t.lagomCLI(["round", "next", t.session])
        #expect(try t.waitFor("s1") { $0.contains("Vattentrappan är slut") }.ok)
        try t.type("s1", "Sista rådet")
        try t.press("s1", "Enter")
        let saved = try t.waitFor("s1") { $0.contains("Gruppens lappar (3)") }
        #expect(saved.ok, "secretary 1 shows: \(saved.screen)")
        let texts = try t.events().compactMap { event -> String? in
            ((event["change"] as? [String: Any])?["noteAdded"] as? [String: Any])?["text"] as? String
        }
        #expect(
            texts == [
                "Ett nummer till koordinator", "Mer tid för journalföring", "ett nummer till koordinatör",
                "Sista rådet",
            ])
    }
}
