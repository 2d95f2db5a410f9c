import LagomCore

/// Turns one grid cell's grapheme into the `wchar_t` scalars `setcchar` takes: a whole
/// cluster (e + combining ring, a ZWJ family) goes into one `cchar_t` so ncurses keeps it
/// in one cell. What ncurses cannot hold becomes U+FFFD rather than breaking the row.
enum GraphemeEncoding {
    static let replacement: Int32 = 0xFFFD
    static let space: Int32 = 0x20

    /// - Parameter maxScalars: `CCHARW_MAX` (5 in this ncurses build).
    /// - Returns: the scalars, without the terminating zero.
    static func wideCharacters(for grapheme: String, maxScalars: Int) -> [Int32] {
        let scalars = Array(grapheme.unicodeScalars)
        guard let first = scalars.first else { return [space] }
        guard scalars.count <= maxScalars,
            !scalars.contains(where: isControl),
            startsACell(first)
        else { return [replacement] }
        return scalars.map { Int32(bitPattern: $0.value) }
    }

    /// Calls `body` with the zero-terminated scalars of `grapheme`, without allocating for the
    /// usual one-scalar cell.
    static func withWideCharacters(for grapheme: String, maxScalars: Int, _ body: (UnsafePointer<Int32>) -> Void) {
        var scalars = grapheme.unicodeScalars.makeIterator()
        // One scalar of the one-column kinds the width function knows need no checks: printable
        // ASCII, Latin-1, punctuation, box drawing and blocks (the big digits).
        if let first = scalars.next(), scalars.next() == nil,
           first.value >= 0x20 && first.value < 0x7F || DisplayWidth.isOneColumnPerScalar(grapheme) {
            var single: (Int32, Int32) = (Int32(first.value), 0)
            withUnsafePointer(to: &single) { $0.withMemoryRebound(to: Int32.self, capacity: 2) { body($0) } }
            return
        }
        let characters = wideCharacters(for: grapheme, maxScalars: maxScalars) + [0]
        characters.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// ncurses needs a spacing character first; a lone mark or joiner would end up
    /// glued to whatever the previous cell holds.
    private static func startsACell(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format, .lineSeparator,
            .paragraphSeparator, .surrogate:
            return false
        default:
            return true
        }
    }
}
