/// Keeping a selection visible in a scrolling list.
public enum Scroll {
    /// The first visible row: unchanged if the selection is already visible,
    /// otherwise moved just enough to show it; never past the end of the list.
    public static func offset(selection: Int?, count: Int, visibleRows: Int, current: Int) -> Int {
        guard visibleRows > 0, count > 0 else { return 0 }
        let maxOffset = max(0, count - visibleRows)
        var offset = min(max(0, current), maxOffset)
        if let selection {
            let selection = min(max(0, selection), count - 1)
            if selection < offset { offset = selection }
            if selection >= offset + visibleRows { offset = selection - visibleRows + 1 }
        }
        return offset
    }
}
