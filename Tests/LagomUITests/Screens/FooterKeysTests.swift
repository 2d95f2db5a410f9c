import LagomCore
import Testing

@testable import LagomUI

/// Seed 000 at 80×24: the secretary's footer lost its help and quit keys, the facilitator's `u ? q`.
/// The help key and the way out are on the bottom row of every screen that has a footer, at every
/// width down to 40 columns (the projector has none by design: its `q` is in the facilitator's `?`).
@Suite struct FooterKeysTests {
    static let widths = [40, 41, 50, 60, 72, 80, 100, 120]

    func bottomRow(_ grid: Grid) -> String { grid.lines.last ?? "" }

    /// The sample at the survey's group work, running, with a note in, and at its vote.
    func sample(at step: StepID) throws -> Sample {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: step))
        try sample.add(
            contentsOf: try AgendaAction.start.changes(in: sample.session, at: sample.now, utcOffsetSeconds: 0))
        return sample
    }

    @Test(arguments: widths)
    func theFacilitatorShowsHelpAndQuit(width: Int) throws {
        for step: StepID in ["enkat-grupparbete", "enkat-rostning", "region-lagomland", "lunch-1"] {
            let row = bottomRow(FacilitatorScreen().render(try sample(at: step).context(width: width, height: 24)))
            #expect(row.contains("? Hjälp") && row.contains("q Avsluta"), "\(step) at \(width): \(row)")
        }
    }

    @Test(arguments: widths)
    func theTimekeeperShowsHelpAndQuit(width: Int) throws {
        for step: StepID in ["enkat-grupparbete", "region-lagomland"] {
            let row = bottomRow(TimekeeperScreen().render(try sample(at: step).context(width: width, height: 24)))
            #expect(row.contains("? Hjälp") && row.contains("q Avsluta"), "\(step) at \(width): \(row)")
        }
    }

    @Test(arguments: widths)
    func theSecretaryShowsHelpAndQuit(width: Int) throws {
        for step: StepID in ["enkat-grupparbete", "resurser", "tankefallor", "lunch-1"] {
            let row = bottomRow(
                SecretaryScreen(group: 1).render(try sample(at: step).context(width: width, height: 24)))
            #expect(row.contains("Hjälp") && row.contains("Ctrl-X Avsluta"), "\(step) at \(width): \(row)")
        }
    }

    @Test(arguments: widths)
    func theThemeBoardShowsHelpAndTheWayBack(width: Int) throws {
        let sample = try sample(at: "enkat-grupparbete")
        var screen = FacilitatorScreen()
        _ = screen.handle(.character("t"), sample.context(width: width))
        #expect(screen.themeBoard != nil)
        let row = bottomRow(screen.render(sample.context(width: width, height: 24)))
        #expect(row.contains("? Hjälp") && row.contains("Tillbaka"), "at \(width): \(row)")
    }

    /// Too narrow for the words: the keys alone still say it.
    @Test func aFooterTooNarrowForWordsKeepsTheKeys() {
        var grid = Grid(width: 12, height: 1)
        Footer(FacilitatorKeys.map.footerEntries(.sv)).draw(into: &grid, in: grid.bounds, theme: .monochrome)
        #expect(grid.lines[0].trimmingCharacters(in: .whitespaces) == "u ? q")
        var wide = Grid(width: 40, height: 1)
        Footer(FacilitatorKeys.map.footerEntries(.sv)).draw(into: &wide, in: wide.bounds, theme: .monochrome)
        #expect(wide.lines[0].hasPrefix("n Nästa  u Ångra  ? Hjälp  q Avsluta"), "\(wide.lines[0])")
    }
}
