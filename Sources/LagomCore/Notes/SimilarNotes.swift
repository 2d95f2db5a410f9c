/// Whether a note being typed says what another group already said, for a gentle hint in a
/// vattentrappa ("continue where the last stopped, without repeating"). Never a refusal: two
/// groups may well mean different things by the same words.
public enum SimilarNotes {
    /// The words of `text` with case, punctuation and the marks on å ä ö (and é, ü …) folded
    /// away, so "Ett nummer till koordinator!" and "ett nummer till Koordinatör" compare equal.
    public static func words(_ text: String) -> Set<String> {
        let folded = text.lowercased().unicodeScalars.map { scalar -> Character in
            if let plain = fold[scalar] { return plain }
            return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : " "
        }
        return Set(String(folded).split(separator: " ").map(String.init))
    }

    /// The first of `said` whose words are the same as, or nearly the same as (at least three
    /// quarters shared), the words of `text`; nil for text of fewer than two words.
    public static func match<Said: Sequence<Note>>(_ text: String, in said: Said) -> Note? {
        let typed = words(text)
        guard typed.count >= 2 else { return nil }
        return said.first { note in
            let other = words(note.text)
            let shared = typed.intersection(other).count
            return shared * 4 >= typed.union(other).count * 3
        }
    }

    private static let fold: [Unicode.Scalar: Character] = [
        "å": "a", "ä": "a", "á": "a", "à": "a", "â": "a", "ö": "o", "ø": "o", "ó": "o", "ô": "o",
        "é": "e", "è": "e", "ê": "e", "ë": "e", "ü": "u", "ú": "u", "í": "i", "ï": "i",
    ]
}
