import Foundation
import LagomCore
import Testing

@testable import LagomUI

/// A status round on the projector: the headings every unit reports on, then, while a speaker has
/// the word, what the minute-taker wrote under each heading for that speaker.
@Suite struct StatusRoundStageTests {
    typealias F = MinutesFixtures

    static func note(_ id: RecordID, _ speaker: String, _ heading: String?, _ text: String) -> Change {
        .recordAdded(
            record: id, entry: RecordEntry(kind: .note, step: "p3", text: text, speaker: speaker, heading: heading))
    }

    @Test func beforeAnyoneSpeaksTheRoomSeesTheHeadings() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p3"))
        let text = ProjectorScreen().render(F.context(b.session)).lines.joined(separator: "\n")
        #expect(text.contains("Varje enhet rapporterar om: Gjort sedan sist · Pågår · Planerat · Hinder"))
    }

    @Test(arguments: [(80, 24), (120, 35)])
    func theSpeakersNotesShowUnderTheirHeadings(size: (Int, Int)) throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p3"))
        try b.add(.speakerCalled(step: "p3", person: "Ines Falk"))
        try b.add(Self.note("r1", "Ines Falk", "Pågår", "Två nya sjuksköterskor börjar"), by: .minuteTaker)
        try b.add(Self.note("r2", "Ines Falk", "Hinder", "Långa väntetider på labbet"), by: .minuteTaker)
        try b.add(Self.note("r3", "Vera Lindqvist", "Pågår", "Avtalet med regionen"), by: .minuteTaker)
        let frame = ProjectorScreen().render(F.context(b.session, width: size.0, height: size.1))
        let lines = frame.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        let text = lines.joined(separator: "\n")
        let pågår = try #require(lines.firstIndex(of: "Pågår"))
        #expect(lines[pågår + 1] == "• Två nya sjuksköterskor börjar")
        let hinder = try #require(lines.firstIndex(of: "Hinder"))
        #expect(lines[hinder + 1] == "• Långa väntetider på labbet")
        #expect(lines.contains("Gjort sedan sist") && lines.contains("Planerat"), "every heading, said or not")
        #expect(!text.contains("Avtalet med regionen"), "another speaker's notes are not shown")
    }
}
