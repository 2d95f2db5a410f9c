import LagomCore
import Testing

@testable import LagomUI

/// Resources typed under the demands chosen earlier (seed 000's "Resurser" step): each note
/// hangs under a parent note, which the secretary sees and changes with Ctrl-P.
@Suite struct SecretaryParentTests {
    static let plan = Plan(
        title: "Planeringsdag", language: .sv, days: [Day(title: "Dag 1")],
        participants: (1...40).map { Participant(name: "Person \($0)", site: "Nod \($0 % 4)") },
        steps: [
            Step(
                id: "krav", kind: .groupwork, title: "Balanskollen – krav", lists: ["Krav"],
                prompts: ["Ett krav per lapp"], groups: 5),
            Step(
                id: "krav-rostning", kind: .vote, title: "Prioritera bland kraven",
                vote: VoteSpec(
                    ranks: [ListRef(step: "krav", list: "Krav")], votesPerPerson: 5, mode: .tally, advance: 4)),
            Step(
                id: "resurser", kind: .groupwork, title: "Balanskollen – resurser", lists: ["Resurser"],
                prompts: ["Vilka resurser behövs för att möta kravet?"], groups: 5,
                parentList: ListRef(step: "krav", list: "Krav")),
        ])

    static let demands: [(NoteID, String)] = [
        ("k1", "Hålla tidsramar enligt prioriteringslista"), ("k2", "Uppföljning av undernäringens ärenden"),
        ("k3", "Många administrativa rutiner"), ("k4", "Att vara tillgänglig"), ("k5", "Ett krav som inte valdes"),
    ]

    /// The demands written, four chosen in the vote's order (k4 first), the resources step current.
    static func builder(choose: Bool = true) throws -> SecretaryFixtures.Builder {
        var b = SecretaryFixtures.Builder()
        b.session = Session(plan: plan)
        for (i, demand) in demands.enumerated() {
            try b.note(demand.0, demand.1, step: "krav", list: "Krav", group: i + 1)
        }
        if choose { try b.add(.subjectsChosen(step: "krav-rostning", notes: ["k4", "k1", "k2", "k3"])) }
        try b.add(.stepEntered(step: "resurser"))
        return b
    }

    func type(_ text: String, into screen: inout SecretaryScreen, _ context: ScreenContext) {
        for c in text { _ = screen.handle(.character(c), context) }
    }

    func screenText(_ screen: SecretaryScreen, _ session: Session, width: Int = 80, height: Int = 24) -> String {
        screen.render(SecretaryFixtures.context(session, width: width, height: height)).lines.joined(separator: "\n")
    }

