import LagomCore
import LagomUI
import Testing

@Suite("Widgets")
struct WidgetSnapshotTests {
    let theme = Theme.monochrome

    @Test func boxWithSwedishTitleAndWideTextAtTheEdge() {
        var grid = Grid(width: 16, height: 5)
        let inner = Box(title: "Grupp Ängsö").draw(into: &grid, in: grid.bounds, theme: theme)
        #expect(inner == Rect(x: 1, y: 1, width: 14, height: 3))
        grid.put("Åsa Öhlin fika", x: inner.x, y: inner.y, maxWidth: inner.width)
        grid.put("中文字符测试中文", x: inner.x, y: inner.y + 1, maxWidth: inner.width)
        grid.put("ok 👍 ❤️ 🇸🇪 👩‍👩‍👧 x", x: inner.x, y: inner.y + 2, maxWidth: inner.width)
        Snapshot.assert(grid, named: "box-swedish-cjk-emoji")
    }

    @Test func heavyBoxAndTitleTooLong() {
        var grid = Grid(width: 12, height: 3)
        Box(title: "En mycket lång rubrik", line: .heavy).draw(into: &grid, in: grid.bounds, theme: theme)
        Snapshot.assert(grid, named: "box-heavy-long-title")
    }

    @Test func boxSmallerThanTwoByTwoDrawsNothing() {
        var grid = Grid(width: 3, height: 3)
        let inner = Box().draw(into: &grid, in: Rect(x: 0, y: 0, width: 1, height: 3), theme: theme)
        #expect(inner.isEmpty)
        #expect(grid.lines.allSatisfy { $0 == "   " })
    }

    @Test func tableWithWideCellsTruncatesAtTheRightEdge() {
        var grid = Grid(width: 30, height: 5)
        let table = Table(
            columns: [
                TableColumn("Namn", minWidth: 4, maxWidth: 10),
                TableColumn("Lapp", minWidth: 6),
                TableColumn("Röster", minWidth: 3, maxWidth: 6, alignment: .right),
            ],
            rows: [
                ["Åsa", "Mer tid för återhämtning", "12"],
                ["李小龙", "会议太多了，需要更多时间", "3"],
                ["Örjan", "❤️ fika 👩‍👩‍👧 tillsammans", "7"],
                ["Bo", "kort", "0"],
            ],
            selection: 1
        )
        table.draw(into: &grid, in: grid.bounds, theme: theme)
        Snapshot.assert(grid, named: "table-wide-cells", legend: [theme[.selected]: "S", theme[.title]: "T"])
    }

    @Test func tableColumnWidths() {
        let columns = [TableColumn("A", minWidth: 2, maxWidth: 4), TableColumn("B", minWidth: 2)]
        #expect(Table.columnWidths(columns, rows: [["abcdef", "x"]], available: 20, gap: 1) == [4, 15])
        #expect(Table.columnWidths(columns, rows: [["a", "x"]], available: 3, gap: 1) == [2, 0])
        #expect(Table.columnWidths(columns, rows: [], available: 0, gap: 1) == [0, 0])
    }

    @Test func listScrollsToTheSelection() {
        var grid = Grid(width: 20, height: 4)
        let items = (1...10).map { ListItem("Lapp nummer \($0) är här") } + [ListItem("dold lapp", role: .hidden)]
        let offset = ListView(items: items, selection: 6, offset: 0).draw(into: &grid, in: grid.bounds, theme: theme)
        #expect(offset == 3)
        Snapshot.assert(grid, named: "list-scrolled", legend: [theme[.selected]: "S", theme[.dim]: "d"])
    }

    @Test func barsReadWithoutColour() {
        var grid = Grid(width: 20, height: 5)
        for (row, fraction) in [0.0, 0.33, 0.5, 0.999, 1.0].enumerated() {
            Bar(fraction: fraction, label: Bar.percentLabel(fraction, .sv), labelWidth: Bar.percentLabelWidth).draw(
                into: &grid, in: Rect(x: 0, y: row, width: 20, height: 1), theme: theme)
        }
        Snapshot.assert(grid, named: "bars")
        #expect(Bar.cells(0.5, width: 3) == "█▌░")
        #expect(Bar.cells(1.0 / 8, width: 1) == "▏")
        #expect(Bar.cells(1.0 / 16, width: 1) == "░")
        #expect(Bar.cells(.nan, width: 2) == "░░")
        #expect(Bar.cells(7, width: 2) == "██")
        #expect(Bar.percentLabel(0.426, .en) == "42%")
    }

