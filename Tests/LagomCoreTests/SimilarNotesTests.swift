import Testing

@testable import LagomCore

@Suite struct SimilarNotesTests {
    func note(_ text: String, group: Int) -> Note {
        Note(
            id: NoteID(rawValue: "n\(group)"), place: NotePlace(step: "trappa", list: "Råd", group: group), text: text,
            addedAt: WallTime(seconds: 0), by: .secretary(group))
    }

    @Test func caseAndPunctuationAndSwedishMarksFoldAway() {
        #expect(SimilarNotes.words("Ett nummer till Koordinatör!") == ["ett", "nummer", "till", "koordinator"])
        #expect(SimilarNotes.words("Mer tid – för journalföring.") == ["mer", "tid", "for", "journalforing"])
    }

    @Test func theSameWordsMatchDifferentWordsDoNot() {
        let said = [note("Egen schemaläggning", group: 1), note("Ett nummer till koordinator", group: 2)]
        #expect(SimilarNotes.match("ett nummer till koordinatör", in: said)?.place.group == 2)
        #expect(SimilarNotes.match("Ett nytt nummer till koordinatorn", in: said) == nil)
        #expect(SimilarNotes.match("Fler möten", in: said) == nil)
        // A single word is too little to call a repeat.
        #expect(SimilarNotes.match("schemaläggning", in: said) == nil)
    }
}
