import Testing

@testable import LagomCore

/// Seed 000: `j` on the theme board merged a Friskfaktor into a Riskfaktor, and the note left its
/// list's vote without a word. A merge stays within one list, and its refusal says why.
@Suite struct MergeAcrossListsTests {
    static let plan = Plan(
        title: "Testdag", language: .sv, days: [Day(title: "Dag 1")], participants: Fixtures.participants,
        steps: [
            Step(
                id: "enkat", kind: .groupwork, title: "Enkät i grupp", minutes: 30,
                lists: ["Riskfaktorer", "Friskfaktorer"], groups: 4)
        ])

    func recorder() throws -> Recorder {
        var r = Recorder()
        r.session = Session(plan: Self.plan)
        try r.addNote("risk", "Lång väntetid", step: "enkat", list: "Riskfaktorer", group: 1)
        try r.addNote("risk2", "Långa väntetider", step: "enkat", list: "Riskfaktorer", group: 2)
        try r.addNote("frisk", "Humor i gruppen", step: "enkat", list: "Friskfaktorer", group: 3)
        return r
    }

    @Test func aMergeAcrossListsIsRefusedAndNothingChanges() throws {
        var r = try recorder()
        let before = r.session.state
        #expect(
            throws: Refusal.mergeAcrossLists("frisk", list: "Friskfaktorer", into: "risk", intoList: "Riskfaktorer")
        ) {
            try r.commit(.notesMerged(note: "frisk", into: "risk"))
        }
        #expect(r.session.state == before)
        // Within its list a duplicate still merges.
        try r.commit(.notesMerged(note: "risk2", into: "risk"))
        #expect(r.session.state.board.mergedInto == ["risk2": "risk"])
    }

    /// The reason names both notes and both lists, in the language asked for.
    @Test func theRefusalSaysWhy() {
        let refusal = Refusal.mergeAcrossLists("frisk", list: "Friskfaktorer", into: "risk", intoList: "Riskfaktorer")
        #expect(
            refusal.message(.sv)
                == "frisk står i Friskfaktorer, inte i Riskfaktorer. Lappar i olika listor kan inte slås ihop: "
                + "lappen skulle försvinna ur sin listas röstning")
        let texts: [NoteID: String] = ["frisk": "Humor i gruppen", "risk": "Lång väntetid"]
        let onScreen = refusal.message(.en) { texts[$0] }
        #expect(onScreen.hasPrefix("\"Humor i gruppen\" is in Friskfaktorer, not in Riskfaktorer."))
        #expect(onScreen.contains("drop out of its list's vote"))
        #expect(refusal.notes == ["frisk", "risk"])
    }
}
