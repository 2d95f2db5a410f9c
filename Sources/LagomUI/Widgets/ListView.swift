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

    public init(items: [ListItem], selection: Int? = nil, offset: Int = 0) {
        self.items = items
        self.selection = selection
        self.offset = offset
    }

    /// Draws and returns the offset used, for the caller to keep for the next frame.
    @discardableResult
    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) -> Int {
        guard !rect.isEmpty else { return offset }
        let first = Scroll.offset(selection: selection, count: items.count, visibleRows: rect.height, current: offset)
        let scrolls = items.count > rect.height
        let textWidth = rect.width - (scrolls ? 1 : 0)
        for row in 0..<rect.height {
            let index = first + row
            guard index < items.count else { break }
            let item = items[index]
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
            if first + rect.height < items.count { grid.put("↓", x: column, y: rect.maxY - 1, style: theme[.dim]) }
        }
        return first
    }
}
