import LagomCore
import Testing

@testable import LagomUI

/// Seed 000's theme board: `j` merged a Friskfaktor into a Riskfaktor without a word, a note's list
/// was not to be seen at 80×24, `j` meant "down" everywhere else, and `?` did not say that Space
/// moves down. Made-up notes.
@Suite struct ThemeBoardListsTests {
    static let long = "Tydligare uppdrag för varje chef i regionen"
    /// Seed 000's survey lists, and the focus areas' long names.
    static let plan = Plan(
        title: "Planeringsdag", language: .sv, days: [Day(title: "Dag 1")],
        participants: (1...24).map { Participant(name: "Person \($0)", site: "Nod \($0 % 3)") },
        steps: [
            Step(
                id: "grupp", kind: .groupwork, title: "Enkät i grupp", minutes: 30,
                lists: ["Riskfaktorer", "Friskfaktorer"], groups: 4),
            Step(
                id: "fokus", kind: .groupwork, title: "Fokusområden", minutes: 30,
                lists: ["Nära invånaren", "Ledarskap och kompetensförsörjning"], groups: 4),
        ])

    func session() throws -> SecretaryFixtures.Builder {
        var b = SecretaryFixtures.Builder()
        b.session = Session(plan: Self.plan)
        try b.add(.stepEntered(step: "grupp"))
        try b.note("k", "Lång väntetid", step: "grupp", list: "Riskfaktorer", group: 2)
        try b.note("f", "Humor i gruppen", step: "grupp", list: "Friskfaktorer", group: 1)
        try b.note("k2", "Långa väntetider", step: "grupp", list: "Riskfaktorer", group: 3)
        return b
    }

    func press(_ keys: [Key], _ screen: inout FacilitatorScreen, _ b: inout SecretaryFixtures.Builder) {
        for key in keys { SecretaryFixtures.press(key, to: &screen, on: &b, as: .facilitator) }
    }

    func frame(_ screen: FacilitatorScreen, _ b: SecretaryFixtures.Builder) -> [String] {
        screen.render(SecretaryFixtures.context(b.session)).lines
    }

    /// Rows: □ Utan tema, Riskfaktorer, k, k2, Friskfaktorer, f.
    @Test func notesStandUnderTheirList() throws {
        var b = try session()
        var screen = FacilitatorScreen()
        press([.character("t")], &screen, &b)
        let lines = frame(screen, b)
        let risk = try #require(lines.firstIndex { $0.contains("  Riskfaktorer ") })
        let frisk = try #require(lines.firstIndex { $0.contains("  Friskfaktorer ") })
        #expect(lines[risk + 1].contains("G2 · Lång väntetid") && lines[risk + 2].contains("G3 · Långa väntetider"))
        #expect(lines[frisk + 1].contains("G1 · Humor i gruppen"))
    }

    /// A focus area's long name is not squeezed into every line: a long note reads whole at 80 columns.
    @Test func aLongListNameLeavesTheNoteWholeAt80Columns() throws {
        var b = try session()
        try b.add(.stepEntered(step: "fokus"))
        try b.note("l", Self.long, step: "fokus", list: "Ledarskap och kompetensförsörjning", group: 4)
        var screen = FacilitatorScreen()
        press([.character("t")], &screen, &b)
        let lines = frame(screen, b)
        let heading = try #require(lines.firstIndex { $0.contains("  Ledarskap och kompetensförsörjning ") })
        #expect(lines[heading + 1].contains("G4 · " + Self.long), "\(lines.joined(separator: "\n"))")
    }

    @Test func aMergeAcrossListsIsRefusedWithTheReasonAndKeepsTheMarks() throws {
        var b = try session()
        var screen = FacilitatorScreen()
        press([.character("t")], &screen, &b)
        screen.themeBoard?.cursor = 5
        press([.character(" ")], &screen, &b)
        screen.themeBoard?.cursor = 2
        let before = b.session.state
        press([.character("+")], &screen, &b)
        #expect(b.session.state == before)
        #expect(screen.themeBoard?.marked == ["f"])
        let text = frame(screen, b).joined(separator: "\n")
        #expect(text.contains("⚠ \"Humor i gruppen\" står i Friskfaktorer, inte i Riskfaktorer."))
        #expect(text.contains("försvinna ur sin listas röstning"))
        Snapshot.assert(screen.render(SecretaryFixtures.context(b.session)), named: "facilitator-themes-lists-80x24")
        // Unmarked, and a duplicate of the same list marked instead: that merge goes through.
        screen.themeBoard?.cursor = 5
        press([.character(" ")], &screen, &b)
        screen.themeBoard?.cursor = 3
        press([.character(" ")], &screen, &b)
        screen.themeBoard?.cursor = 2
        press([.character("+")], &screen, &b)
        #expect(b.session.state.board.mergedInto == ["k2": "k"])
    }

    /// `j` moves down as on every other screen; it merges nothing.
    @Test func jMovesDownAndPlusMerges() throws {
        var b = try session()
        var screen = FacilitatorScreen()
        press([.character("t"), .character(" ")], &screen, &b)
        screen.themeBoard?.cursor = 2
        press([.character(" "), .character("k"), .character("j")], &screen, &b)
        #expect(screen.themeBoard?.cursor == 3)
        #expect(b.session.state.board.mergedInto.isEmpty)
        #expect(ThemeBoardKeys.map.action(for: .character("j")) == .move(up: false))
        #expect(ThemeBoardKeys.map.action(for: .character("+")) == .merge)
        // The footer says so at 80 columns.
        let footer = try #require(frame(screen, b).last)
        #expect(footer.contains("m Flytta  + Slå ihop"), "\(footer)")
    }

    /// `?` lists every key of the board and what it does, Space's move down included.
    @Test func theHelpSaysWhatEveryKeyDoes() throws {
        var b = try session()
        var screen = FacilitatorScreen()
        press([.character("t"), .character("?")], &screen, &b)
        let text = frame(screen, b).joined(separator: "\n")
        for hint in ThemeBoardKeys.map.helpEntries(.sv) {
            #expect(text.contains(hint.keys + "  ") && text.contains(hint.help), "\(hint) not in\n\(text)")
        }
        #expect(text.contains("Mellanslag") && text.contains("Markera lappen (igen: avmarkera) och gå ner"))
        #expect(text.contains("Slå ihop markerade hit (samma lista)"))
        Snapshot.assert(screen.render(SecretaryFixtures.context(b.session)), named: "facilitator-themes-help-80x24")
    }
}
