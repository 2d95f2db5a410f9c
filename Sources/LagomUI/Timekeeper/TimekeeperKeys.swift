import LagomCore

/// What the timekeeper can do with one key.
public enum TimekeeperAction: Hashable, Sendable {
    case toggle, start, startAllGroups, extend(minutes: Int), reset, stop
    case select(up: Bool), undo, help, quit
}

public enum TimekeeperKeys {
    /// The one source of truth for the timekeeper's keys: input handling, footer and `?` read it.
    public static let map = KeyMap<TimekeeperAction>([
        KeyBinding([.character(" ")], .toggle, help: Localized(sv: "Start/paus", en: "Start/pause")),
        KeyBinding([.character("+")], .extend(minutes: 1), help: Localized(sv: "+1 min", en: "+1 min")),
        KeyBinding([.character("5")], .extend(minutes: 5), help: Localized(sv: "+5 min", en: "+5 min")),
        KeyBinding([.character("-")], .extend(minutes: -1), help: Localized(sv: "−1 min", en: "−1 min")),
        KeyBinding([.up, .down], .select(up: false), help: Localized(sv: "Välj timer", en: "Choose timer")),
        KeyBinding([.character("?")], .help, help: Localized(sv: "Hjälp", en: "Help"), pinned: true),
        KeyBinding([.character("q")], .quit, help: Localized(sv: "Avsluta", en: "Quit"), pinned: true),
        KeyBinding(
            [.enter, .character("s")], .start,
            help: Localized(sv: "Starta (planens tid)", en: "Start (the plan's length)"), inFooter: false),
        KeyBinding(
            [.character("a")], .startAllGroups,
            help: Localized(sv: "Starta alla gruppers timrar", en: "Start every group's timer"), inFooter: false),
        KeyBinding(
            [.character("r")], .reset,
            help: Localized(sv: "Återställ till planens tid", en: "Reset to the plan's length"), inFooter: false),
        KeyBinding(
            [.character("x")], .stop, help: Localized(sv: "Stoppa timern", en: "Stop the timer"), inFooter: false),
        KeyBinding(
            [.character("u")], .undo, help: Localized(sv: "Ångra min senaste ändring", en: "Undo my last change"),
            inFooter: false),
        KeyBinding(
            [.character("k")], .select(up: true), help: Localized(sv: "Timer ovanför", en: "Timer above"),
            inFooter: false),
        KeyBinding(
            [.character("j"), .tab], .select(up: false), help: Localized(sv: "Timer nedanför", en: "Timer below"),
            inFooter: false),
    ])

    /// On a vattentrappa the turns are the facilitator's to hand on: only these keys do anything.
    public static let turnsMap = KeyMap<TimekeeperAction>(
        map.bindings.filter { binding in
            [.help, .quit, .undo].contains(binding.action)
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
