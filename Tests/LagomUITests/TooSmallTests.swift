import LagomCore
import LagomUI
import Testing

@Suite("Too small")
struct TooSmallTests {
    @Test func fullMessageWhenThereIsRoom() {
        var grid = Grid(width: 40, height: 3)
        TooSmall.draw(into: &grid, needs: (width: 80, height: 24), language: .sv)
        Snapshot.assert(grid, named: "too-small-sv-40x3")
        var english = Grid(width: 20, height: 4)
        TooSmall.draw(into: &english, needs: (width: 80, height: 24), language: .en)
        Snapshot.assert(english, named: "too-small-en-20x4")
    }

    @Test func degradesToShorterMessages() {
        func text(_ w: Int, _ h: Int) -> String {
            var grid = Grid(width: w, height: h)
            TooSmall.draw(into: &grid, needs: (width: 80, height: 24), language: .sv)
            return grid.lines.map { $0.trimmingCharacters }.filter { !$0.isEmpty }.joined(separator: "|")
        }
        #expect(text(21, 1) == "Större fönster: 80×24")
        #expect(text(13, 1) == "Större: 80×24")
        #expect(text(5, 1) == "80×24")
        #expect(text(4, 1) == "!")
        #expect(text(1, 1) == "!")
    }

    @Test(arguments: [(0, 0), (1, 0), (0, 1), (1, 1), (2, 1), (1, 5), (7, 2), (39, 11)])
    func neverCrashesAndStaysInside(size: (Int, Int)) {
        var grid = Grid(width: size.0, height: size.1)
        TooSmall.draw(into: &grid, needs: (width: 40, height: 12), language: .en)
        #expect(grid.width == size.0 && grid.height == size.1)
        if size.0 > 0 && size.1 > 0 {
            #expect(grid.lines.contains { $0.contains { $0 != " " } })
        }
    }
}

extension String {
    var trimmingCharacters: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
