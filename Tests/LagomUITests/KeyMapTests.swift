import LagomCore
import LagomUI
import Testing

@Suite("Key maps")
struct KeyMapTests {
    enum Action: Equatable, Sendable { case up, down, open, quit, help, note }

    let map = KeyMap<Action>([
        KeyBinding([.up, .down], .up, help: Localized(sv: "Flytta", en: "Move")),
        KeyBinding([.enter], .open, help: Localized(sv: "Öppna", en: "Open")),
        KeyBinding([.character("n")], .note, help: Localized(sv: "Ny lapp", en: "New note")),
        KeyBinding([.character("?")], .help, help: Localized(sv: "Hjälp", en: "Help")),
        KeyBinding([.character("q"), .ctrl("c")], .quit, help: Localized(sv: "Avsluta", en: "Quit"), inFooter: false),
    ])

    @Test func mapsKeysToActions() {
        #expect(map.action(for: .enter) == .open)
        #expect(map.action(for: .ctrl("c")) == .quit)
        #expect(map.action(for: .character("x")) == nil)
        #expect(map.action(for: .paste("n")) == nil)
        #expect(map.duplicateKeys.isEmpty)
    }

    @Test func firstBindingWinsAndDuplicatesAreReported() {
        let clash = map.merged(with: KeyMap([KeyBinding([.enter, .escape], .quit, help: Localized(sv: "x", en: "x"))]))
        #expect(clash.action(for: .enter) == .open)
        #expect(clash.action(for: .escape) == .quit)
        #expect(clash.duplicateKeys == [.enter])
    }

    @Test func footerAndHelpComeFromTheSameBindings() {
        #expect(map.footerEntries(.sv).map(\.keys) == ["↑↓", "Enter", "n", "?"])
        #expect(map.helpEntries(.en).map(\.keys) == ["↑↓", "Enter", "n", "?", "q/Ctrl-C"])
        #expect(map.helpEntries(.sv).map(\.help) == ["Flytta", "Öppna", "Ny lapp", "Hjälp", "Avsluta"])
    }

    static let nameRows: [(Key, String, String)] = [
        (.up, "↑", "↑"), (.down, "↓", "↓"), (.left, "←", "←"), (.right, "→", "→"),
        (.enter, "Enter", "Enter"), (.ctrl("w"), "Ctrl-W", "Ctrl-W"),
        (.character(" "), "Mellanslag", "Space"), (.character("?"), "?", "?"),
        (.character("å"), "å", "å"), (.backspace, "Backsteg", "Backspace"),
        (.escape, "Esc", "Esc"), (.backTab, "Shift-Tab", "Shift-Tab"),
        (.function(5), "F5", "F5"), (.wordLeft, "Alt-←", "Alt-←"),
        (.pageDown, "PgDn", "PgDn"), (.character("\u{1B}"), "^[", "^["),
    ]

    @Test(arguments: nameRows)
    func keyNames(_ row: (Key, String, String)) {
        #expect(KeyNames.display(row.0, .sv) == row.1)
        #expect(KeyNames.display(row.0, .en) == row.2)
    }
}