    @Test func eachGroupStartsUnderItsOwnChosenDemandAndCtrlPChangesIt() throws {
        var b = try Self.builder()
        var screen = SecretaryScreen(group: 2)
        var context = SecretaryFixtures.context(b.session)
        #expect(
            screenText(screen, b.session).contains("↳ Under Krav 2 av 4: Hålla tidsramar enligt prioriteringslista"))
        type("Revidera prioriteringslistan", into: &screen, context)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(2))
        _ = screen.handle(.ctrl("p"), context)
        #expect(screenText(screen, b.session).contains("↳ Under Krav 3 av 4: Uppföljning av undernäringens ärenden"))
        type("Pilotprojekt SDK", into: &screen, context)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(2))
        // Two more presses go round past the last demand to the first.
        _ = screen.handle(.ctrl("p"), context)
        _ = screen.handle(.ctrl("p"), context)
        type("Webbtidbok", into: &screen, context)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(2))

        let notes = b.session.state.notes(step: "resurser", group: 2)
        #expect(notes.map(\.text) == ["Revidera prioriteringslistan", "Pilotprojekt SDK", "Webbtidbok"])
        #expect(notes.map(\.place.parent) == ["k1", "k2", "k4"])
        // The group's notes show under their demands, in the order the demands were chosen.
        context = SecretaryFixtures.context(b.session)
        let lines = screen.render(context).lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        let list = Array(lines.drop { !$0.hasPrefix("Gruppens lappar (3)") }.dropFirst().prefix(6))
        #expect(
            list == [
                "  ↳ Att vara tillgänglig", "    Webbtidbok",
                "  ↳ Hålla tidsramar enligt prioriteringslista", "    Revidera prioriteringslistan",
                "  ↳ Uppföljning av undernäringens ärenden", "    Pilotprojekt SDK",
            ])
        // ↑ walks the notes in the order they are shown.
        _ = screen.handle(.up, context)
        #expect(screen.selected == notes[1].id)
        _ = screen.handle(.up, context)
        _ = screen.handle(.up, context)
        #expect(screen.selected == notes[2].id)
    }

    @Test func theDefaultWrapsAndFallsBackToEveryDemandWithoutAVote() throws {
        let chosen = try Self.builder()
        // Group 5 of a step with four chosen demands starts at the first again.
        #expect(
            screenText(SecretaryScreen(group: 5), chosen.session).contains("↳ Under Krav 1 av 4: Att vara tillgänglig"))
        let unchosen = try Self.builder(choose: false)
        #expect(
            screenText(SecretaryScreen(group: 5), unchosen.session).contains(
                "↳ Under Krav 5 av 5: Ett krav som inte valdes"))
    }

    @Test func withNoDemandYetTheNoteIsSavedWithoutOneAndTheScreenSaysSo() throws {
        var b = SecretaryFixtures.Builder()
        b.session = Session(plan: Self.plan)
        try b.add(.stepEntered(step: "resurser"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        #expect(screenText(screen, b.session).contains("↳ Krav: inga lappar än – lappen sparas utan överordnad lapp"))
        _ = screen.handle(.ctrl("p"), context)
        #expect(screen.message?.role == .warning)
        type("Tid", into: &screen, context)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(b.session.state.notes(step: "resurser").map(\.place.parent) == [nil])
        #expect(screenText(screen, b.session).contains("↳ Utan överordnad lapp"))
    }

    @Test func ctrlPWhileEditingMovesTheNoteUnderAnotherDemand() throws {
        var b = try Self.builder()
        try b.add(
            .noteAdded(
                note: "r1", place: NotePlace(step: "resurser", list: "Resurser", group: 3), text: "Struktur i kalendern"
            ),
            by: .secretary(3))
        var screen = SecretaryScreen(group: 3)
        let context = SecretaryFixtures.context(b.session)
        _ = screen.handle(.up, context)
        _ = screen.handle(.ctrl("e"), context)
        #expect(screenText(screen, b.session).contains("↳ Under Krav: Utan överordnad lapp"))
        _ = screen.handle(.ctrl("p"), context)
        #expect(screenText(screen, b.session).contains("↳ Under Krav 1 av 4: Att vara tillgänglig"))
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(3))
        let note = try #require(b.session.state.liveNote("r1"))
        #expect(note.place == NotePlace(step: "resurser", list: "Resurser", group: 3, parent: "k4"))
        #expect(note.text == "Struktur i kalendern")
        #expect(screen.message?.text.sv == "✓ Flyttad under: Att vara tillgänglig")
    }

    @Test func theParentKeyIsInTheFooterAndTheHelpOnlyWhereItWorks() throws {
        let b = try Self.builder()
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        #expect(screen.render(context).lines.last?.contains("Ctrl-P Byt överordnad lapp") == true)
        _ = screen.handle(.ctrl("g"), context)
        #expect(screen.render(context).lines.contains { $0.contains("Ctrl-P ") && $0.contains("Byt överordnad lapp") })
        var plain = SecretaryFixtures.Builder()
        try plain.add(.stepEntered(step: "grupp"))
        let other = SecretaryScreen(group: 1)
        #expect(!other.render(SecretaryFixtures.context(plain.session)).lines.joined().contains("Ctrl-P"))
        #expect(other.keyMap(SecretaryFixtures.context(plain.session)).action(for: .ctrl("p")) == nil)
    }

    @Test func snapshot() throws {
        var b = try Self.builder()
        try b.add(
            .noteAdded(
                note: "r1", place: NotePlace(step: "resurser", list: "Resurser", group: 2, parent: "k1"),
                text: "Jämna ut fördelningen mellan dietister"), by: .secretary(2))
        try b.add(
            .noteAdded(
                note: "r2", place: NotePlace(step: "resurser", list: "Resurser", group: 2, parent: "k4"),
                text: "Formulera ett minimum för tillgänglighet"), by: .secretary(2))
        var screen = SecretaryScreen(group: 2)
        let context = SecretaryFixtures.context(b.session)
        type("Se över arbetsmetoder", into: &screen, context)
        Snapshot.assert(screen.render(context), named: "secretary-resources-80x24")
    }
}
