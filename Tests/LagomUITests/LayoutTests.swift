import LagomUI
import Testing

@Suite("Layout")
struct LayoutTests {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    @Test func headerBodyFooter() {
        let parts = screen.splitRows([.fixed(1), .fill, .fixed(1)])
        #expect(
            parts == [
                Rect(x: 0, y: 0, width: 80, height: 1),
                Rect(x: 0, y: 1, width: 80, height: 22),
                Rect(x: 0, y: 23, width: 80, height: 1),
            ])
    }

    @Test func weightedColumnsUseAllWidth() {
        let parts = screen.splitColumns([.fill(1), .fill(2), .fixed(10)])
        #expect(parts.map(\.width) == [24, 46, 10])
        #expect(parts.map(\.x) == [0, 24, 70])
        let odd = Rect(x: 0, y: 0, width: 10, height: 1).splitColumns([.fill, .fill, .fill])
        #expect(odd.map(\.width) == [4, 3, 3])
    }

    @Test func fixedPartsShrinkWhenSpaceRunsOut() {
        let parts = Rect(x: 0, y: 0, width: 5, height: 3).splitRows([.fixed(2), .fixed(2), .fill])
        #expect(parts.map(\.height) == [2, 1, 0])
    }

    @Test func insetAndCentre() {
        #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
        #expect(screen.centered(width: 20, height: 4) == Rect(x: 30, y: 10, width: 20, height: 4))
        #expect(screen.centered(width: 200, height: 4).width == 80)
    }

    @Test func scrollKeepsSelectionVisible() {
        #expect(Scroll.offset(selection: 0, count: 100, visibleRows: 10, current: 0) == 0)
        #expect(Scroll.offset(selection: 9, count: 100, visibleRows: 10, current: 0) == 0)
        #expect(Scroll.offset(selection: 10, count: 100, visibleRows: 10, current: 0) == 1)
        #expect(Scroll.offset(selection: 3, count: 100, visibleRows: 10, current: 5) == 3)
        #expect(Scroll.offset(selection: 50, count: 100, visibleRows: 10, current: 45) == 45)
        #expect(Scroll.offset(selection: nil, count: 5, visibleRows: 10, current: 3) == 0)
        #expect(Scroll.offset(selection: 99, count: 100, visibleRows: 0, current: 3) == 0)
    }
}
