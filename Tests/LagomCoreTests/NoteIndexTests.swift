import Testing

@testable import LagomCore

/// `NoteIndex`: ids of the alphabet kept as numbers, a checkpoint's ids loaded sorted and checked
/// against its notes, and a restored session that behaves exactly as the one it was saved from.
@Suite struct NoteIndexTests {
    @Test func idsOfTheAlphabetAreNumbersAndBackAgain() throws {
        for id in ["2", "zz", "6nespaj9p2", "abcdefghjkmn"] {
            let number = try #require(IDAlphabet.number(id))
            #expect(IDAlphabet.id(number) == id)
        }
        for id in ["", "n1", "Lapp", "abcdefghjkmnp", "å", "a b"] { #expect(IDAlphabet.number(id) == nil) }
        #expect(IDAlphabet.number("a2") != IDAlphabet.number("a22"))
    }

    /// Notes of both kinds of id, moved, edited and deleted, saved and restored.
    func recorded() throws -> Recorder {
        var recorder = Recorder()
        var source = SeededIDSource(seed: 7)
        for number in 0..<40 {
            let id = NoteID(number % 3 == 0 ? "lapp\(number)" : source.next(length: number % 2 == 0 ? 5 : 10))
            try recorder.addNote(id, "Åtgärd nummer \(number)", group: number % 4 + 1)
        }
        let ids = recorder.session.state.notes.map(\.id)
        try recorder.commit(.noteEdited(note: ids[4], text: "Ändrad text"))
        try recorder.commit(.noteDeleted(note: ids[9]))
        try recorder.commit(.noteMoved(note: ids[3], place: NotePlace(step: "grupparbete", list: "Friskfaktorer")))
        return recorder
    }

    @Test func aRestoredSessionHasTheSameNotesAndIndex() throws {
        let recorder = try recorded()
        let original = recorder.session
        let restored = try Session(plan: Fixtures.plan, checkpoint: original.checkpoint(), reservingEvents: 16)
        #expect(restored.state == original.state)
        for note in original.state.notes { #expect(restored.state.note(note.id) == note) }
        #expect(restored.state.note("zzzz") == nil)
        #expect(restored.state.note("lapp1") == nil)
    }

    @Test func aRestoredSessionGoesOnAsTheOriginalDoes() throws {
        var recorder = try recorded()
        var restored = try Session(plan: Fixtures.plan, checkpoint: recorder.session.checkpoint())
        let ids = recorder.session.state.notes.map(\.id)
        let changes: [Change] = [
            .noteAdded(note: "ny234", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Ny lapp"),
            .noteAdded(note: "hand 1", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Egen"),
            .noteEdited(note: ids[1], text: "Ändrad efter"), .noteDeleted(note: ids[0]),
        ]
        for change in changes {
            let event = recorder.event(change)
            try recorder.session.append([event])
            try restored.append([event])
        }
        // A batch refused at its second event leaves no trace of its first, in either.
        let batch = [
            recorder.event(
                .noteAdded(note: "bortid", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Bort")),
            recorder.event(.noteEdited(note: "finnsinte", text: "Ingen")),
        ]
        #expect(throws: Refusal.self) { try restored.append(batch) }
        #expect(throws: Refusal.self) { try recorder.session.append(batch) }
        #expect(restored.state.note("bortid") == nil)
        #expect(restored.state == recorder.session.state)
        let again = try Session(plan: Fixtures.plan, checkpoint: restored.checkpoint())
        #expect(again.state == recorder.session.state)
        #expect(again.state.note("ny234")?.text == "Ny lapp")
    }

    /// An index of three notes as a checkpoint writes it: ids as numbers, each the step from the one
    /// before, with positions; then the other ids.
    func read(
        _ numbered: [(step: UInt64, position: UInt64)], others: [(String, UInt64)] = [("n 1", 2)], notes: Int = 3
    ) throws(CheckpointReader.Malformed) -> NoteIndex {
        var out = CheckpointWriter()
        out.unsigned(UInt64(numbered.count))
        for entry in numbered {
            out.unsigned(entry.step)
            out.unsigned(entry.position)
        }
        out.unsigned(UInt64(others.count))
        for (id, position) in others {
            out.string(id)
            out.unsigned(position)
        }
        var input = try CheckpointReader(out.finished()[...])
        return try NoteIndex(reading: &input, notes: notes)
    }

    @Test func anIndexThatDoesNotFitItsNotesIsRefused() throws {
        let aaa = IDAlphabet.number("aaa")!
        let bbb = IDAlphabet.number("bbb")!
        var index = try read([(aaa, 1), (bbb - aaa, 0)])
        #expect(index["aaa"] == 1 && index["bbb"] == 0 && index["n 1"] == 2 && index["ccc"] == nil)
        #expect(index.mapping == ["aaa": 1, "bbb": 0, "n 1": 2])
        // Checked against the notes once they are decoded: each id where its note is.
        let numbers = [bbb, aaa, NoteIndex.notANumber]
        #expect(index.matches(numbers: numbers, others: ["n 1": 2]))
        #expect(!index.matches(numbers: [aaa, bbb, NoteIndex.notANumber], others: ["n 1": 2]))
        #expect(!index.matches(numbers: numbers, others: ["n 2": 2]))
        #expect(!index.matches(numbers: numbers + [aaa], others: ["n 1": 2]))
        index["aaa"] = nil
        index["ccc"] = 3
        #expect(index.mapping == ["bbb": 0, "n 1": 2, "ccc": 3])
        let refused: [[(step: UInt64, position: UInt64)]] = [
            [(bbb, 0), (0, 1)] /* not rising */, [(aaa, 1), (bbb - aaa, 3)] /* no such note */,
            [(aaa, 1)] /* a note without an id */, [(aaa, 1), (UInt64.max, 0)] /* past 64 bits */,
        ]
        for numbered in refused {
            #expect(throws: CheckpointReader.Malformed.self) { _ = try read(numbered) }
        }
        // Another id that is a number, or twice the same other id, cannot be a note's.
        #expect(throws: CheckpointReader.Malformed.self) {
            _ = try read([(aaa, 1), (bbb - aaa, 0)], others: [("ccc", 2)])
        }
        #expect(throws: CheckpointReader.Malformed.self) {
            _ = try read([(aaa, 1)], others: [("n 1", 2), ("n 1", 0)])
        }
    }
}
