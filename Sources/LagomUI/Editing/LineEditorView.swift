import LagomCore

/// Draws a `LineEditor` on one row, scrolled so the cursor stays visible. Line breaks of a
/// multi-line note show as `⏎`. The cursor is drawn as an inverted cell, so it reads in monochrome.
public struct LineEditorView {
    public var editor: LineEditor
    public init(_ editor: LineEditor) { self.editor = editor }

    /// Columns each character takes once sanitised (a control character shows as `^[`, two columns).
    static func widths(_ characters: ArraySlice<Character>) -> [Int] {
        characters.map { DisplayWidth.of(Sanitiser.sanitiseSingleLine(String($0))) }
    }

    /// First character shown so that the cursor fits within `width` columns.
    public func firstVisible(width: Int) -> Int {
        guard width > 1 else { return editor.cursor }
        let widths = Self.widths(editor.characters[..<editor.cursor])
        var used = 1  // the cursor cell
        var first = editor.cursor
        while first > 0, used + widths[first - 1] <= width {
            used += widths[first - 1]
            first -= 1
        }
        return first
    }

    public func draw(into grid: inout Grid, x: Int, y: Int, width: Int, theme: Theme) {
        guard width > 0 else { return }
        grid.clear(Rect(x: x, y: y, width: width, height: 1), style: theme[.normal])
        let first = firstVisible(width: width)
        var column = x
        let limit = x + width
        for index in first...editor.characters.count {
            let isCursor = index == editor.cursor
            let shown =
                index < editor.characters.count ? Sanitiser.sanitiseSingleLine(String(editor.characters[index])) : " "
            let w = max(1, DisplayWidth.of(shown))
            guard column + w <= limit else { break }
            grid.put(shown, x: column, y: y, style: theme[isCursor ? .selected : .normal], maxWidth: w)
            column += w
        }
    }
}
