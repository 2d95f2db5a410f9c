/// `SimilarNotes.match` without reading every note at every key: the notes already said, each one's
/// words folded once as it arrives, and for every word the notes that hold it. A typed text is
/// compared only with the notes that hold one of its rarest words (none, for a word being typed
/// that no note has), never with all of them, and the answer is the one the plain scan gives
/// (`SimilarNoteIndexTests` holds the two to each other on random Swedish notes).
public struct SimilarNoteIndex: Sendable {
    /// Each word seen, numbered in the order it was first seen.
    private var wordNumbers: [String: Int32] = [:]
    /// For each word's number, the positions of the notes that hold it, ascending.
    private var holders: [[Int32]] = []
    /// Every note's words as numbers, once each, note after note in one array (the notes a
    /// keystroke checks are read in order, without a pointer to follow per note).
    private var words: [Int32] = []
    /// Where each note's words start in `words`, and where the last one's end.
    private var starts: [Int32] = [0]

    public init() {}

    /// How many notes have been added.
    public var count: Int { starts.count - 1 }

    /// Adds the next note said; its position is the count before.
    public mutating func append(_ text: String) {
        let position = Int32(count)
        for word in SimilarNotes.words(text) {
            let number: Int32
            if let known = wordNumbers[word] {
                number = known
            } else {
                number = Int32(holders.count)
                wordNumbers[word] = number
                holders.append([])
            }
            holders[Int(number)].append(position)
            words.append(number)
        }
        starts.append(Int32(words.count))
    }

    /// The position of the first note that `SimilarNotes.match` finds for a text of these words
    /// (`SimilarNotes.words`), or nil.
    public func firstMatch(words typed: Set<String>) -> Int? {
        guard typed.count >= 2 else { return nil }
        // A match shares at least three quarters of the typed words: 4·shared ≥ 3·(typed + own −
        // shared) and own ≥ shared give 4·shared ≥ 3·typed. Such a note misses at most
        // typed − needed of them, so it holds at least one of any typed − needed + 1: only the
        // holders of that many of the rarest typed words are looked at. A word no note holds
        // counts among the rarest with no holders.
        let needed = (3 * typed.count + 3) / 4
        let known = typed.compactMap { wordNumbers[$0] }
        guard known.count >= needed else { return nil }
        let rarest = known.sorted { holders[Int($0)].count < holders[Int($1)].count }.prefix(known.count - needed + 1)
        var first: Int32?
        for word in rarest {
            for position in holders[Int(word)] {
                if let first, position >= first { break }
                if matches(Int(position), typed: known, typedCount: typed.count) {
                    first = position
                    break
                }
            }
        }
        return first.map(Int.init)
    }

    /// `SimilarNotes.match`'s rule: at least three quarters of all the words of both are shared.
    /// `typed`: the typed words that notes hold, a few, so a linear search is the quickest.
    private func matches(_ position: Int, typed: [Int32], typedCount: Int) -> Bool {
        let own = Int(starts[position])..<Int(starts[position + 1])
        var shared = 0
        for i in own where typed.contains(words[i]) { shared += 1 }
        return shared * 4 >= (typedCount + own.count - shared) * 3
    }
}
