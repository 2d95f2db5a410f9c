/// One screen cell: a grapheme cluster already sanitised and measured, or the
/// right half of a wide one (`isContinuation`), which the backend skips.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var style: Style
    public var isContinuation: Bool

    public init(_ grapheme: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A rectangle of cells: what every screen draws into and what the terminal
/// backend copies out. It knows nothing about terminals.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    /// The grid as plain text lines (continuation cells omitted), for snapshots.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation {
                line += cells[y * width + x].grapheme
            }
            return line
        }
    }
}
