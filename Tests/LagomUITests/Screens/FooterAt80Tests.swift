import LagomCore
import Testing

@testable import LagomUI

/// The read-through at 80×24 (docs/terminology.md): the Swedish console footer dropped `u Ångra`
/// and `p Presentera`, the timekeeper's `↑↓ Välj timer`. The footer is where a person finds keys,
/// so at 80 columns, in both languages, some keys must be on it:
/// - `?` and `q` on every role: how to learn the rest and how to leave.
/// - the console's `u`: after a wrong key undo is what the facilitator looks for, in a hurry;
///   with it the step keys `n`, `b` and the clock's Space, the keys of every step.
/// - every key of the timekeeper's footer: it is all the timekeeper does (the clocks and which
///   clock). Its `u` and `-` stay in `?`: `-` is guessed from `+` and takes it back.
@Suite struct FooterAt80Tests {
    func shown(_ hints: [KeyHint]) -> [String] {
        Footer(hints).shown(width: 80).map(\.keys)
    }

    @Test(arguments: Language.allCases)
    func theConsoleKeepsUndoHelpQuitAndTheStepKeys(_ language: Language) {
        let keys = shown(FacilitatorKeys.map.footerEntries(language))
        let space = KeyNames.display([.character(" ")], language)
        for essential in ["u", "?", "q", "n", "b", space] {
            #expect(keys.contains(essential), "\(language): \(essential) missing from \(keys)")
        }
    }

    @Test(arguments: Language.allCases)
    func theTimekeeperKeepsItsWholeFooter(_ language: Language) {
        for map in [TimekeeperKeys.map, TimekeeperKeys.turnsMap] {
            let all = map.footerEntries(language)
            #expect(shown(all) == all.map(\.keys), "\(language): \(shown(all)) of \(all.map(\.keys))")
        }
    }

    /// The drawn row, not only the choice: pinned hints never turn into bare keys at 80.
    @Test(arguments: Language.allCases)
    func theConsoleRowReadsWithWords(_ language: Language) {
        var grid = Grid(width: 80, height: 1)
        Footer(FacilitatorKeys.map.footerEntries(language)).draw(into: &grid, in: grid.bounds, theme: .monochrome)
        let undo = Localized(.keyUndo).text(language)
        #expect(grid.lines[0].contains("u \(undo)"), "\(grid.lines[0])")
    }
}
