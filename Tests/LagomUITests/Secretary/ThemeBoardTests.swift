import LagomCore
import Testing

@testable import LagomUI

@Suite struct ThemeBoardTests {
    func session() throws -> SecretaryFixtures.Builder {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        let notes: [(NoteID, String, Int)] = [
            ("a", "Ett nummer till koordinator", 1), ("b", "Egen schemaläggning", 2),
            ("c", "Ingen statistikpress", 3), ("d", "Ingen statistikpress alls", 1),
        ]
        for (id, text, group) in notes { try b.note(id, text, step: "trappa", list: "Råd", group: group) }
        return b
    }

    /// A long step title gives way in the board's top line, not the summary's state and its key:
    /// at 80×24 "Grupparbete medarbetarenkätens resultat" cut "(v visar)" to "(v visa…".
    @Test func aLongStepTitleLeavesTheSummaryKeyInTheTitle() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "enkat-grupparbete"))
        var screen = FacilitatorScreen()
        let context = sample.context(width: 80, height: 24)
        _ = screen.handle(.character("t"), context)
        let top = try #require(screen.render(context).lines.first)
        #expect(top.contains("· dold för rummet (v visar)"), "\(top)")
        #expect(top.contains("Teman – Grupparbete medarbetarenkät"), "\(top)")
    }

    /// Sends keys to the console the way the runner does, writing as the facilitator.
    func press(_ keys: [Key], _ screen: inout FacilitatorScreen, _ b: inout SecretaryFixtures.Builder) throws {
        for key in keys { SecretaryFixtures.press(key, to: &screen, on: &b, as: .facilitator) }
    }

    func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func groupNotesIntoThemesByKeyboardAndUndo() throws {
        var b = try session()
        var screen = FacilitatorScreen()
        try press([.character("t"), .character("a")] + typed("Organisation") + [.enter], &screen, &b)
        try press([.character("a")] + typed("Patienter") + [.enter], &screen, &b)
        #expect(b.session.state.board.themes["trappa"]?.map(\.title) == ["Organisation", "Patienter"])
        // Rows: ■ Organisation, ■ Patienter, □ Utan tema, a, b, c, d. Mark a and b, move both into theme 1.
        try press(
            [.down, .down, .down, .character(" "), .character(" "), .character("m"), .character("1")], &screen, &b)
        #expect(
            b.session.state.themedNotes(SecretaryFixtures.plan.step("trappa")!).themes.map { $0.notes.map(\.id) } == [
                ["a", "b"], [],
            ])
        // Rows now: ■ Org, a, b, ■ Patienter, □ Utan tema, c, d. Mark d, cursor on c, merge d into c.
        screen.themeBoard?.cursor = 6
        try press([.character(" ")], &screen, &b)
        screen.themeBoard?.cursor = 5
        try press([.character("+")], &screen, &b)
        #expect(b.session.state.board.mergedInto == ["d": "c"])
        try press([.character("s")], &screen, &b)
        #expect(b.session.state.board.mergedInto.isEmpty)
        // Rename and reorder the second theme, hide a note, edit another.
        screen.themeBoard?.cursor = 3
        try press([.character("r"), .ctrl("u")] + typed("Patienthantering") + [.enter, .character("<")], &screen, &b)
        #expect(b.session.state.board.themes["trappa"]?.map(\.title) == ["Patienthantering", "Organisation"])
        try press([.character("u")], &screen, &b)
        #expect(
            b.session.state.board.themes["trappa"]?.map(\.title) == ["Patienthantering", "Organisation"].reversed())
        screen.themeBoard?.cursor = 1
        try press([.character("h")], &screen, &b)
        #expect(b.session.state.board.hidden == ["a"])
        try press([.character("e"), .end] + typed("!") + [.enter], &screen, &b)
        #expect(b.session.state.liveNote("a")?.text == "Ett nummer till koordinator!")
        let frame = screen.render(SecretaryFixtures.context(b.session))
        Snapshot.assert(frame, named: "facilitator-themes-80x24")
        try press([.escape], &screen, &b)
        #expect(screen.themeBoard == nil)
    }

    /// `S` on a theme writes its summary line for the record; it opens with the line already written.
    @Test func aThemesSummaryIsWrittenWithS() throws {
        var b = try session()
        var screen = FacilitatorScreen()
        try press([.character("t"), .character("a")] + typed("Organisation") + [.enter], &screen, &b)
        screen.themeBoard?.cursor = 0
        try press([.character("S")] + typed("En väg in") + [.enter], &screen, &b)
        #expect(b.session.state.board.themes["trappa"]?.first?.summary == "En väg in")
        try press([.character("S"), .end] + typed(" för allt") + [.enter], &screen, &b)
        #expect(b.session.state.board.themes["trappa"]?.first?.summary == "En väg in för allt")
    }

    /// `v` shows the summary on the projector and takes it back; the board's title says which.
    @Test func vShowsTheSummaryAndTakesItBack() throws {
        var b = try session()
        var screen = FacilitatorScreen()
        try press([.character("t"), .character("v")], &screen, &b)
        #expect(b.session.state.board.themesShown.isEmpty)
        #expect(screen.themeBoard?.message?.text == ThemeStrings.makeAThemeFirst)
        try press([.character("a")] + typed("Organisation") + [.enter], &screen, &b)
        var frame = screen.render(SecretaryFixtures.context(b.session)).lines.joined(separator: "\n")
        #expect(frame.contains("dold för rummet (v visar)"))
        try press([.character("v")], &screen, &b)
        #expect(b.session.state.showsThemeSummary("trappa"))
        frame = screen.render(SecretaryFixtures.context(b.session)).lines.joined(separator: "\n")
        #expect(frame.contains("visas på projektorn (v tar tillbaka)"))
        try press([.character("v")], &screen, &b)
        #expect(!b.session.state.showsThemeSummary("trappa"))
    }

    /// A note on the board stands under its list's name when the step has several.
    @Test func aNoteStandsUnderItsList() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.note("k", "Lång väntetid", step: "grupp", list: "Riskfaktorer", group: 2)
        var screen = FacilitatorScreen()
        try press([.character("t")], &screen, &b)
        let lines = screen.render(SecretaryFixtures.context(b.session, width: 100, height: 24)).lines
        let note = try #require(lines.firstIndex { $0.contains("G2 · Lång väntetid") })
        #expect(lines[note - 1].contains("Riskfaktorer"))
    }

    @Test func theKeyMapHasNoDuplicates() {
        #expect(ThemeBoardKeys.map.duplicateKeys.isEmpty)
        #expect(FacilitatorKeys.map.duplicateKeys.isEmpty)
    }
}
