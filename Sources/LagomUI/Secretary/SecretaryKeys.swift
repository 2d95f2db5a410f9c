import LagomCore

/// What a secretary can do with one key. Letters are text, so commands use Enter, arrows,
/// Tab, Ctrl and function keys.
public enum SecretaryAction: Hashable, Sendable {
    case save, nextList, select(up: Bool), edit, delete, undo, toggleDone, newLine, togglePasteMode
    case cancel, help, quit
    // Editing the line
    case backspace, deleteForward, left, right, home, end, wordLeft, wordRight, deleteWord, deleteToStart
}

public enum SecretaryKeys {
    public static let map = KeyMap<SecretaryAction>([
        KeyBinding([.enter], .save, help: Localized(sv: "Spara lappen", en: "Save the note")),
        KeyBinding([.tab], .nextList, help: Localized(sv: "Byt lista", en: "Next list")),
        KeyBinding([.up, .down], .select(up: true), help: Localized(sv: "Markera lapp", en: "Select a note")),
        KeyBinding([.ctrl("e"), .function(2)], .edit, help: Localized(sv: "Redigera markerad", en: "Edit selected")),
        KeyBinding([.ctrl("k")], .delete, help: Localized(sv: "Ta bort markerad", en: "Delete selected")),
        KeyBinding([.ctrl("r")], .undo, help: Localized(sv: "Ångra", en: "Undo")),
        KeyBinding([.ctrl("d")], .toggleDone, help: Localized(sv: "Klar/inte klar", en: "Done/not done")),
        KeyBinding([.ctrl("g"), .function(1)], .help, help: Localized(sv: "Hjälp", en: "Help")),
        KeyBinding([.ctrl("x")], .quit, help: Localized(sv: "Avsluta", en: "Quit")),
        KeyBinding([.ctrl("n")], .newLine, help: Localized(sv: "Ny rad i samma lapp", en: "New line in the same note"), inFooter: false),
        KeyBinding([.ctrl("o")], .togglePasteMode,
                   help: Localized(sv: "Inklistring: en lapp per rad / allt i en lapp", en: "Paste: one note per line / all in one note"),
                   inFooter: false),
        KeyBinding([.escape], .cancel, help: Localized(sv: "Avbryt redigering/markering", en: "Cancel edit/selection"), inFooter: false),
        KeyBinding([.backspace], .backspace, help: Localized(sv: "Radera tecknet före", en: "Delete character before"), inFooter: false),
        KeyBinding([.delete], .deleteForward, help: Localized(sv: "Radera tecknet efter", en: "Delete character after"), inFooter: false),
        KeyBinding([.left, .right], .left, help: Localized(sv: "Flytta markören", en: "Move the cursor"), inFooter: false),
        KeyBinding([.home, .ctrl("a")], .home, help: Localized(sv: "Början av raden", en: "Start of line"), inFooter: false),
        KeyBinding([.end], .end, help: Localized(sv: "Slutet av raden", en: "End of line"), inFooter: false),
        KeyBinding([.wordLeft, .wordRight], .wordLeft, help: Localized(sv: "Ett ord åt vänster/höger", en: "Word left/right"), inFooter: false),
        KeyBinding([.ctrl("w")], .deleteWord, help: Localized(sv: "Radera ordet före", en: "Delete word before"), inFooter: false),
        KeyBinding([.ctrl("u")], .deleteToStart, help: Localized(sv: "Radera till radens början", en: "Delete to start of line"), inFooter: false),
    ])

    /// The action of `key`; the second key of a pair binding means the opposite direction.
    public static func action(for key: Key) -> SecretaryAction? {
        switch key {
        case .down: return .select(up: false)
        case .right: return .right
        case .wordRight: return .wordRight
        default: return map.action(for: key)
        }
    }
}
