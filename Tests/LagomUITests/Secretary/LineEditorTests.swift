import LagomCore
import Testing

@testable import LagomUI

@Suite struct LineEditorTests {
    @Test(arguments: ["å", "ä", "ö", "Å", "👩‍👩‍👧", "a\u{030A}"])
    func aClusterInsertsAndDeletesAsOne(_ cluster: String) {
        var e = LineEditor("ab")
        e.left()
        e.insert(cluster)
        #expect(e.text == "a" + cluster + "b")
        #expect(e.count == 3)
        #expect(e.cursor == 2)
        e.backspace()
        #expect(e.text == "ab")
        e.insert(cluster)
        e.left()
        e.deleteForward()
        #expect(e.text == "ab")
        #expect(e.cursor == 1)
    }

    @Test func aCombiningMarkTypedAloneJoinsTheCharacterBefore() {
        var e = LineEditor()
        e.insert("a")
        e.insert("\u{030A}")
        #expect(e.count == 1)
        #expect(e.cursor == 1)
        e.backspace()
        #expect(e.text.isEmpty)
    }

    @Test func cursorAndWordMotion() {
        var e = LineEditor("Hög arbetsbelastning på våren")
        e.wordLeft()
        #expect(e.cursor == 24)
        e.wordLeft()
        e.wordLeft()
        #expect(e.cursor == 4)
        e.wordRight()
        #expect(e.cursor == 20)
        e.home()
        #expect(e.cursor == 0)
        e.left()
        #expect(e.cursor == 0)
        e.end()
        e.right()
        #expect(e.cursor == e.count)
        e.deleteWordBackward()
        #expect(e.text == "Hög arbetsbelastning på ")
        e.wordLeft()
        e.deleteToStart()
        #expect(e.text == "på ")
        #expect(e.cursor == 0)
    }

    @Test func aPasteOfThreeLinesIsThreeNotes() {
        #expect(
            LineEditor.lines(of: "Väntelista\r\nÖverbelastning\n\n  \rÅterkoppling saknas\n") == [
                "Väntelista", "Överbelastning", "Återkoppling saknas",
            ])
    }

    @Test func theViewKeepsTheCursorVisibleAndShowsLineBreaks() {
        var e = LineEditor(String(repeating: "ö", count: 30) + "\nslut")
        var grid = Grid(width: 12, height: 1)
        LineEditorView(e).draw(into: &grid, x: 0, y: 0, width: 12, theme: .monochrome)
        #expect(grid.lines == ["öööööö⏎slut "])
        e.home()
        grid = Grid(width: 12, height: 1)
        LineEditorView(e).draw(into: &grid, x: 0, y: 0, width: 12, theme: .monochrome)
        #expect(grid.lines == ["öööööööööööö"])
        #expect(grid[0, 0].style == Theme.monochrome[.selected])
    }
}
