import LagomCore

/// What the timekeeper can do with one key.
public enum TimekeeperAction: Hashable, Sendable {
    case toggle, start, startAllGroups, extend(minutes: Int), reset, stop
    case select(up: Bool), undo, help, quit
}

public enum TimekeeperKeys {
    /// The one source of truth for the timekeeper's keys: input handling, footer and `?` read it.
    public static let map = KeyMap<TimekeeperAction>([
        KeyBinding([.character(" ")], .toggle, help: Localized(.keyStartPause)),
        KeyBinding([.character("+")], .extend(minutes: 1), help: Localized(.keyPlusOneMinute)),
        KeyBinding([.character("5")], .extend(minutes: 5), help: Localized(.keyPlusFiveMinutes)),
        // `-` is the footer's first to go (`?` lists it): it undoes a `+` and is guessed from it, so
        // the Swedish footer keeps `↑↓ Välj timer` at 80 columns.
        KeyBinding([.character("-")], .extend(minutes: -1), help: Localized(.keyMinusOneMinute), inFooter: false),
        KeyBinding([.up, .down], .select(up: false), help: Localized(.keyChooseTimer)),
        KeyBinding([.character("?")], .help, help: Localized(.keyHelp), pinned: true),
        KeyBinding([.character("q")], .quit, help: Localized(.keyQuit), pinned: true),
        KeyBinding(
            [.enter, .character("s")], .start,
            help: Localized(.keyStartPlannedLength), inFooter: false),
        KeyBinding(
            [.character("a")], .startAllGroups,
            help: Localized(.keyStartEveryGroupTimer), inFooter: false),
        KeyBinding(
            [.character("r")], .reset,
            help: Localized(.keyResetToPlannedLength), inFooter: false),
        KeyBinding(
            [.character("x")], .stop, help: Localized(.keyStopTheTimer), inFooter: false),
        KeyBinding(
            [.character("u")], .undo, help: Localized(.keyUndoMyLastChange),
            inFooter: false),
        KeyBinding(
            [.character("k")], .select(up: true), help: Localized(.keyTimerAbove),
            inFooter: false),
        KeyBinding(
            [.character("j"), .tab], .select(up: false), help: Localized(.keyTimerBelow),
            inFooter: false),
    ])

    /// On a vattentrappa the turns are the facilitator's to hand on: only these keys do anything,
    /// +1, +5 and −1 on the speaking group's turn among them.
    public static let turnsMap = KeyMap<TimekeeperAction>(
        map.bindings.compactMap { binding in
            guard case .extend(let minutes) = binding.action else {
                return [.help, .quit, .undo].contains(binding.action) ? binding : nil
            }
            // `?` says whose time it is; the footer keeps its short "+1 min".
            var turn = binding
            turn.footer = binding.help
            // With no ↑↓ here there is room for `-` too.
            turn.inFooter = true
            turn.help = Strings.turnExtension(minutes: minutes)
            return turn
        })

    /// The keys that act on `step` (all, except on a vattentrappa).
    public static func keys(for step: Step?) -> KeyMap<TimekeeperAction> {
        step?.kind == .vattentrappa ? turnsMap : map
    }

    /// ↑ and ↓ share one footer hint; the arrow itself says which way.
    public static func action(for key: Key) -> TimekeeperAction? {
        switch key {
        case .up: .select(up: true)
        case .down: .select(up: false)
        default: map.action(for: key)
        }
    }
}
