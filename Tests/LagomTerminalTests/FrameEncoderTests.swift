import LagomUI
import Testing

@testable import LagomTerminal

/// The bytes a frame sends, with tmux-256color's strings.
@Suite struct FrameEncoderTests {
    static func ansi(_ text: String) -> [UInt8] { Array(text.utf8) }

    static var tmux: FrameEncoder.Strings {
        FrameEncoder.Strings(
            clear: ansi("\u{1B}[H\u{1B}[J"), resetAttributes: ansi("\u{1B}[m\u{0F}"),
            bold: ansi("\u{1B}[1m"), dim: ansi("\u{1B}[2m"), underline: ansi("\u{1B}[4m"), reverse: ansi("\u{1B}[7m"),
            foreground: (0..<8).map { ansi("\u{1B}[3\($0)m") }, background: (0..<8).map { ansi("\u{1B}[4\($0)m") },
            defaultForeground: ansi("\u{1B}[39m"), defaultBackground: ansi("\u{1B}[49m"),
            originalPair: ansi("\u{1B}[39;49m"), combinesRendition: true, hasDefaultColors: true, cursorAddress: .ansi,
            writesBottomRight: true)
    }

    static func encode(
        _ grid: Grid, over previous: Grid?, strings: FrameEncoder.Strings = tmux
    ) -> [UInt8] {
        var encoder = FrameEncoder(strings: strings)
        encoder.encode(
            grid, over: previous, columns: grid.width, rows: grid.height, screen: (grid.width, grid.height))
        return encoder.bytes
    }

    static func grid(_ rows: [String], style: Style = .plain) -> Grid {
        var grid = Grid(width: rows.map(\.count).max() ?? 0, height: rows.count)
        for (y, row) in rows.enumerated() {
            for (x, character) in row.enumerated() { grid[x, y] = Cell(String(character), style: style) }
        }
        return grid
    }

    @Test func aFirstFrameClearsAndWritesOnlyWhatIsNotBlank() {
        let frame = Self.grid(["å  ", "  ö"])
        #expect(Self.encode(frame, over: nil) == Self.ansi("\u{1B}[H\u{1B}[J\u{1B}[1;1Hå\u{1B}[2;3Hö"))
    }

    @Test func anUnchangedFrameSendsNothing() {
        let frame = Self.grid(["ab", "cd"])
        #expect(Self.encode(frame, over: frame).isEmpty)
    }

    @Test func onlyChangedCellsAreSentAndAShortGapIsWrittenAgain() {
        let before = Self.grid(["0123456789012345", "abcdefghijklmnop"])
        let after = Self.grid(["0X2Y456789012345", "abcdefghijklmnoZ"])
        // X, then "2" again (1 byte) rather than a cursor address (6), then Y; Z at its address.
        #expect(Self.encode(after, over: before) == Self.ansi("\u{1B}[1;2HX2Y\u{1B}[2;16HZ"))
    }

    @Test func aLongGapIsAddressedPast() {
        let before = Self.grid(["aaaaaaaaaaaa"])
        let after = Self.grid(["baaaaaaaaaab"])
        #expect(Self.encode(after, over: before) == Self.ansi("\u{1B}[1;1Hb\u{1B}[1;12Hb"))
    }

