import Foundation
import Testing

/// Seed 000's theme board on the real binary at 80×24: a Friskfaktor is not merged into a
/// Riskfaktor; the board says why, in Swedish, and the log gets no merge.
@Suite(.serialized) struct ThemeBoardEndToEndTests {
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
          "steps": [
            {"id": "enkat", "kind": "groupwork", "title": "Enkät i grupp", "minutes": 30, "groups": 2,
             "lists": ["Riskfaktorer", "Friskfaktorer"], "prompts": ["Identifiera två av varje"]}
          ]
        }
        """

    @Test(.needsTmux)
    func aMergeAcrossListsIsRefusedWithTheReason() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "enkat"])
        let add = ["note", "add", t.session, "--step", "enkat"]
        try t.lagomCLI(add + ["--list", "Riskfaktorer", "--group", "1", "Lång väntetid"])
        try t.lagomCLI(add + ["--list", "Friskfaktorer", "--group", "2", "Humor i gruppen"])
        try t.open("f", width: 80, height: 24, ["facilitator", t.session])
        #expect(try t.waitFor("f") { $0.contains("Enkät i grupp") }.ok)
        try t.press("f", "t")
        // □ Utan tema, Riskfaktorer, Lång väntetid, Friskfaktorer, Humor i gruppen: each list named once.
        #expect(try t.waitFor("f") { $0.contains("Riskfaktorer") && $0.contains("G2 · Humor i gruppen") }.ok)
        // j goes down (it merged before); Space marks the Friskfaktor; k back up to the Riskfaktor; + merges.
        try t.keys("f", "j", "j", "j", "j", "Space", "k", "k", "+")
        let refused = try t.waitFor("f") { $0.contains("står i Friskfaktorer, inte i Riskfaktorer") }
        #expect(refused.ok, "\(refused.screen)")
        #expect(refused.screen.contains("[x] G2 · Humor i gruppen"), "the mark stays: \(refused.screen)")
        let kinds = try t.events().compactMap { ($0["change"] as? [String: Any])?.keys.first }
        #expect(!kinds.contains("notesMerged"), "\(kinds)")
    }
}
