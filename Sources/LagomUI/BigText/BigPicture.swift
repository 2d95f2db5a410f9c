/// Big text as a rectangle of cells, each blank, inked, or (accents only) a half block, drawn
/// straight into a grid: no text to build, sanitise or measure on every frame.
///
/// An inked cell is a space painted with the text's colour as its background (`Style.ink`), not
/// a `█` glyph: a glyph leaves hairline seams and slivers where a font's block does not fill its
/// cell exactly, a painted cell cannot. Only the accents of Å Ä Ö use `▀ ▄`, half a cell high.
public struct BigPicture: Equatable, Sendable {
    /// What one cell shows: which of its two half-pixel rows are inked.
    enum Ink: UInt8, Sendable {
        case blank, upper, lower, full

        init(top: Bool, bottom: Bool) {
            switch (top, bottom) {
            case (false, false): self = .blank
            case (true, false): self = .upper
            case (false, true): self = .lower
            case (true, true): self = .full
            }
        }

        /// The cell as text, for snapshots and tests: `█` stands for a painted cell.
        var character: String {
            switch self {
            case .blank: " "
            case .upper: "▀"
            case .lower: "▄"
            case .full: "█"
            }
        }
    }

    public let width: Int
    public let height: Int
    var inks: [Ink]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        inks = Array(repeating: .blank, count: width * height)
    }

    /// The picture as lines of text, all `width` columns wide (`█` where a cell is painted).
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            line.reserveCapacity(width * 3)
            for x in 0..<width { line += inks[y * width + x].character }
            return line
        }
    }

    /// Draws the picture with its top-left corner at (x, y), clipped to `clip` and the grid.
    /// Blanks take the style too (a reversed style shows the letters as holes in a block, and a
    /// row of one style needs few attribute changes); inked cells are spaces in `style.ink`.
    public func draw(into grid: inout Grid, x: Int, y: Int, style: Style, clip: Rect) {
        let area = clip.intersection(grid.bounds)
        var text = style
        text.underline = false
        // Bold changes nothing a painted space shows, and it costs bytes every second: after each
        // frame the terminal is put back to normal attributes, and the first bold cell of the next
        // frame sends them all again (`ESC[0;1m`). Without it only the colours change.
        text.bold = false
        // A blank between strokes shows no text colour either: with the terminal's own, a change
        // between blank and stroke is one colour, the background (the terminal draws a stroke's
        // space the same way, `Style.asSpace`).
        var blank = text
        if !text.reverse && text.foreground != .terminalDefault && text.background != .terminalDefault {
            blank.foreground = .terminalDefault
        }
        let cells = [
            Cell(" ", style: blank), Cell("▀", style: text), Cell("▄", style: text), Cell(" ", style: text.ink),
        ]
        let top = max(area.y, y)
        let bottom = min(area.maxY, y + height)
        let left = max(area.x, x)
        let right = min(area.maxX, x + width)
        guard top < bottom, left < right else { return }
        let rows = top..<bottom
        let columns = left..<right
        // Straight into the grid's memory: the clip lies inside the grid (checked above).
        let gridWidth = grid.width
        grid.withCellBuffer { target in
            for gridY in rows {
                let from = (gridY - y) * width - x
                let to = gridY * gridWidth
                for gridX in columns { target[to + gridX] = cells[Int(inks[from + gridX].rawValue)] }
            }
        }
    }
}

extension Style {
    /// A style whose background shows what this style's text colour shows, for cells painted
    /// as strokes. With both colours given, the background takes the text colour (blank and
    /// inked cells then differ by one colour, the cheapest change a terminal is sent); with the
    /// terminal's own colours, reverse video does it, the one way to paint "the terminal's text colour".
    public var ink: Style {
        var ink = self
        ink.underline = false
        let shown =
            reverse
            ? (foreground: background, background: foreground) : (foreground: foreground, background: background)
        if shown.foreground != .terminalDefault && shown.background != .terminalDefault {
            ink.foreground = shown.foreground
            ink.background = shown.foreground
            ink.reverse = false
        } else {
            ink.reverse.toggle()
        }
        return ink
    }
}
