import Testing

@testable import LagomCore

/// The words' index (`SimilarNoteIndex`) must find the note the plain scan (`SimilarNotes.match`)
/// finds, for every text, as the notes grow: random Swedish notes over a small vocabulary (so many
/// of them resemble each other), typed as people type them — letter by letter, in other case, with
/// or without the marks on å ä ö, with a word more or less.
@Suite struct SimilarNoteIndexTests {
    static let vocabulary = [
        "ett", "nummer", "till", "koordinatör", "Koordinator", "mer", "tid", "för", "journalföring", "ÅTERKOPPLING",
        "återkoppling", "från", "ledningen", "möten", "färre", "Öppna", "dörrar", "så", "sa", "är", "ar", "stöd",
        "kollegor", "på", "enheten", "2024", "👩‍👩‍👧", "Ärlig", "ärlig",
    ]

    struct Random {
        var generator: SeededGenerator
        mutating func below(_ n: Int) -> Int { Int(generator.next() % UInt64(max(1, n))) }
        mutating func word() -> String {
            SimilarNoteIndexTests.vocabulary[below(SimilarNoteIndexTests.vocabulary.count)]
        }
        mutating func text(words: ClosedRange<Int>) -> String {
            let count = words.lowerBound + below(words.count)
            let separators = [" ", " ", " ", ", ", " – ", "! ", "."]
            return (0..<count).map { _ in word() + separators[below(separators.count)] }.joined()
        }
        /// A note said again as another group might type it: other case, marks, a word more or less.
        mutating func retyped(_ text: String) -> String {
            var words = text.split(separator: " ").map(String.init)
            switch below(4) {
            case 0 where words.count > 1: words.remove(at: below(words.count))
            case 1: words.insert(word(), at: below(words.count + 1))
            case 2: words = words.map { below(2) == 0 ? $0.uppercased() : $0.lowercased() }
            default: break
            }
            let plain: [Character: Character] = ["å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"]
            return String(words.joined(separator: " ").map { below(3) == 0 ? plain[$0] ?? $0 : $0 })
        }
    }

    func note(_ text: String, _ number: Int) -> Note {
        Note(
            id: NoteID(rawValue: "n\(number)"), place: NotePlace(step: "trappa", list: "Råd", group: number % 8 + 1),
            text: text, addedAt: WallTime(seconds: 0), by: .secretary(number % 8 + 1))
    }

    /// The index's answer as the note it names, beside the plain scan's.
    func expectSame(_ text: String, _ index: SimilarNoteIndex, _ said: [Note]) {
        let indexed = index.firstMatch(words: SimilarNotes.words(text)).map { said[$0] }
        #expect(indexed == SimilarNotes.match(text, in: said), "typed “\(text)” among \(said.count) notes")
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func findsWhatThePlainScanFindsAsNotesArrive(seed: Int) {
        var random = Random(generator: SeededGenerator(seed: seed))
        var index = SimilarNoteIndex()
        var said: [Note] = []
        for number in 0..<250 {
            let text = said.isEmpty || random.below(3) > 0 ? random.text(words: 0...6) : random.retyped(said.last!.text)
            said.append(note(text, number))
            index.append(text)
            #expect(index.count == said.count)
            for _ in 0..<4 {
                let typed =
                    random.below(2) == 0
                    ? random.text(words: 1...7) : random.retyped(said[random.below(said.count)].text)
                expectSame(typed, index, said)
            }
        }
    }

    @Test func findsWhatThePlainScanFindsAtEveryKeystroke() {
        var random = Random(generator: SeededGenerator(seed: 9))
        var index = SimilarNoteIndex()
        var said: [Note] = []
        for number in 0..<400 {
            let text = random.text(words: 1...5)
            said.append(note(text, number))
            index.append(text)
        }
        for _ in 0..<30 {
            let draft = random.retyped(said[random.below(said.count)].text)
            var typed = ""
            for character in draft {
                typed.append(character)
                expectSame(typed, index, said)
            }
        }
    }

    @Test func caseMarksAndPunctuationFoldAsInThePlainScan() {
        var index = SimilarNoteIndex()
        let said = ["Egen schemaläggning", "Ett nummer till koordinator", "ÅTERKOPPLING från ledningen!"].enumerated()
            .map { note($1, $0) }
        for note in said { index.append(note.text) }
        #expect(index.firstMatch(words: SimilarNotes.words("ett nummer till Koordinatör")) == 1)
        #expect(index.firstMatch(words: SimilarNotes.words("återkoppling – fran Ledningen")) == 2)
        #expect(index.firstMatch(words: SimilarNotes.words("Ett nytt nummer till koordinatorn")) == nil)
        // A single word is too little to call a repeat.
        #expect(index.firstMatch(words: SimilarNotes.words("schemaläggning")) == nil)
        #expect(index.firstMatch(words: []) == nil)
    }
}
