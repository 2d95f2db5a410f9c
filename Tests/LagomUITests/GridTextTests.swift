import LagomCore
import LagomUI
import Testing

@Suite("Grid writing")
struct GridTextTests {
    func row(_ grid: Grid, _ y: Int = 0) -> String { grid.lines[y] }

    @Test func writesSwedishOneCellEach() {
        var grid = Grid(width: 8, height: 1)
        let used = grid.put("Åsa på", x: 1, y: 0)
        #expect(used == 6)
        #expect(row(grid) == " Åsa på ")
        #expect(grid[2, 0].grapheme == "s")
    }

    @Test func wideGraphemesTakeTwoCells() {
        var grid = Grid(width: 6, height: 1)
        grid.put("中😀", x: 0, y: 0)
        #expect(grid[0, 0].grapheme == "中")
        #expect(grid[1, 0].isContinuation)
        #expect(grid[2, 0].grapheme == "😀")
        #expect(grid[3, 0].isContinuation)
        #expect(!grid[4, 0].isContinuation)
    }

    /// ❤️ takes two columns in the layout, but ncurses and tmux advance one (by ❤ alone):
    /// the second cell is a real space, drawn, so no old character can stay there.
    @Test func graphemeDrawnNarrowerThanItsColumnsIsPaddedWithASpace() {
        var grid = Grid(width: 4, height: 1, fill: Cell("x"))
        #expect(grid.put("❤️a", x: 0, y: 0) == 3)
        #expect(grid[0, 0].grapheme == "❤️")
        #expect(grid[1, 0] == Cell(" "))
        #expect(grid[2, 0].grapheme == "a")
    }

    /// Emoji ncurses would cut mid-cluster become what one cell holds, over the columns the
    /// layout measured: no joiner, no modifier, no half flag, no continuation left undrawn.
    @Test func emojiNcursesCannotHoldKeepTheirColumns() {
        var grid = Grid(width: 20, height: 1, fill: Cell("A"))
        let text = "x👩‍👩‍👧a👍🏽b🇸🇪c👨‍👩‍👧‍👦d"
        #expect(grid.put(text, x: 0, y: 0) == DisplayWidth.of(text))
        #expect(row(grid) == "x👩a👍bSEc👨dAAAAAAA")
        let shown = (0..<grid.width).map { grid[$0, 0] }
        #expect(shown.filter(\.isContinuation).count == 3)
        for cell in shown {
            #expect(cell.grapheme.unicodeScalars.count <= CellGrapheme.maxScalars)
            #expect(!cell.grapheme.unicodeScalars.contains("\u{200D}"))
        }
    }

    /// Longer than a cell holds (25 bytes, 7 scalars; 9 scalars): the base and what fits of
    /// its marks, never a continuation cell the terminal would leave undrawn.
    @Test func overlongGraphemesAreCutToTheirBase() {
        var grid = Grid(width: 6, height: 1, fill: Cell("x"))
        let zalgo = "e" + String(repeating: "\u{301}", count: 8)
        grid.put("👨‍👩‍👧‍👦" + zalgo, x: 0, y: 0)
        #expect(grid[0, 0].grapheme == "👨")
        #expect(grid[1, 0].isContinuation)
        #expect(grid[2, 0].grapheme == "e" + String(repeating: "\u{301}", count: 4))
        #expect(grid[3, 0].grapheme == "x")
    }

    @Test func wideGraphemeAtRightEdgeBecomesSpace() {
        var grid = Grid(width: 5, height: 1, fill: Cell("x"))
        let used = grid.put("abc中", x: 1, y: 0)
        #expect(row(grid) == "xabc ")
        #expect(used == 4)
        #expect(!grid[4, 0].isContinuation)
    }

    @Test func maxWidthLimitsLikeTheEdge() {
        var grid = Grid(width: 10, height: 1, fill: Cell("x"))
        grid.put("ab中de", x: 0, y: 0, maxWidth: 3)
        #expect(row(grid) == "ab xxxxxxx")
    }

    @Test func clipsLeftTopAndBottom() {
        var grid = Grid(width: 4, height: 1)
        grid.put("abcdef", x: -2, y: 0)
        #expect(row(grid) == "cdef")
        grid.put("中z", x: -1, y: 0)
        #expect(row(grid) == " zef")
        #expect(grid.put("zz", x: 0, y: 1) == 0)
        #expect(grid.put("zz", x: 0, y: -1) == 0)
        #expect(grid.put("zz", x: 9, y: 0) == 0)
    }

