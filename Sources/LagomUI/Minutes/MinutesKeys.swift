import LagomCore

/// What the minute-taker can do with one key. Letters are text, so commands use Enter, Tab,
/// arrows, Ctrl and function keys — the same ones the secretary's pane uses for the same things.
public enum MinutesKeyAction: Hashable, Sendable {
    /// Enter: the next field of an action, or save.
    case enter
    /// Tab / Shift-Tab: the next or previous kind (note, decision, action); in the owner field, complete the name.
    case tab(forward: Bool)
    case select(up: Bool)
    /// PgUp/PgDn: write on another item than the one under way.
    case item(forward: Bool)
    /// F3: the status round's next heading.
    case nextHeading
    case edit, delete, undo, cancel, help, quit
    /// A key of the line editor (its bindings are `LineEditor.keyBindings`).
    case line(LineEditAction)
}

public enum MinutesKeys {
    /// What Enter and Tab mean depend on the field typed in, so the footer and `?` say it as it is.
    public enum Mode: Hashable, Sendable, CaseIterable {
        /// A note or decision's text: Enter saves.
        case text
        /// An action's text: Enter goes on to the owner.
        case actionText
        case owner, due
    }

    public static func mode(field: MinutesScreen.Field, kind: RecordKind) -> Mode {
        switch field {
        case .text: kind == .action ? .actionText : .text
        case .owner: .owner
        case .due: .due
        }
    }

    /// The keys in `mode`, in footer order.
    public static func map(for mode: Mode) -> KeyMap<MinutesKeyAction> { maps[mode] ?? KeyMap(bindings(mode)) }

    /// Every key of the pane (for tests of the map itself).
    public static let map = map(for: .text)

    /// Worked out once: the footer is drawn every frame.
    private static let maps: [Mode: KeyMap<MinutesKeyAction>] = Dictionary(
        uniqueKeysWithValues: Mode.allCases.map { ($0, KeyMap(bindings($0))) })

    private static func bindings(_ mode: Mode) -> [KeyBinding<MinutesKeyAction>] {
        let saves = mode == .text || mode == .due
        let enter =
            saves ? Localized(.minutesKeySave) : Localized(.minutesKeyNextField)
        var first = [KeyBinding([.enter], MinutesKeyAction.enter, help: enter)]
        switch mode {
        case .text, .actionText:
            first.append(KeyBinding([.tab], .tab(forward: true), help: Localized(.minutesKeySwitchKind)))
            return first + [undo] + common + [escape, previousKind] + listKeys + lineBindings
        case .owner:
            first.append(KeyBinding([.tab], .tab(forward: true), help: Localized(.minutesKeyComplete)))
        case .due:
            break
        }
        // In an action's owner and date the footer keeps help and quit in view at 80 columns.
        first.append(KeyBinding([.escape], .cancel, help: Localized(.minutesKeyBack)))
        var quiet = undo
        quiet.inFooter = false
        return first + common + [quiet] + listKeys + lineBindings
    }

    private static let lineBindings = LineEditor.keyBindings.map {
        KeyBinding($0.keys, MinutesKeyAction.line($0.action), help: $0.help, inFooter: $0.inFooter)
    }

    private static let escape = KeyBinding(
        [.escape], MinutesKeyAction.cancel,
        help: Localized(.minutesKeyCancel),
        inFooter: false)

    private static let undo = KeyBinding([.ctrl("r")], MinutesKeyAction.undo, help: Localized(.keyUndo))

    private static let common: [KeyBinding<MinutesKeyAction>] = [
        KeyBinding([.ctrl("g"), .function(1)], .help, help: Localized(.keyHelp)),
        KeyBinding([.ctrl("x")], .quit, help: Localized(.keyQuit)),
    ]

    private static let previousKind = KeyBinding(
        [.backTab], MinutesKeyAction.tab(forward: false), help: Localized(.minutesKeyPreviousKind),
        inFooter: false)

    /// The item's records and the items themselves.
    private static let listKeys: [KeyBinding<MinutesKeyAction>] = [
        KeyBinding(
            [.up, .down], .select(up: true), help: Localized(.minutesKeySelect),
            inFooter: false),
        KeyBinding(
            [.ctrl("e"), .function(2)], .edit, help: Localized(.minutesKeyEdit),
            inFooter: false),
        KeyBinding(
            [.ctrl("k")], .delete, help: Localized(.minutesKeyDelete), inFooter: false),
        KeyBinding(
            [.pageUp, .pageDown], .item(forward: false),
            help: Localized(.minutesKeyItem),
            inFooter: false),
        KeyBinding(
            [.function(3)], .nextHeading,
            help: Localized(.minutesKeyHeading), inFooter: false),
    ]

    /// The action of `key` in `map`; the second key of a pair binding means the other direction.
    public static func action(for key: Key, in map: KeyMap<MinutesKeyAction> = map) -> MinutesKeyAction? {
        guard let action = map.action(for: key) else { return nil }
        switch (key, action) {
        case (.down, .select): return .select(up: false)
        case (.pageDown, .item): return .item(forward: true)
        case (_, .line): return LineEditor.action(for: key).map { .line($0) }
        default: return action
        }
    }
}
