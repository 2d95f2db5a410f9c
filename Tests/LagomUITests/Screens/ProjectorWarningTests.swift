import LagomCore
import Testing

@testable import LagomUI

/// The console warns when a projector's pane has more rows than the back of the room can read
/// (issue 17), in the screen's language, and says nothing when the text is large enough.
@Suite struct ProjectorWarningTests {
    func context(panes: [ProjectorPane], language: Language = .sv, width: Int = 120) throws -> ScreenContext {
        var context = ScreenFixtures.context(
            try ScreenFixtures.runningGroupwork(), width: width, height: 24, language: language)
        context.projectorPanes = panes
        return context
    }

    @Test func aProjectorOfFiftyRowsIsTooSmallToReadFromTheBack() throws {
        let context = try context(panes: [ProjectorPane(pid: 4242, width: 200, height: 50)])
        let lines = FacilitatorScreen().render(context).lines
        // Its own row, above the status line and the footer, so no countdown or message hides it.
        let warning = try #require(lines.firstIndex { $0.contains("Projektorn visar 50 rader") })
        #expect(warning == lines.count - 3)
        #expect(lines[warning].contains("för liten för att läsas längst bak"))
        #expect(lines[warning].contains("Öka teckenstorleken"))
        // The console looks again, so a projector that is gone takes its warning with it.
        #expect(try #require(FacilitatorScreen().nextChange(context)) <= 5_000)
    }

    @Test func inEnglishTheWarningIsInEnglish() throws {
        let context = try context(panes: [ProjectorPane(pid: 4242, width: 200, height: 60)], language: .en)
        let text = FacilitatorScreen().render(context).lines.joined(separator: "\n")
        #expect(text.contains("The projector shows 60 rows"))
        #expect(!text.contains("Projektorn"))
    }

    @Test func thirtyFiveRowsOrNoProjectorAtAllIsNoWarning() throws {
        let plain = FacilitatorScreen().render(try context(panes: []))
        for panes in [[ProjectorPane(pid: 4242, width: 98, height: 35)], []] {
            let context = try context(panes: panes)
            let grid = FacilitatorScreen().render(context)
            #expect(!grid.lines.joined().contains("rader"))
            #expect(grid.lines == plain.lines, "the console is laid out as without a projector")
        }
        // Of two projectors, the one too small to read is named.
        let two = try context(panes: [
            ProjectorPane(pid: 1, width: 200, height: 48), ProjectorPane(pid: 2, width: 80, height: 24),
        ])
        #expect(FacilitatorScreen().render(two).lines.joined().contains("Projektorn visar 48 rader"))
    }
}
