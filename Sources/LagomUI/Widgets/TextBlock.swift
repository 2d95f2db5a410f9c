/// Wrapped text in a rectangle; when it does not all fit, the last visible
/// line ends in `…` so the reader knows there is more.
public struct TextBlock: Sendable {
    public var text: String
    public var role: Role
    public var alignment: Alignment

    public init(_ text: String, role: Role = .normal, alignment: Alignment = .left) {
        self.text = text
        self.role = role
        self.alignment = alignment
    }

    /// Rows needed to show all of the text at `width`.
    public static func height(of text: String, width: Int) -> Int {
        TextLayout.wrap(text, width: width).count
    }

    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        var lines = TextLayout.wrap(text, width: rect.width)
        if lines.count > rect.height {
            lines = Array(lines.prefix(rect.height))
            lines[rect.height - 1] = TextLayout.withEllipsis(lines[rect.height - 1], width: rect.width)
        }
        for (row, line) in lines.enumerated() {
            let text = alignment == .left ? line : TextLayout.fit(line, width: rect.width, alignment: alignment)
            grid.put(text, x: rect.x, y: rect.y + row, style: theme[role], maxWidth: rect.width)
        }
    }
}