    /// Attributes and colours are sent only where they change, as one SGR, and the frame ends
    /// with the terminal's own rendition, so ncurses' own writes (a resize's clear, Ctrl-Z) inherit
    /// nothing.
    @Test func renditionChangesOnlyWhereNeededAndIsResetAtTheEnd() {
        #expect(
            Self.encode(Self.threeStyles, over: Self.grid(["abc"]))
                == Self.ansi("\u{1B}[1;1H\u{1B}[1;31mxy\u{1B}[0;31mz\u{1B}[m"))
    }

    /// A terminal whose strings are not the ANSI ones gets each string as terminfo has it.
    @Test func renditionFromTerminfoStringsOneByOne() {
        var strings = Self.tmux
        strings.combinesRendition = false
        #expect(
            Self.encode(Self.threeStyles, over: Self.grid(["abc"]), strings: strings)
                == Self.ansi("\u{1B}[1;1H\u{1B}[1m\u{1B}[31mxy\u{1B}[m\u{0F}\u{1B}[31mz\u{1B}[m\u{0F}"))
    }

    static var threeStyles: Grid {
        let red = Style(foreground: .red, bold: true)
        var grid = Self.grid(["abc"])
        grid[0, 0] = Cell("x", style: red)
        grid[1, 0] = Cell("y", style: red)
        grid[2, 0] = Cell("z", style: Style(foreground: .red))
        return grid
    }

    /// A stroke of big type is a space in its own colour: only its background is sent.
    @Test func aPaintedSpaceSendsItsBackgroundAlone() {
        var after = Self.grid(["  "])
        after[0, 0] = Cell(" ", style: Style(foreground: .white, background: .white))
        after[1, 0] = Cell(" ", style: Style(foreground: .white, background: .white))
        #expect(Self.encode(after, over: Self.grid(["  "])) == Self.ansi("\u{1B}[1;1H\u{1B}[47m  \u{1B}[m"))
    }

    @Test func withoutDefaultColoursWhiteOnBlackStandsIn() {
        var strings = Self.tmux
        strings.hasDefaultColors = false
        var after = Self.grid([" "])
        after[0, 0] = Cell("a", style: Style(background: .blue))
        #expect(
            Self.encode(after, over: Self.grid([" "]), strings: strings)
                == Self.ansi("\u{1B}[1;1H\u{1B}[37;44ma\u{1B}[m"))
    }

    @Test func withoutAnsiDefaultsTheOriginalPairResetsColours() {
        var strings = Self.tmux
        strings.defaultForeground = []
        strings.defaultBackground = []
        strings.combinesRendition = false
        var after = Self.grid(["  "])
        after[0, 0] = Cell("a", style: Style(foreground: .red, background: .blue))
        after[1, 0] = Cell("b", style: Style(background: .blue))
        #expect(
            Self.encode(after, over: Self.grid(["  "]), strings: strings)
                == Self.ansi("\u{1B}[1;1H\u{1B}[31m\u{1B}[44ma\u{1B}[39;49m\u{1B}[44mb\u{1B}[m\u{0F}"))
    }

    @Test func aMonochromeTerminalGetsAttributesOnly() {
        var strings = Self.tmux
        strings.foreground = []
        strings.background = []
        strings.combinesRendition = false
        var after = Self.grid([" "])
        after[0, 0] = Cell("a", style: Style(foreground: .red, background: .blue, reverse: true))
        #expect(
            Self.encode(after, over: Self.grid([" "]), strings: strings)
                == Self.ansi("\u{1B}[1;1H\u{1B}[7ma\u{1B}[m\u{0F}"))
    }

    /// A wide character moves the cursor two columns; its continuation is never written.
    @Test func aWideCharacterCoversItsContinuation() {
        var after = Self.grid(["    "])
        _ = after.put("漢", x: 0, y: 0)
        after[2, 0] = Cell("x")
        #expect(Self.encode(after, over: Self.grid(["    "])) == Self.ansi("\u{1B}[1;1H漢x"))
    }

    /// What a cell holds reaches the terminal whole, decided as the grid decided it; a control
    /// character that got into a cell some other way is never sent.
    @Test func cellsReachTheTerminalSafely() {
        var after = Self.grid(["   "])
        after[0, 0] = Cell("a\u{30A}")
        after[1, 0] = Cell("\u{1B}")
        after[2, 0] = Cell("█")
        #expect(Self.encode(after, over: Self.grid(["   "])) == Self.ansi("\u{1B}[1;1Ha\u{30A}\u{FFFD}█"))
    }

    @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
        var strings = Self.tmux
        strings.writesBottomRight = false
        #expect(
            Self.encode(Self.grid(["ab", "cd"]), over: Self.grid(["  ", "  "]), strings: strings)
                == Self.ansi("\u{1B}[1;1Hab\u{1B}[2;1Hc"))
    }

    @Test func anotherCursorAddressComesFromTerminfo() {
        var strings = Self.tmux
        strings.cursorAddress = .terminfo { row, column in Array("<\(row),\(column)>".utf8) }
        #expect(Self.encode(Self.grid([" a"]), over: Self.grid(["  "]), strings: strings) == Self.ansi("<0,1>a"))
    }
}
