import CNcursesw
import LagomCore
import LagomUI

/// Turns one grid cell's grapheme into the `wchar_t` scalars `setcchar` takes. `Grid.put`
/// already stores only what a cell can hold (`CellGrapheme`); a cell's text goes through
/// that same decision here, so a cell filled some other way still cannot hand ncurses a
/// cluster it would cut, a lone mark or a control character.
enum GraphemeEncoding {
    static let space: Int32 = 0x20
    /// What this ncurses holds in a cell; `CellGrapheme.maxScalars` must not exceed it.
    static var scalarsPerCell: Int { Int(lagom_cchar_max()) }

    /// - Returns: the scalars, without the terminating zero.
    static func wideCharacters(for grapheme: String) -> [Int32] {
        var graphemes = grapheme.makeIterator()
        guard let first = graphemes.next() else { return [space] }
        let text =
            graphemes.next() == nil ? CellGrapheme(first, width: max(1, DisplayWidth.of(first))).first : "\u{FFFD}"
        return text.unicodeScalars.map { Int32(bitPattern: $0.value) }
    }

    /// Calls `body` with the zero-terminated scalars of `grapheme`, without allocating for the
    /// usual one-scalar cell.
    static func withWideCharacters(for grapheme: String, _ body: (UnsafePointer<Int32>) -> Void) {
        var scalars = grapheme.unicodeScalars.makeIterator()
        // One scalar of the one-column kinds the width function knows need no checks: printable
        // ASCII, Latin-1, punctuation, box drawing and blocks (the big digits).
        if let first = scalars.next(), scalars.next() == nil,
            first.value >= 0x20 && first.value < 0x7F || DisplayWidth.isOneColumnPerScalar(grapheme)
        {
            var single: (Int32, Int32) = (Int32(first.value), 0)
            withUnsafePointer(to: &single) { $0.withMemoryRebound(to: Int32.self, capacity: 2) { body($0) } }
            return
        }
        let characters = wideCharacters(for: grapheme) + [0]
        characters.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
