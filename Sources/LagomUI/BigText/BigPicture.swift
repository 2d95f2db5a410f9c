/// Big text as a rectangle of cells, each blank or one block character (`▀ ▄ █`), drawn
/// straight into a grid: no text to build, sanitise or measure on every frame.
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

    /// The picture as lines of text, all `width` columns wide.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            line.reserveCapacity(width * 3)
            for x in 0..<width { line += inks[y * width + x].character }
            return line
        }
    }

    /// Draws the picture with its top-left corner at (x, y), clipped to `clip` and the grid.
    /// Blanks take the style too: a reversed style then shows the digits as holes in a block,
    /// and a row of one style needs no attribute changes on the terminal.
    public func draw(into grid: inout Grid, x: Int, y: Int, style: Style, clip: Rect) {
        let area = clip.intersection(grid.bounds)
        let cells = [Ink.blank, .upper, .lower, .full].map { Cell($0.character, style: style) }
        for row in 0..<height where (area.y..<area.maxY).contains(y + row) {
            for column in 0..<width where (area.x..<area.maxX).contains(x + column) {
                grid[x + column, y + row] = cells[Int(inks[row * width + column].rawValue)]
            }
        }
    }
}