    @Test func overwritingHalfAWideCharacterLeavesNoHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("中文字", x: 0, y: 0)
        grid.put("a", x: 1, y: 0)  // right half of 中
        #expect(row(grid) == " a文字")
        #expect(!grid[1, 0].isContinuation)
        grid.put("b", x: 4, y: 0)  // left half of 字
        #expect(row(grid) == " a文b ")
        #expect(!grid[5, 0].isContinuation)
    }

    @Test func controlCharactersNeverReachACell() {
        var grid = Grid(width: 20, height: 1)
        grid.put("a\u{1B}[2J\nb\u{9B}", x: 0, y: 0)
        #expect(row(grid).trimmingTrailingSpaces == "a^[[2J⏎b<9B>")
        for x in 0..<grid.width {
            #expect(
                !grid[x, 0].grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func zeroWidthGraphemesAreSkipped() {
        var grid = Grid(width: 4, height: 1)
        #expect(grid.put("a\u{200B}b", x: 0, y: 0) == 2)
        #expect(row(grid) == "ab  ")
    }

    @Test func fillAndClearAreClipped() {
        var grid = Grid(width: 4, height: 2, fill: Cell("x"))
        grid.clear(Rect(x: 2, y: 1, width: 10, height: 10))
        #expect(grid.lines == ["xxxx", "xx  "])
    }
}

extension String {
    var trimmingTrailingSpaces: String { String(reversed().drop { $0 == " " }.reversed()) }
}

@Suite struct CellStorageTests {
    /// Graphemes round-trip through the inline storage; equality and hashing follow the text.
    @Test(arguments: [
        " ", "å", "a\u{30A}", "█", "中", "❤️", "👩‍👩‍👧", "🇸🇪", String(repeating: "a\u{301}", count: 1) + "\u{302}\u{303}",
    ])
    func graphemesRoundTrip(grapheme: String) {
        let cell = Cell(grapheme, style: Style(foreground: .red))
        #expect(cell.grapheme == grapheme)
        #expect(cell == Cell(grapheme, style: Style(foreground: .red)))
        #expect(Set([cell, Cell(grapheme, style: Style(foreground: .red))]).count == 1)
        #expect(cell != Cell(grapheme + "x", style: Style(foreground: .red)))
    }

    /// 23 bytes fit; one more than a cell holds shows as U+FFFD, as the terminal would draw it.
    @Test func longerThanACellHoldsIsTheReplacementCharacter() {
        let fits = "e" + String(repeating: "\u{301}", count: 11)  // 1 + 11 × 2 = 23 bytes
        #expect(Cell(fits).grapheme == fits)
        #expect(Cell(fits + "\u{301}").grapheme == "\u{FFFD}")
        var cell = Cell("x")
        cell.grapheme = "👨‍👩‍👧‍👦"  // 25 bytes
        #expect(cell.grapheme == "\u{FFFD}")
    }
}

@Suite struct CellGraphemeTests {
    @Test(
        arguments: [
            ("a", 1, CellGrapheme(first: "a", isWide: false, second: nil)),
            ("中", 2, CellGrapheme(first: "中", isWide: true, second: nil)),
            ("a\u{30A}", 1, CellGrapheme(first: "a\u{30A}", isWide: false, second: nil)),
            ("👍🏽", 2, CellGrapheme(first: "👍", isWide: true, second: nil)),
            ("🇸🇪", 2, CellGrapheme(first: "S", isWide: false, second: "E")),
            ("👩‍👩‍👧", 2, CellGrapheme(first: "👩", isWide: true, second: nil)),
            ("🏳️‍🌈", 2, CellGrapheme(first: "🏳️", isWide: false, second: " ")),
            ("❤️", 2, CellGrapheme(first: "❤️", isWide: false, second: " ")),
            ("1️⃣", 2, CellGrapheme(first: "1️⃣", isWide: false, second: " ")),
            ("\u{1B}", 2, CellGrapheme(first: "\u{FFFD}", isWide: false, second: " ")),
            ("\u{301}", 1, CellGrapheme(first: "\u{FFFD}", isWide: false, second: nil)),
            ("中", 1, CellGrapheme(first: "\u{FFFD}", isWide: false, second: nil)),
        ] as [(Character, Int, CellGrapheme)])
    func whatTheCellsHold(grapheme: Character, width: Int, expected: CellGrapheme) {
        #expect(CellGrapheme(grapheme, width: width) == expected)
    }
}

@Suite struct CellLayoutTests {
    /// No padding: the terminal's row comparison relies on equal cells being equal bit for bit.
    @Test func aCellHasNoPadding() {
        #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
        var a = Cell("å", style: Style(foreground: .red, bold: true))
        var b = Cell("å", style: Style(foreground: .red, bold: true))
        let equalBits = withUnsafeBytes(of: &a) { x in withUnsafeBytes(of: &b) { y in x.elementsEqual(y) } }
        #expect(equalBits)
    }
}