    @Test func barLabelWinsInANarrowSpace() {
        var grid = Grid(width: 4, height: 1)
        Bar(fraction: 0.5, label: "50 %").draw(into: &grid, in: grid.bounds, theme: theme)
        #expect(grid.lines == ["50 %"])
    }

    @Test func cardsWrapAndMarkOverflow() {
        var grid = Grid(width: 34, height: 6)
        let text = "Vi behöver mer tid för återhämtning mellan mötena, och färre mejl på kvällarna."
        Card(header: "Grupp 3", text: text).draw(into: &grid, in: Rect(x: 0, y: 0, width: 16, height: 6), theme: theme)
        Card(header: "Grupp 4 🐝", text: "Fika ☕ 中文", isSelected: true).draw(
            into: &grid, in: Rect(x: 17, y: 0, width: 17, height: 4), theme: theme)
        Snapshot.assert(grid, named: "cards")
        #expect(Card.height(of: "Fika ☕ 中文", width: 17) == 3)
        #expect(Card.height(of: text, width: 16) == 8)
    }

    @Test func footerShowsWholeHintsThatFit() {
        let hints = [
            KeyHint(keys: "↑↓", help: "Flytta"), KeyHint(keys: "Enter", help: "Välj"),
            KeyHint(keys: "n", help: "Ny lapp"), KeyHint(keys: "?", help: "Hjälp"),
        ]
        var wide = Grid(width: 44, height: 1)
        Footer(hints).draw(into: &wide, in: wide.bounds, theme: theme)
        #expect(wide.lines[0].trimmingTrailingSpaces == "↑↓ Flytta  Enter Välj  n Ny lapp  ? Hjälp")
        var narrow = Grid(width: 24, height: 1)
        Footer(hints).draw(into: &narrow, in: narrow.bounds, theme: theme)
        #expect(narrow.lines[0].trimmingTrailingSpaces == "↑↓ Flytta  Enter Välj")
        var tiny = Grid(width: 5, height: 1)
        Footer(hints).draw(into: &tiny, in: tiny.bounds, theme: theme)
        #expect(tiny.lines[0] == "↑↓ F…")
    }

    @Test func helpOverlayListsEveryBinding() {
        enum Action: Sendable { case move, open, quit }
        let map = KeyMap<Action>([
            KeyBinding([.up, .down], .move, help: Localized(sv: "Flytta markeringen", en: "Move the selection")),
            KeyBinding([.enter], .open, help: Localized(sv: "Öppna", en: "Open")),
            KeyBinding(
                [.character("q"), .ctrl("c")], .quit, help: Localized(sv: "Avsluta", en: "Quit"), inFooter: false),
        ])
        var grid = Grid(width: 36, height: 9, fill: Cell("."))
        HelpOverlay(keyMap: map, language: .sv).draw(into: &grid, in: grid.bounds, theme: theme)
        Snapshot.assert(grid, named: "help-overlay-sv")
        var small = Grid(width: 20, height: 4, fill: Cell("."))
        HelpOverlay(keyMap: map, language: .en).draw(into: &small, in: small.bounds, theme: theme)
        Snapshot.assert(small, named: "help-overlay-en-cramped")
    }

    @Test func textBlockMarksOverflowWithEllipsis() {
        var grid = Grid(width: 12, height: 2)
        TextBlock("Två sanningar närmar sig varann").draw(into: &grid, in: grid.bounds, theme: theme)
        #expect(grid.lines == ["Två", "sanningar…"].map { TextLayout.fit($0, width: 12) })
    }

    @Test func hostileTextDrawsAsInertText() {
        var grid = Grid(width: 60, height: HostileText.corpus.count)
        for (row, entry) in HostileText.corpus.enumerated() {
            grid.put(entry.text, x: 0, y: row, maxWidth: 60)
        }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let scalars = grid[x, y].grapheme.unicodeScalars
                #expect(
                    !scalars.contains {
                        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
                    })
            }
        }
        Snapshot.assert(grid, named: "hostile-corpus")
    }
}

@Suite("Note wall")
struct NoteWallTests {
    /// A wall of 10,000 notes asks only for the lines it can show, newest last.
    @Test func asksOnlyForTheLinesThatFit() {
        var asked: [Int] = []
        let wall = NoteWall(count: 10_000) { index in
            asked.append(index)
            return "Lapp \(index)"
        }
        var grid = Grid(width: 30, height: 5)
        wall.draw(into: &grid, in: grid.bounds, theme: .standard, language: .sv)
        #expect(asked == Array(9_996..<10_000))
        #expect(grid.lines[0].hasPrefix("… 9996 tidigare lappar"))
        #expect(grid.lines[4].hasPrefix("Lapp 9999"))
    }
}
