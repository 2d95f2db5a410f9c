import LagomCore

/// What a secretary can do with one key. Letters are text, so commands use Enter, arrows,
/// Tab, Ctrl and function keys.
public enum SecretaryAction: Hashable, Sendable {
    case save, nextList, previousList, nextParent, select(up: Bool), edit, delete, undo, toggleDone, newLine
    /// Brings text set aside in another step into this one (Ctrl-T).
    case bringDraft
    case togglePasteMode, cancel, help, quit
    /// A key of the line editor (its bindings are `LineEditor.keyBindings`).
    case line(LineEditAction)
}

public enum SecretaryKeys {
    /// What the pane offers right now; the footer and the `?` overlay list only the keys that work.
    public struct Mode: Hashable, Sendable {
        /// A step this group writes into (otherwise the pane waits and only undo, help and quit work).
        public var writing: Bool
        /// The step has more than one list to switch between.
        public var lists: Bool
        /// The step's notes hang under notes of an earlier list.
        public var parent: Bool
        /// Silent writing, where a group marks itself done.
        public var silent: Bool

        public init(writing: Bool, lists: Bool = false, parent: Bool = false, silent: Bool = false) {
            self.writing = writing
            self.lists = writing && lists
            self.parent = writing && parent
            self.silent = writing && silent
        }

        public static let waiting = Mode(writing: false)
        static let all = Mode(writing: true, lists: true, parent: true, silent: true)
    }

    /// Every key the pane knows, whatever the step (for tests of the map itself).
    public static let map = map(for: .all)

    /// The keys that work in `mode`, in footer order.
    public static func map(for mode: Mode) -> KeyMap<SecretaryAction> {
        maps[mode] ?? KeyMap(bindings(for: mode))
    }

    /// Worked out once: the footer is drawn every frame.
    private static let maps: [Mode: KeyMap<SecretaryAction>] = {
        var maps: [Mode: KeyMap<SecretaryAction>] = [.waiting: KeyMap(bindings(for: .waiting))]
        for lists in [false, true] {
            for parent in [false, true] {
                for silent in [false, true] {
                    let mode = Mode(writing: true, lists: lists, parent: parent, silent: silent)
                    maps[mode] = KeyMap(bindings(for: mode))
                }
            }
        }
        return maps
    }()

    private static func bindings(for mode: Mode) -> [KeyBinding<SecretaryAction>] {
        commands.filter { $0.when(mode) }.map(\.binding) + (mode.writing ? lineBindings : [])
    }

    private static let lineBindings = LineEditor.keyBindings.map {
        KeyBinding($0.keys, SecretaryAction.line($0.action), help: $0.help, inFooter: $0.inFooter)
    }

    private static let commands: [(binding: KeyBinding<SecretaryAction>, when: @Sendable (Mode) -> Bool)] = [
        (KeyBinding([.enter], .save, help: Localized(.keySaveTheNote)), { $0.writing }),
        (
            KeyBinding([.ctrl("p")], .nextParent, help: Localized(.keyChangeParentNote)),
            { $0.parent }
        ),
        (KeyBinding([.tab], .nextList, help: Localized(.keySwitchList)), { $0.lists }),
        (
            KeyBinding(
                [.backTab], .previousList, help: Localized(.keyPreviousList), inFooter: false
            ), { $0.lists }
        ),
        (
            KeyBinding([.up, .down], .select(up: true), help: Localized(.keySelectANote)),
            { $0.writing }
        ),
        (
            KeyBinding(
                [.ctrl("e"), .function(2)], .edit, help: Localized(.keyEditSelected)),
            { $0.writing }
        ),
        (
            KeyBinding([.ctrl("k")], .delete, help: Localized(.keyDeleteSelected)),
            { $0.writing }
        ),
        (KeyBinding([.ctrl("r")], .undo, help: Localized(.keyUndo)), { _ in true }),
        (
            KeyBinding([.ctrl("d")], .toggleDone, help: Localized(.keyDoneNotDone)),
            { $0.silent }
        ),
        (
            KeyBinding([.ctrl("g"), .function(1)], .help, help: Localized(.keyHelp), pinned: true),
            { _ in true }
        ),
        (KeyBinding([.ctrl("x")], .quit, help: Localized(.keyQuit), pinned: true), { _ in true }),
        (
            KeyBinding(
                [.ctrl("n")], .newLine, help: Localized(.keyNewLineInNote),
                inFooter: false),
            { $0.writing }
        ),
        (
            KeyBinding(
                [.ctrl("t")], .bringDraft,
                help: Localized(.bringDraftKey),
                inFooter: false),
            { $0.writing }
        ),
        (
            KeyBinding(
                [.ctrl("o")], .togglePasteMode,
                help: Localized(.keyPasteMode),
                inFooter: false), { $0.writing }
        ),
        (
            KeyBinding(
                [.escape], .cancel, help: Localized(.keyCancelEditSelection),
                inFooter: false),
            { $0.writing }
        ),
    ]

    /// The action of `key` in `map`; the second key of a pair binding means the opposite direction.
    public static func action(for key: Key, in map: KeyMap<SecretaryAction> = map) -> SecretaryAction? {
        guard let action = map.action(for: key) else { return nil }
        switch (key, action) {
        case (.down, .select): return .select(up: false)
        case (_, .line): return LineEditor.action(for: key).map { .line($0) }
        default: return action
        }
    }
}
