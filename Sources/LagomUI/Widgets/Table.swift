import LagomCore

/// A column of a `Table`: its header and how wide it may be.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var minWidth: Int
    /// Nil: the column may take all the width that is left over.
    public var maxWidth: Int?
    public var alignment: Alignment

    public init(_ title: String, minWidth: Int = 1, maxWidth: Int? = nil, alignment: Alignment = .left) {
        self.title = title
        let minWidth = max(0, minWidth)
        self.minWidth = minWidth
        self.maxWidth = maxWidth.map { max(minWidth, $0) }
        self.alignment = alignment
    }
}

/// Rows under a header row. Cells are truncated with `…` to their column;
/// the selected row is marked with `›` and the selected style.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public var selection: Int?
    public var offset: Int
    /// Spaces between columns.
    public var gap: Int

    public init(columns: [TableColumn], rows: [[String]], selection: Int? = nil, offset: Int = 0, gap: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.selection = selection
        self.offset = offset
        self.gap = max(0, gap)
    }

    /// Column widths for `available` columns: every column gets its minimum
    /// (the leftmost first when even that does not fit), then grows towards
    /// its widest cell in `rows` up to its maximum, one column at a time so
    /// growth is shared; space still left goes to the first column without a
    /// maximum. `draw` passes only the visible rows, so a frame costs the
    /// same for 10 rows as for 10,000.
    public static func columnWidths(_ columns: [TableColumn], rows: [[String]], available: Int, gap: Int) -> [Int] {
        var left = max(0, available - gap * max(0, columns.count - 1))
        var widths = columns.map { column -> Int in
            let width = min(column.minWidth, left)
            left -= width
            return width
        }
        let wanted = columns.indices.map { index -> Int in
            var widest = DisplayWidth.of(columns[index].title)
            for row in rows where index < row.count {
                widest = max(widest, DisplayWidth.of(Sanitiser.sanitiseSingleLine(row[index])))
            }
            return min(columns[index].maxWidth ?? widest, max(columns[index].minWidth, widest))
        }
        var grew = true
        while left > 0 && grew {
            grew = false
            for index in columns.indices where left > 0 && widths[index] < wanted[index] {
                widths[index] += 1
                left -= 1
                grew = true
            }
        }
        if left > 0, let flexible = columns.firstIndex(where: { $0.maxWidth == nil }) {
            widths[flexible] += left
        }
        return widths
    }

    /// Draws and returns the row offset used, for the caller to keep.
    @discardableResult
    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) -> Int {
        guard !rect.isEmpty else { return offset }
        let markerWidth = selection == nil ? 0 : 2
        let body = rect.inset(left: markerWidth)
        let visible = rect.height - 1
        let first = Scroll.offset(selection: selection, count: rows.count, visibleRows: visible, current: offset)
        let shown = rows[min(first, rows.count)..<min(first + max(0, visible), rows.count)]
        let widths = Table.columnWidths(columns, rows: Array(shown), available: body.width, gap: gap)
        drawRow(
            columns.map(\.title), widths: widths, x: body.x, y: rect.y, maxX: rect.maxX, style: theme[.title],
            into: &grid)
        guard visible > 0 else { return first }
        for line in 0..<visible {
            let index = first + line
            guard index < rows.count else { break }
            let y = rect.y + 1 + line
            let isSelected = index == selection
            let style = theme[isSelected ? .selected : .normal]
            if markerWidth > 0 {
                grid.put(
                    isSelected ? ListView.selectionMarker + " " : "  ", x: rect.x, y: y, style: style,
                    maxWidth: markerWidth)
            }
            drawRow(rows[index], widths: widths, x: body.x, y: y, maxX: rect.maxX, style: style, into: &grid)
        }
        return first
    }

    private func drawRow(
        _ cells: [String], widths: [Int], x: Int, y: Int, maxX: Int, style: Style, into grid: inout Grid
    ) {
        var column = x
        for index in columns.indices {
            let width = widths[index]
            if width > 0 {
                let text = index < cells.count ? cells[index] : ""
                let cell = TextLayout.fit(text, width: width, alignment: columns[index].alignment)
                grid.put(cell, x: column, y: y, style: style, maxWidth: min(width, maxX - column))
            }
            column += width
            if index < columns.count - 1 && column < maxX {
                grid.put(String(repeating: " ", count: gap), x: column, y: y, style: style, maxWidth: maxX - column)
                column += gap
            }
        }
    }
}
