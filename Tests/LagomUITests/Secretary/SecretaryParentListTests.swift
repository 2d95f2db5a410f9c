import LagomCore
import Testing

@testable import LagomUI

/// A group's many resources under the demands: the list is kept per revision and only the rows
/// that show are made. Walking it with ↑ from the newest to the oldest must select each note in
/// the order the sections give (chosen demands in the vote's order, then any other demand, then
/// notes without one), with the selected row on screen and marked.
@Suite struct SecretaryParentListTests {
    /// Group 2's resources, under k1…k5 and none in turn, and one note of group 3.
    static func builder() throws -> SecretaryFixtures.Builder {
        var b = try SecretaryParentTests.builder()
        let parents: [NoteID?] = ["k1", "k2", "k3", "k4", "k5", nil]
        for n in 1...40 {
            b.now = b.now + 1_000
            let place = NotePlace(step: "resurser", list: "Resurser", group: 2, parent: parents[n % parents.count])
            try b.add(.noteAdded(note: NoteID("r\(n)"), place: place, text: "Resurs nr \(n) klar"), by: .secretary(2))
        }
        try b.note("r99", "Resurs av en annan grupp", step: "resurser", list: "Resurser", group: 3)
        return b
    }

    /// What the list holds, top to bottom: the parent's text, then its notes.
    static func expectedRows(_ session: Session) -> [(text: String, note: NoteID?)] {
        let notes = session.state.notes(step: "resurser").filter { $0.place.group == 2 }
        var rows: [(String, NoteID?)] = []
        for parent in ["k4", "k1", "k2", "k3", "k5", nil] as [NoteID?] {
            let under = notes.filter { $0.place.parent == parent }
            guard !under.isEmpty else { continue }
            rows.append(("↳ " + (parent.flatMap { session.state.note($0)?.text } ?? "Utan överordnad lapp"), nil))
            rows += under.map { ("  " + $0.text, $0.id) }
        }
        return rows
    }

    @Test func withoutASelectionTheNewestRowsShowInTheSectionsOrder() throws {
        let b = try Self.builder()
        let lines = SecretaryScreen(group: 2).render(SecretaryFixtures.context(b.session)).lines
        #expect(lines.contains { $0.contains("Gruppens lappar (40)") })
        let rows = Self.expectedRows(b.session)
        let last = try #require(lines.lastIndex { $0.contains(rows.last!.text.trimmingCharacters(in: .whitespaces)) })
        for (offset, row) in rows.suffix(6).reversed().enumerated() {
            #expect(lines[last - offset].contains(row.text), "\(lines.joined(separator: "\n"))")
        }
        #expect(!lines.contains { $0.contains("en annan grupp") })
    }

    @Test func upWalksEveryNoteInTheSectionsOrderWithTheSelectedRowShown() throws {
        var b = try Self.builder()
        var screen = SecretaryScreen(group: 2)
        let expected = Self.expectedRows(b.session).compactMap(\.note)
        var walked: [NoteID] = []
        for _ in expected {
            SecretaryFixtures.press(.up, to: &screen, on: &b, as: .secretary(2))
            let id = try #require(screen.selected)
            if walked.last != id { walked.append(id) }
            let text = try #require(b.session.state.note(id)?.text)
            let lines = screen.render(SecretaryFixtures.context(b.session)).lines
            #expect(lines.contains { $0.contains("› ") && $0.contains(text) }, "\(lines.joined(separator: "\n"))")
        }
        #expect(walked == expected.reversed())
    }
}
