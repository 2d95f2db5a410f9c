import LagomCore

/// The text being typed over several rows, wrapped at spaces, so a long note can be proofread
/// whole (seed 000: a 150-character note scrolled sideways in one row). A line break typed with
/// Ctrl-N starts a row.
extension LineEditorView {
    /// The characters of each row, in order; the last row is empty when the cursor at the end
    /// would not fit on the row before.
    public func rows(width: Int) -> [Range<Int>] {
        let characters = editor.characters
        guard width > 0 else { return [0..<characters.count] }
        let widths = Self.widths(characters[...])
        var rows: [Range<Int>] = []
        var start = 0
        var column = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            if characters[index] == "\n" {
                rows.append(start..<index)
                index += 1
                (start, column, lastSpace) = (index, 0, nil)
                continue
            }
            if column + widths[index] > width, index > start {
                // Break after the last space of the row when there is one, else inside the word.
                let end = lastSpace.map { $0 + 1 } ?? index
                rows.append(start..<end)
                start = end
                column = widths[start..<index].reduce(0, +)
                lastSpace = nil
                continue
            }
            if characters[index] == " " { lastSpace = index }
            column += widths[index]
            index += 1
        }
        rows.append(start..<characters.count)
        if column >= width { rows.append(characters.count..<characters.count) }
        return rows
    }

    /// The row the cursor is on.
    func cursorRow(_ rows: [Range<Int>]) -> Int {
        rows.lastIndex { $0.lowerBound <= editor.cursor } ?? 0
    }

    /// Draws the rows that keep the cursor in view, at most `height` of them.
    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) {
        guard rect.width > 0, rect.height > 0 else { return }
        grid.clear(rect, style: theme[.normal])
        let rows = rows(width: rect.width)
        let top = max(0, cursorRow(rows) - rect.height + 1)
        for (offset, row) in rows[top...].prefix(rect.height).enumerated() {
            var column = rect.x
            let shownEnd = row.upperBound + (editor.cursor == row.upperBound ? 1 : 0)
            for index in row.lowerBound..<shownEnd {
                let isCursor = index == editor.cursor
                let shown =
                    index < row.upperBound ? Sanitiser.sanitiseSingleLine(String(editor.characters[index])) : " "
                let w = max(1, DisplayWidth.of(shown))
                guard column + w <= rect.maxX else { break }
                grid.put(
                    shown, x: column, y: rect.y + offset, style: theme[isCursor ? .selected : .normal], maxWidth: w)
                column += w
            }
        }
    }
}
