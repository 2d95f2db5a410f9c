/// A post-it note: a box with wrapped text and an optional header (such as
/// the group's name) in the top border. A selected card has heavy lines.
public struct Card: Sendable {
    public var header: String?
    public var text: String
    public var role: Role
    public var isSelected: Bool

    public init(header: String? = nil, text: String, role: Role = .normal, isSelected: Bool = false) {
        self.header = header
        self.text = text
        self.role = role
        self.isSelected = isSelected
    }

    /// Rows a card of `width` columns needs to show all of `text`.
    public static func height(of text: String, width: Int) -> Int {
        TextBlock.height(of: text, width: max(1, width - 2)) + 2
    }

    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) {
        grid.clear(rect, style: theme[.normal])
        let box = Box(title: header, line: isSelected ? .heavy : .light, borderRole: isSelected ? .selected : .border)
        let inner = box.draw(into: &grid, in: rect, theme: theme)
        TextBlock(text, role: role).draw(into: &grid, in: inner, theme: theme)
    }
}
