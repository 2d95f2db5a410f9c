import LagomCore
import Testing

@testable import LagomUI

/// A list drawn from only the rows that show (`ListView(window:from:of:)`) looks exactly like the
/// whole list drawn, whatever its length, selection, scroll position and height.
@Suite struct ListWindowTests {
    @Test func aWindowDrawsWhatTheWholeListDraws() {
        var random = SeededIDSource(seed: 5)
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(max(1, n))) }
        var compared = 0
        for count in [0, 1, 3, 9, 10, 11, 40] {
            let items = (0..<count).map { ListItem("Lapp \($0): stöd från kollegor på enheten åäö") }
            for height in [1, 2, 5, 10, 24] {
                for _ in 0..<6 {
                    let selection: Int? = count == 0 || pick(3) == 0 ? nil : pick(count)
                    let current = selection == nil ? max(0, count - height) : pick(count + 1)
                    var whole = Grid(width: 30, height: height)
                    ListView(items: items, selection: selection, offset: current).draw(
                        into: &whole, in: Rect(x: 0, y: 0, width: 30, height: height), theme: .monochrome)
                    let window = ListView.window(selection: selection, count: count, rows: height, current: current)
                    var windowed = Grid(width: 30, height: height)
                    ListView(window: Array(items[window]), from: window.lowerBound, of: count, selection: selection)
                        .draw(into: &windowed, in: Rect(x: 0, y: 0, width: 30, height: height), theme: .monochrome)
                    #expect(
                        windowed.lines == whole.lines, "\(count) rows, \(height) high, selection \(selection ?? -1)")
                    compared += 1
                }
            }
        }
        #expect(compared == 7 * 5 * 6)
    }
}
