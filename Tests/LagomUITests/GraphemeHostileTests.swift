import LagomCore
import Testing

@testable import LagomUI

/// One grapheme-width rule against what broke a border or hid text (issue 13, item 8): a joiner
/// outside an emoji, a list cut just after a joiner, Thai and Devanagari letters, tag characters.
@Suite struct GraphemeHostileTests {
    static func row(_ text: String, width: Int = 20) -> (grid: Grid, columns: Int) {
        var grid = Grid(width: width, height: 1)
        let columns = grid.put(text, x: 0, y: 0)
        return (grid, columns)
    }

    /// No cell may hold a joiner (tmux glues the next cell onto it) or a tag character, and a
    /// cell's first scalar is two columns exactly when the next cell continues it.
    static func misalignments(_ grid: Grid) -> [String] {
        var found: [String] = []
        for y in 0..<grid.height {
            for x in 0..<grid.width where !grid[x, y].isContinuation {
                let scalars = grid[x, y].grapheme.unicodeScalars
                if scalars.contains(where: { $0.value == 0x200D }) { found.append("joiner at \(x),\(y)") }
                if scalars.contains(where: { (0xE0000...0xE007F).contains($0.value) }) {
                    found.append("tag at \(x),\(y)")
                }
                let wide = scalars.first.map { DisplayWidth.ofScalar($0) == 2 } ?? false
                if wide != grid[x + 1, y].isContinuation && x + 1 < grid.width { found.append("width at \(x),\(y)") }
            }
        }
        return found
    }

    @Test func aJoinerOutsideAnEmojiNeverReachesACell() {
        let (grid, columns) = Self.row("a\u{200D}b│")
        #expect(columns == 3)
        #expect(grid.lines[0].hasPrefix("ab│"))
        #expect(Self.misalignments(grid) == [])
    }

    @Test func aListCutJustAfterAJoinerKeepsTheBorder() {
        var grid = Grid(width: 10, height: 1)
        let columns = grid.put("👩\u{200D}", x: 0, y: 0)
        grid.put("│", x: columns, y: 0)
        #expect(columns == 2)
        #expect(grid[2, 0].grapheme == "│")
        #expect(Self.misalignments(grid) == [])
    }

    @Test(arguments: [("กำ", 2), ("नमस्ते", 4), ("สวัสดี", 4)])
    func thaiAndDevanagariKeepTheirLetters(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
        let (grid, columns) = Self.row(text + "│")
        #expect(columns == width + 1)
        #expect(grid.lines[0].hasPrefix(text + "│"), "\(grid.lines[0])")
        #expect(Self.misalignments(grid) == [])
    }

    @Test func tagCharactersCannotHideText() {
        let hidden =
            "Budget"
            + String(String.UnicodeScalarView("ignore".unicodeScalars.map { Unicode.Scalar($0.value + 0xE0000)! }))
        let clean = Sanitiser.sanitise(hidden)
        #expect(clean == "Budget<E0069><E0067><E006E><E006F><E0072><E0065>")
        #expect(Sanitiser.sanitise(clean) == clean)
        // A subdivision flag keeps its tags: that is what they are for.
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        #expect(Sanitiser.sanitise(scotland) == scotland)
        let (grid, _) = Self.row(hidden)
        #expect(grid.lines[0].hasPrefix("Budget<E0069>"))
        #expect(Self.misalignments(grid) == [])
    }

    /// The facilitator's border stays in its column with every hostile title at once.
    @Test func theFacilitatorsBorderNeverMisaligns() throws {
        var plan = ScreenFixtures.plan
        plan.steps[1].title = "a\u{200D}b नमस्ते กำ 👩\u{200D} x\u{E0041}y"
        plan.steps[1].bullets = ["👩\u{200D}", "स्ते\u{200D}", "กำกำกำ"]
        var session = Session(plan: plan)
        try session.append([
            Event(id: "e1", tx: "e1", at: ScreenFixtures.t0, by: .facilitator, change: .stepEntered(step: "syfte"))
        ])
        for (width, height) in [(80, 24), (100, 30)] {
            let grid = FacilitatorScreen().render(ScreenFixtures.context(session, width: width, height: height))
            #expect(Self.misalignments(grid) == [], "\(width)×\(height)")
        }
    }
}
