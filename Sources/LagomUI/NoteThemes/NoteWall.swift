import LagomCore

/// Notes laid out like post-its on a wall: one line each, in as many columns as fit,
/// filled top to bottom. When they do not all fit, the newest are shown and a last line
/// says how many more there are, so nothing is silently left out.
public struct NoteWall {
    public var lines: [String]
    public static let minimumColumnWidth = 28

    public init(lines: [String]) { self.lines = lines }

    public func draw(into grid: inout Grid, in rect: Rect, role: Role = .normal, theme: Theme, language: Language) {
        guard !rect.isEmpty, !lines.isEmpty else { return }
        let columns = max(1, min((rect.width + 2) / (Self.minimumColumnWidth + 2), (lines.count + rect.height - 1) / rect.height))
        let columnWidth = (rect.width - 2 * (columns - 1)) / columns
        let capacity = columns * rect.height
        var shown = lines
        var hiddenCount = 0
        if lines.count > capacity {
            hiddenCount = lines.count - (capacity - 1)
            shown = Array(lines.suffix(capacity - 1))
        }
        var slots = shown.map { ($0, role) }
        if hiddenCount > 0 {
            slots.insert((language == .sv ? "… \(hiddenCount) tidigare lappar" : "… \(hiddenCount) earlier notes", .dim), at: 0)
        }
        let rowsUsed = (slots.count + columns - 1) / columns
        for (i, slot) in slots.enumerated() {
            let column = i / rowsUsed
            let row = i % rowsUsed
            let x = rect.x + column * (columnWidth + 2)
            grid.put(TextLayout.truncate(slot.0, width: columnWidth), x: x, y: rect.y + row, style: theme[slot.1], maxWidth: columnWidth)
        }
    }
}
