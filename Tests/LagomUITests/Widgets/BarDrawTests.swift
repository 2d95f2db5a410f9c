import LagomCore
import Testing

@testable import LagomUI

/// `Bar.draw` writes the cells `grid.put(Bar.cells(…))` writes, wide characters at its ends
/// broken the same way, without a text to build.
@Suite struct BarDrawTests {
    /// A row of wide characters under the bar, so that both of its ends cut one in half.
    func background() -> Grid {
        var grid = Grid(width: 30, height: 2)
        grid.put(String(repeating: "漢", count: 15), x: 0, y: 0)
        grid.put("Åsa Lindqvist", x: 0, y: 1)
        return grid
    }

    @Test(arguments: [0, 1, 3, 7, 12, 20, 29])
    func drawsWhatPutWrites(width: Int) {
        let style = Style(foreground: .yellow, bold: true)
        for eighth in 0...(width * 8 + 2) {
            let fraction = Double(eighth) / Double(max(1, width * 8))
            for x in [-2, 0, 3, 28] {
                var put = background()
                put.put(Bar.cells(fraction, width: width), x: x, y: 0, style: style, maxWidth: width)
                var drawn = background()
                Bar.draw(fraction, width: width, x: x, y: 0, style: style, into: &drawn)
                #expect(drawn == put, "width \(width), fraction \(fraction), x \(x)")
            }
        }
    }
}
