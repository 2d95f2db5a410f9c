import LagomCore
import Testing

@testable import LagomUI

/// `BigPicture.draw` writes into the grid's memory directly; it must put exactly the cells the
/// cell-by-cell way puts, clipped to the clip and the grid wherever the picture stands.
@Suite struct BigPictureDrawTests {
    /// The cell-by-cell way: each cell through the grid's checked subscript.
    func reference(_ picture: BigPicture, into grid: inout Grid, x: Int, y: Int, style: Style, clip: Rect) {
        var probe = Grid(width: picture.width, height: picture.height, fill: Cell("?"))
        picture.draw(into: &probe, x: 0, y: 0, style: style, clip: probe.bounds)
        let area = clip.intersection(grid.bounds)
        for row in 0..<picture.height where (area.y..<area.maxY).contains(y + row) {
            for column in 0..<picture.width where (area.x..<area.maxX).contains(x + column) {
                grid[x + column, y + row] = probe[column, row]
            }
        }
    }

    @Test func drawsWhatTheCellByCellWayDraws() throws {
        let picture = try #require(BigText.picture("12:45", maxWidth: 40, maxHeight: 10))
        let style = Style(foreground: .white, background: .red, bold: true)
        let clips = [
            Rect(x: 0, y: 0, width: 30, height: 12), Rect(x: 3, y: 2, width: 10, height: 4),
            Rect(x: 25, y: 10, width: 20, height: 20), Rect(x: 40, y: 0, width: 5, height: 5),
        ]
        for clip in clips {
            for (x, y) in [(0, 0), (-7, -3), (5, 4), (26, 11), (-100, 0), (0, 50)] {
                var drawn = Grid(width: 30, height: 12, fill: Cell("·"))
                var expected = drawn
                picture.draw(into: &drawn, x: x, y: y, style: style, clip: clip)
                reference(picture, into: &expected, x: x, y: y, style: style, clip: clip)
                #expect(drawn == expected, "at (\(x), \(y)) in \(clip)")
            }
        }
    }
}
