import LagomCore

/// What a secretary can do with one key. Letters are text, so commands use Enter, arrows,
/// Tab, Ctrl and function keys.
public enum SecretaryAction: Hashable, Sendable {
    case save, nextList, select(up: Bool), edit, delete, undo, toggleDone, newLine, togglePasteMode
    case cancel, help, quit
    /// A key of the line editor (its bindings are `LineEditor.keyBindings`).
    case line(LineEditAction)
}

public enum SecretaryKeys {
    public static let map = KeyMap<SecretaryAction>(commands + LineEditor.keyBindings.map {
        KeyBinding($0.keys, .line($0.action), help: $0.help, inFooter: $0.inFooter)
    })

    static let commands: [KeyBinding<SecretaryAction>] = [
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
    ]

    /// The action of `key`; the second key of a pair binding means the opposite direction.
    public static func action(for key: Key) -> SecretaryAction? {
        switch key {
        case .down: return .select(up: false)
        default: return LineEditor.action(for: key).map { .line($0) } ?? map.action(for: key)
        }
    }
}
