import LagomCore
import Testing

@testable import LagomUI

@Suite struct MinutesKeysTests {
    @Test(arguments: MinutesKeys.Mode.allCases)
    func noKeyIsBoundTwice(_ mode: MinutesKeys.Mode) {
        #expect(MinutesKeys.map(for: mode).duplicateKeys.isEmpty)
    }

    /// At 80 columns, in both languages and every field, the footer keeps help and quit in view.
    @Test(arguments: MinutesKeys.Mode.allCases, Language.allCases)
    func theFooterShowsHelpAndQuitAt80Columns(_ mode: MinutesKeys.Mode, _ language: Language) {
        var grid = Grid(width: 80, height: 1)
        Footer(MinutesKeys.map(for: mode).footerEntries(language)).draw(
            into: &grid, in: Rect(x: 0, y: 0, width: 80, height: 1), theme: .monochrome)
        let line = grid.lines[0]
        #expect(line.contains(language == .sv ? "Hjälp" : "Help"), "\(mode): \(line)")
        #expect(line.contains(language == .sv ? "Avsluta" : "Quit"), "\(mode): \(line)")
    }

    @Test func everyKindIsOneTabAwayAndEnterMeansWhatItSays() {
        #expect(MinutesKeys.mode(field: .text, kind: .note) == .text)
        #expect(MinutesKeys.mode(field: .text, kind: .action) == .actionText)
        let footer = MinutesKeys.map(for: .actionText).footerEntries(.en)
        #expect(footer.first == KeyHint(keys: "Enter", help: "Next field"))
        #expect(MinutesKeys.map(for: .due).footerEntries(.en).first == KeyHint(keys: "Enter", help: "Save"))
    }

    @Test func theHelpKeyListsEveryKeyOfTheMode() throws {
        var screen = MinutesScreen()
        let session = Session(plan: MinutesFixtures.plan)
        _ = screen.handle(.ctrl("g"), MinutesFixtures.context(session))
        #expect(screen.showingHelp)
        let shown = MinutesFixtures.text(screen, session, height: 30)
        #expect(shown.contains("Statusrunda: nästa rubrik"))
        #expect(shown.contains("Skriv på föregående/nästa punkt"))
        // Any key closes it, and is not typed.
        _ = screen.handle(.character("a"), MinutesFixtures.context(session))
        #expect(!screen.showingHelp && screen.text.text.isEmpty)
    }

    @Test func anEnglishPlanGetsAnEnglishPane() {
        let session = Session(plan: MinutesFixtures.plan)
        let shown = MinutesFixtures.text(MinutesScreen(), session).lowercased()
        #expect(shown.contains("protokoll"))
        let english = MinutesScreen().render(MinutesFixtures.context(session, language: .en)).lines.joined()
        #expect(english.contains("Minutes"))
        #expect(english.contains("Switch kind"))
    }
}
