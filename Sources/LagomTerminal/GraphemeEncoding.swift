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
}
