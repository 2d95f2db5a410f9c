import LagomCore

/// One row of a `ListView`.
public struct ListItem: Hashable, Sendable {
    public var text: String
    public var role: Role
    /// Drawn at the right edge, kept whole: the text is shortened to leave it room (`30→34`).
    public var trailing: String

    public init(_ text: String, role: Role = .normal, trailing: String = "") {
        self.text = text
        self.role = role
        self.trailing = trailing
    }
}

/// A scrolling list with one selected row. The selected row is marked with
/// `›` as well as the selected style; `↑`/`↓` in the last column say that
/// more rows are above or below.
public struct ListView: Sendable {
    public static let selectionMarker = "›"

    public var items: [ListItem]
    public var selection: Int?
    /// First visible row last time; the list scrolls from there.
    public var offset: Int

    /// Rows of the list before `items` that were not made: `items` is then the window from row
    /// `skipped` on of a list of `count` rows, chosen by the caller (`window(selection:count:rows:)`),
    /// so a long list costs only the rows that show.
    public var skipped = 0
    private var total: Int?

    public init(items: [ListItem], selection: Int? = nil, offset: Int = 0) {
        self.items = items
        self.selection = selection
        self.offset = offset
    }

    /// Rows `window.lowerBound...` of a list of `count` rows; `selection` counts in the whole list.
    public init(window items: [ListItem], from first: Int, of count: Int, selection: Int? = nil) {
        self.items = items
        self.selection = selection
        offset = first
        skipped = first
        total = count
    }

    /// The rows of a list of `count` that show in `rows` rows: as `draw` scrolls them.
    public static func window(selection: Int?, count: Int, rows: Int, current: Int) -> Range<Int> {
        let first = Scroll.offset(selection: selection, count: count, visibleRows: rows, current: current)
        return first..<min(count, first + max(0, rows))
    }

    /// Draws and returns the offset used, for the caller to keep for the next frame.
    @discardableResult
    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) -> Int {
        guard !rect.isEmpty else { return offset }
        let count = total ?? items.count
        let first =
            total == nil
            ? Scroll.offset(selection: selection, count: count, visibleRows: rect.height, current: offset) : skipped
        let scrolls = count > rect.height
        let textWidth = rect.width - (scrolls ? 1 : 0)
        for row in 0..<rect.height {
            let index = first + row
            guard index < count, index - skipped < items.count else { break }
            let item = items[index - skipped]
            let isSelected = index == selection
            let style = theme[isSelected ? .selected : item.role]
            let prefix = isSelected ? ListView.selectionMarker + " " : "  "
            let trailingWidth = item.trailing.isEmpty ? 0 : DisplayWidth.of(item.trailing) + 1
            let line =
                trailingWidth > 0 && textWidth - trailingWidth >= 6
                ? TextLayout.fit(prefix + item.text, width: textWidth - trailingWidth) + " " + item.trailing
                : TextLayout.fit(prefix + item.text, width: textWidth)
            grid.put(line, x: rect.x, y: rect.y + row, style: style, maxWidth: textWidth)
        }
        if scrolls && rect.width > 1 {
            let column = rect.maxX - 1
            if first > 0 { grid.put("↑", x: column, y: rect.y, style: theme[.dim]) }
            if first + rect.height < count { grid.put("↓", x: column, y: rect.maxY - 1, style: theme[.dim]) }
        }
        return first
    }
}
