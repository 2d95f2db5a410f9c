import LagomCore

/// Notes laid out like post-its on a wall: one line each, in as many columns as fit,
/// filled top to bottom. When they do not all fit, the newest are shown and a last line
/// says how many more there are, so nothing is silently left out.
public struct NoteWall {
    public var count: Int
    /// Line `i` of `count`; only the lines that fit are asked for, so a wall of
    /// 10,000 notes costs what the visible ones cost.
    public var line: (Int) -> String
    public static let minimumColumnWidth = 28

    /// Notes keep the newest when they do not fit ("… 5 tidigare lappar" first); a list in a
    /// fixed order, such as the groups' counts, keeps the first and ends in "… 5 till".
    public var keepsNewest = true

    public init(lines: [String], keepsNewest: Bool = true) {
        count = lines.count
        line = { lines[$0] }
        self.keepsNewest = keepsNewest
    }

    public init(count: Int, line: @escaping (Int) -> String) {
        self.count = count
        self.line = line
    }

    public func draw(into grid: inout Grid, in rect: Rect, role: Role = .normal, theme: Theme, language: Language) {
        guard !rect.isEmpty, count > 0 else { return }
        let columns = max(
            1, min((rect.width + 2) / (Self.minimumColumnWidth + 2), (count + rect.height - 1) / rect.height))
        let columnWidth = (rect.width - 2 * (columns - 1)) / columns
        let capacity = columns * rect.height
        var hiddenCount = 0
        if count > capacity { hiddenCount = count - (capacity - 1) }
        var slots: [(String, Role)]
        if keepsNewest {
            slots = (hiddenCount..<count).map { (line($0), role) }
            if hiddenCount > 0 {
                slots.insert(
                    (Catalogue.text(.wallEarlierNotes, language, ["count": .number(hiddenCount)]), .dim), at: 0)
            }
        } else {
            slots = (0..<(count - hiddenCount)).map { (line($0), role) }
            if hiddenCount > 0 { slots.append((Strings.more(hiddenCount).text(language), .dim)) }
        }
        let rowsUsed = (slots.count + columns - 1) / columns
        for (i, slot) in slots.enumerated() {
            let column = i / rowsUsed
            let row = i % rowsUsed
            let x = rect.x + column * (columnWidth + 2)
            grid.put(
                TextLayout.truncate(slot.0, width: columnWidth), x: x, y: rect.y + row, style: theme[slot.1],
                maxWidth: columnWidth)
        }
    }
}
