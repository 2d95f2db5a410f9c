import LagomUI
import Testing

@Suite("Snapshot support")
struct SnapshotSupportTests {
    @Test func textTrimsTrailingSpacesAndSkipsContinuations() {
        var grid = Grid(width: 6, height: 2)
        grid.put("中a", x: 0, y: 0)
        #expect(Snapshot.text(grid) == "中a\n\n")
    }

    @Test func styleBlockNamesEachCell() {
        var grid = Grid(width: 4, height: 1)
        grid.put("ab", x: 1, y: 0, style: Style(bold: true))
        #expect(Snapshot.text(grid, legend: [Style(bold: true): "B"]) == " ab\n--- styles ---\n.BB\n")
    }

    @Test func differenceShowsOnlyChangedLines() {
        let report = Snapshot.difference(expected: "a\nb\nc", actual: "a\nx\nc\nd")
        #expect(report == "line 2:\n  - |b|\n  + |x|\nline 4:\n  - |<missing>|\n  + |d|")
    }
}
