import LagomCore

/// Draws paragraphs top to bottom in a rectangle, wrapping each, until the space runs out.
/// The last line that fits ends in `…` when text had to be left out.
public struct Flow {
    public private(set) var area: Rect
    private var y: Int

    public init(_ area: Rect) {
        self.area = area
        y = area.y
    }

    public var remaining: Rect { Rect(x: area.x, y: y, width: area.width, height: area.maxY - y) }
    public var isFull: Bool { y >= area.maxY }

    /// A wrapped paragraph; `indent` starts continuation lines under the text after a bullet.
    public mutating func paragraph(_ text: String, role: Role = .normal, bullet: String? = nil,
                                   alignment: Alignment = .left, into grid: inout Grid, theme: Theme) {
        guard !isFull, area.width > 0 else { return }
        let prefix = bullet.map { $0 + " " } ?? ""
        let indent = DisplayWidth.of(prefix)
        let lines = TextLayout.wrap(text, width: max(1, area.width - indent))
        for (i, line) in lines.enumerated() {
            guard y < area.maxY else { return }
            let last = y == area.maxY - 1 && i < lines.count - 1
            let shown = last ? TextLayout.withEllipsis(line, width: area.width - indent) : line
            if i == 0 && !prefix.isEmpty { grid.put(prefix, x: area.x, y: y, style: theme[role], maxWidth: indent) }
            let fitted = alignment == .left ? shown : TextLayout.fit(shown, width: area.width - indent, alignment: alignment)
            grid.put(fitted, x: area.x + indent, y: y, style: theme[role], maxWidth: area.width - indent)
            y += 1
        }
    }

    /// Big-font text when it fits in `maxHeight` rows, else a normal paragraph. Returns whether big was used.
    @discardableResult
    public mutating func big(_ text: String, maxHeight: Int, role: Role = .title, into grid: inout Grid, theme: Theme) -> Bool {
        let height = min(maxHeight, area.maxY - y)
        if let rows = BigText.render(text, maxWidth: area.width, maxHeight: height) {
            let width = rows.first.map(DisplayWidth.of) ?? 0
            let x = area.x + max(0, (area.width - width) / 2)
            for row in rows {
                grid.put(row, x: x, y: y, style: theme[role], maxWidth: area.width)
                y += 1
            }
            return true
        }
        paragraph(text, role: role, alignment: .center, into: &grid, theme: theme)
        return false
    }

    public mutating func skip(_ rows: Int = 1) { y = min(area.maxY, y + rows) }
}
