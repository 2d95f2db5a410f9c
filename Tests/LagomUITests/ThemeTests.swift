import LagomCore
import LagomUI
import Testing

@Suite("Themes")
struct ThemeTests {
    @Test func monochromeUsesNoColour() {
        for role in Role.allCases {
            let style = Theme.monochrome[role]
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault, "\(role)")
        }
    }

    /// Urgency must show without colour: strip colours and the styles still differ.
    @Test(arguments: Theme.all.map(\.name))
    func urgencyReadsWithoutColour(name: String) {
        let theme = Theme.named(name)!
        func attributes(_ role: Role) -> [Bool] {
            let s = theme[role]
            return [s.bold, s.reverse, s.underline, s.dim]
        }
        let roles = Urgency.allCases.map(\.role)
        #expect(Set(roles.map(attributes)).count == roles.count, "\(name): urgency styles differ only by colour")
        #expect(theme[.selected] != theme[.normal])
    }

    @Test func urgencySymbolsAreDistinctAndNarrow() {
        let symbols = Urgency.allCases.map(\.symbol)
        #expect(Set(symbols).count == symbols.count)
        #expect(symbols.allSatisfy { DisplayWidth.of($0) <= 1 })
        #expect(Urgency.allCases.filter { $0 != .normal }.allSatisfy { !$0.symbol.isEmpty })
        #expect(TimerLevel.allCases.map(Urgency.init) == Urgency.allCases)
    }

    @Test func themesAreFoundByName() {
        #expect(Theme.named("projector") == .projector)
        #expect(Theme.named("neon") == nil)
    }
}
