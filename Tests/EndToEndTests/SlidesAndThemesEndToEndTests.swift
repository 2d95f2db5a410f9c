import Foundation
import Testing

/// A long slide pages at 80×24 with → and PgDn and changes step only after its last page; the
/// theme summary stays off the projector until the facilitator shows it. The real binary in tmux.
@Suite(.serialized) struct SlidesAndThemesEndToEndTests {
    static let bullets = (1...20).map { "\"Punkt \($0) om året som gått i Lagomland\"" }.joined(separator: ", ")
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
          "steps": [
            {"id": "inledning", "kind": "info", "title": "Inledning", "bullets": [\(bullets)]},
            {"id": "trappa", "kind": "vattentrappa", "title": "Region Lagomland", "minutes": 20, "groups": 2,
             "lists": ["Råd"], "questions": ["Vad är viktigast?"], "minutesPerTurn": 5}
          ]
        }
        """

    @Test(.needsTmux)
    func aLongSlidePagesWithArrowAndPgDnAndTheProjectorFollows() throws {
        let t = try Room(planJSON: Self.plan)
        try t.open("f", width: 80, height: 24, ["facilitator", t.session])
        try t.open("p", width: 80, height: 24, ["projector", t.session])
        #expect(try t.waitFor("f") { $0.contains("Dagen har inte börjat") }.ok)
        try t.press("f", "n")
        #expect(try t.waitFor("p") { $0.contains("Punkt 1 om") }.ok)
        var seen = Set<Int>()
        var turns = 0
        // → and PgDn alike (a clicker sends either), until the step changes.
        while turns < 20 {
            let screen = try t.capture("p")
            // The next step's title is painted big: its question says the step changed.
            if screen.contains("Vad är viktigast?") { break }
            for n in 1...20 where screen.contains("Punkt \(n) om") { seen.insert(n) }
            try t.press("f", turns % 2 == 0 ? "Right" : "PgDn")
            turns += 1
            // Each press turns the projector's page (or moves it to the next step).
            #expect(try t.waitFor("p", timeout: 10) { $0 != screen }.ok, "the projector did not turn: \(screen)")
        }
        #expect(turns > 1, "the slide took more than one page")
        #expect(seen == Set(1...20), "never on the projector: \(Set(1...20).subtracting(seen).sorted())")
        #expect(try t.waitFor("p") { $0.contains("Vad är viktigast?") }.ok)
    }

    @Test(.needsTmux)
    func theThemeSummaryIsHiddenUntilShown() throws {
        let t = try Room(planJSON: Self.plan)
        try t.lagomCLI(["step", "goto", t.session, "trappa"])
        try t.lagomCLI(["note", "add", t.session, "--step", "trappa", "--list", "Råd", "--group", "1", "Ett nummer"])
        try t.open("f", width: 80, height: 24, ["facilitator", t.session])
        try t.open("p", width: 80, height: 24, ["projector", t.session])
        #expect(try t.waitFor("p") { $0.contains("Ett nummer") }.ok)
        try t.press("f", "t")
        try t.press("f", "a")
        try t.type("f", "Organisation")
        try t.press("f", "Enter")
        #expect(try t.waitFor("f") { $0.contains("dold för rummet (v visar)") }.ok)
        // Made, but not shown: the room still sees what was said.
        #expect(!(try t.capture("p")).contains("Sammanfattning"))
        try t.press("f", "v")
        #expect(try t.waitFor("p") { $0.contains("Sammanfattning av Region Lagomland") }.ok)
        try t.press("f", "v")
        #expect(try t.waitFor("p") { !$0.contains("Sammanfattning") && $0.contains("Ett nummer") }.ok)
    }
}
