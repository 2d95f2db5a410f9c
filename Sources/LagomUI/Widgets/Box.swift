/// A frame of box-drawing lines with an optional title in the top border.
/// `heavy` lines mark the selected box without relying on colour.
public struct Box: Sendable {
    public enum Line: Sendable { case light, heavy }

    public var title: String?
    public var line: Line
    public var borderRole: Role
    public var titleRole: Role

    public init(title: String? = nil, line: Line = .light, borderRole: Role = .border, titleRole: Role = .title) {
        self.title = title
        self.line = line
        self.borderRole = borderRole
        self.titleRole = titleRole
    }

    /// The area inside the border of `rect`.
    public static func inner(_ rect: Rect) -> Rect { rect.inset(by: 1) }

    /// Draws the frame (nothing if `rect` is smaller than 2×2) and returns the inner area.
    @discardableResult
    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) -> Rect {
        guard rect.width >= 2 && rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let chars =
            line == .light
            ? (h: "─", v: "│", tl: "┌", tr: "┐", bl: "└", br: "┘")
            : (h: "━", v: "┃", tl: "┏", tr: "┓", bl: "┗", br: "┛")
        let style = theme[borderRole]
        let horizontal = String(repeating: chars.h, count: rect.width - 2)
        grid.put(chars.tl + horizontal + chars.tr, x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
        grid.put(chars.bl + horizontal + chars.br, x: rect.x, y: rect.maxY - 1, style: style, maxWidth: rect.width)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put(chars.v, x: rect.x, y: y, style: style)
            grid.put(chars.v, x: rect.maxX - 1, y: y, style: style)
        }
        // "┌─ Title ─┐": needs room for the corner, one line, two spaces and a letter.
        if let title, !title.isEmpty, rect.width >= 6 {
            let text = TextLayout.truncate(title, width: rect.width - 6)
            grid.put(" " + text + " ", x: rect.x + 2, y: rect.y, style: theme[titleRole], maxWidth: rect.width - 4)
        }
        return Box.inner(rect)
    }
}
