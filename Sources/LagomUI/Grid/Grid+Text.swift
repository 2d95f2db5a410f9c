import LagomCore

extension Grid {
    /// Writes one line of text at (x, y), grapheme by grapheme, and returns the
    /// number of columns written. The text is sanitised as one line first, so
    /// raw text from files is safe here.
    /// - A wide grapheme takes two cells; the second is a continuation cell. One the
    ///   terminal cannot show as it is takes what `CellGrapheme` decides, over as many cells.
    /// - A wide grapheme that would be split by the right limit is not drawn:
    ///   the last cell becomes a styled space instead.
    /// - Zero-width graphemes (ZWSP, BOM) are skipped.
    /// - Clipped to the grid and to `maxWidth` columns from `x`. Wide
    ///   characters partly overwritten at either end are replaced by spaces,
    ///   so no half of a wide character is left behind.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        guard x < limit else { return 0 }
        let clean = Sanitiser.sanitiseSingleLine(text)
        var column = x
        let start = max(0, x)
        if start > 0 { breakWideCharacter(endingAfter: start - 1, y: y) }
        if DisplayWidth.isOneColumnPerScalar(clean) {
            // Each scalar is a one-column grapheme of its own (see DisplayWidth): no grapheme
            // breaking for the common case, such as the rows of the big digits.
            for scalar in clean.unicodeScalars {
                if column >= limit { break }
                if column >= 0 { self[column, y] = Cell(scalar, style: style) }
                column += 1
            }
            let end = max(start, column)
            if end < width && end > start { breakWideCharacter(startingAt: end, y: y) }
            return end - start
        }
        text: for whole in clean {
            // Letters a terminal draws side by side go into cells of their own (CellGrapheme.pieces).
            for piece in CellGrapheme.pieces(of: whole) {
                for grapheme in piece {
                    let w = DisplayWidth.of(grapheme)
                    if w == 0 { continue }
                    if column + w > limit {
                        if column >= 0 && column < limit { self[column, y] = Cell(" ", style: style); column += 1 }
                        break text
                    }
                    if column >= 0 {
                        // What the terminal can show of it, over exactly w cells (CellGrapheme).
                        let shown = CellGrapheme(grapheme, width: w)
                        self[column, y] = Cell(shown.first, style: style)
                        if let second = shown.second {
                            self[column + 1, y] = Cell(second, style: style)
                        } else if shown.isWide {
                            self[column + 1, y] = Cell("", style: style, isContinuation: true)
                        }
                    } else if column + w > 0 {
                        // A wide grapheme straddling the left edge: its visible half is a space.
                        self[0, y] = Cell(" ", style: style)
                    }
                    column += w
                    if column >= limit { break text }
                }
            }
        }
        let end = max(start, column)
        if end < width && end > start { breakWideCharacter(startingAt: end, y: y) }
        return end - start
    }

    /// Writes `count` copies of `cell`, a one-column grapheme, from (x, y): what `put` writes for
    /// that character repeated, clipped the same way, without a text to sanitise and measure (a
    /// countdown's bar, every second). Returns the number of columns written.
    @discardableResult
    public mutating func putRun(_ cell: Cell, count: Int, x: Int, y: Int) -> Int {
        guard y >= 0 && y < height && count > 0 else { return 0 }
        let start = max(0, x)
        let end = min(width, x + count)
        guard start < end else { return 0 }
        if start > 0 { breakWideCharacter(endingAfter: start - 1, y: y) }
        for column in start..<end { self[column, y] = cell }
        if end < width { breakWideCharacter(startingAt: end, y: y) }
        return end - start
    }

    /// Fills a rectangle (clipped to the grid) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        if area.x > 0 { breakWideCharacter(endingAfter: area.x - 1, y: area.y, rows: area.height) }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { self[x, y] = cell }
        }
        if area.maxX < width { breakWideCharacter(startingAt: area.maxX, y: area.y, rows: area.height) }
    }

    /// Fills a rectangle with spaces in the given style.
    public mutating func clear(_ rect: Rect, style: Style = .plain) {
        fill(rect, with: Cell(" ", style: style))
    }

    /// If the cell at `x` is the left half of a wide character whose right
    /// half is about to be overwritten, blank it.
    private mutating func breakWideCharacter(endingAfter x: Int, y: Int, rows: Int = 1) {
        for row in y..<(y + rows) where self[x + 1, row].isContinuation {
            self[x, row] = Cell(" ", style: self[x, row].style)
        }
    }

    /// If the cell at `x` is an orphaned right half (its left half was just
    /// overwritten), blank it.
    private mutating func breakWideCharacter(startingAt x: Int, y: Int, rows: Int = 1) {
        for row in y..<(y + rows) where self[x, row].isContinuation {
            self[x, row] = Cell(" ", style: self[x, row].style)
        }
    }
}
