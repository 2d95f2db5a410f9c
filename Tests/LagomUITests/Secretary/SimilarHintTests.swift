import LagomCore
import Testing

@testable import LagomUI

/// A vattentrappa secretary's hint of a similar note comes from an index of the others' notes kept
/// per notes epoch and grown as they arrive (`SecretaryScreen.similar`). Through long runs of
/// arriving notes, now and then an edit or a deletion (a new epoch), drafts typed letter by letter
/// must get the note the plain scan of the others' notes finds, and the pane must say so.
@Suite struct SimilarHintTests {
    static let words = [
        "ett", "nummer", "till", "Koordinatör", "koordinator", "mer", "tid", "för", "journalföring", "återkoppling",
        "ÅTERKOPPLING", "från", "ledningen", "färre", "möten", "öppna", "dörrar", "stöd", "är", "ar",
    ]

    @Test(arguments: [31, 32, 33] as [UInt64])
    func theHintIsWhatThePlainScanFinds(seed: UInt64) throws {
        var b = SecretaryFixtures.Builder()
        var random = SeededIDSource(seed: seed)
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(max(1, n))) }
        func text(_ count: Int) -> String {
            (0..<count).map { _ in Self.words[pick(Self.words.count)] }.joined(separator: " ")
        }
        try b.add([.stepEntered(step: "trappa"), .stepStarted(step: "trappa")])
        var ids: [NoteID] = []
        var hints = 0
        for number in 0..<160 {
            b.now = b.now + 1_000
            switch pick(20) {
            case 0 where !ids.isEmpty: try b.add(.noteEdited(note: ids[pick(ids.count)], text: text(2 + pick(3))))
            case 1 where !ids.isEmpty: try b.add(.noteDeleted(note: ids.remove(at: pick(ids.count))))
            default:
                let id = NoteID("n\(number)")
                try b.note(id, text(1 + pick(5)), step: "trappa", list: "Råd", group: 1 + pick(3))
                ids.append(id)
            }
            let session = b.session
            let others = session.othersNoteIndices(step: "trappa", besides: 2)
            let said = session.state.notes(step: "trappa").filter { $0.place.group != 2 }
            // Part of a note said again, or words of no note: letter by letter, as typed.
            let draft = pick(2) == 0 && !said.isEmpty ? said[pick(said.count)].text.lowercased() : text(2 + pick(3))
            var typed = ""
            for character in draft {
                typed.append(character)
                let hint = SecretaryScreen.similar(to: typed, among: others, session, step: "trappa", group: 2)
                #expect(hint == SimilarNotes.match(typed, in: said), "“\(typed)” after change \(number), seed \(seed)")
            }
            var screen = SecretaryScreen(group: 2)
            screen.editor = LineEditor(draft)
            let frame = screen.render(SecretaryFixtures.context(session, width: 120, height: 40)).lines
            if let match = SimilarNotes.match(draft, in: said) {
                hints += 1
                #expect(frame.contains { $0.contains("Liknar") && $0.contains(match.text) }, "\(frame)")
            } else {
                #expect(!frame.contains { $0.contains("Liknar") }, "\(frame)")
            }
        }
        #expect(hints > 10)
    }
}
