import LagomCore

/// The text being typed, edited one grapheme cluster at a time: å, a decomposed å
/// (a + U+030A) and 👩‍👩‍👧 each move, insert and delete as one character.
/// The raw text is kept as typed; drawing sanitises it.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Position between characters, 0…count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var count: Int { characters.count }
    public var isBlank: Bool { characters.allSatisfy(\.isWhitespace) }

    /// Inserts at the cursor. A combining mark typed on its own joins the character before it,
    /// so the count and the cursor follow the clusters the text really has.
    public mutating func insert(_ typed: String) {
        guard !typed.isEmpty else { return }
        let before = String(characters[..<cursor]) + typed
        let after = String(characters[cursor...])
        let joined = Array(before + after)
        cursor = min(Array(before).count, joined.count)
        characters = joined
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    /// To `position` (clamped to the text), e.g. where a pasted line goes over the limit.
    public mutating func move(to position: Int) { cursor = min(max(0, position), characters.count) }
    public mutating func end() { cursor = characters.count }

    /// To the start of the word before the cursor (skipping spaces first), like a shell.
    public mutating func wordLeft() { cursor = wordStart(before: cursor) }

    /// To the end of the word after the cursor.
    public mutating func wordRight() {
        var i = cursor
        while i < characters.count, !isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count, isWordCharacter(characters[i]) { i += 1 }
        cursor = i
    }

    /// Deletes from the start of the word before the cursor up to the cursor (Ctrl-W).
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Deletes everything before the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    public mutating func clear() {
        characters = []
        cursor = 0
    }

    private func wordStart(before position: Int) -> Int {
        var i = position
        while i > 0, !isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    private func isWordCharacter(_ c: Character) -> Bool { !c.isWhitespace && !c.isPunctuation }

    /// A paste split into notes: one per non-blank line (CR LF, LF and CR all end a line).
    public static func lines(of pasted: String) -> [String] {
        pasted.replacingLineEnds().split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }
}

extension String {
    /// CR LF and lone CR become LF. (CR LF is one grapheme in Swift, so split on scalars.)
    func replacingLineEnds() -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" { out.append("\n"); previousCR = true; continue }
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
