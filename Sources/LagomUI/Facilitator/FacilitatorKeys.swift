import LagomCore

/// What the facilitator can do with one key.
public enum FacilitatorAction: Hashable, Sendable {
    case next, back, toggle, complete, select(up: Bool), gotoSelected
    case nextSpeaker, extend(minutes: Int), resetTimers, stopTimers, reveal
    case undo, present, help, close, quit
    /// Opens the theme board for the current step's notes.
    case themes
}

public enum FacilitatorKeys {
    /// The one source of truth for the console's keys: input handling, footer and `?` read it.
    public static let map = KeyMap<FacilitatorAction>([
        KeyBinding([.character("n"), .pageDown], .next, help: Localized(sv: "Nästa steg", en: "Next step")),
        KeyBinding([.character("b"), .pageUp], .back, help: Localized(sv: "Föregående", en: "Previous")),
        KeyBinding([.character(" ")], .toggle, help: Localized(sv: "Starta/pausa", en: "Start/pause")),
        KeyBinding([.character("p")], .present, help: Localized(sv: "Presentera", en: "Present")),
        KeyBinding([.character("u")], .undo, help: Localized(sv: "Ångra", en: "Undo")),
        KeyBinding([.character("?")], .help, help: Localized(sv: "Hjälp", en: "Help"), pinned: true),
        KeyBinding([.character("q")], .quit, help: Localized(sv: "Avsluta", en: "Quit"), pinned: true),
        KeyBinding(
            [.character("d")], .complete, help: Localized(sv: "Markera steget klart", en: "Mark step done"),
            inFooter: false),
        KeyBinding(
            [.up, .character("k")], .select(up: true),
            help: Localized(sv: "Markera steg ovanför", en: "Select step above"), inFooter: false),
        KeyBinding(
            [.down, .character("j")], .select(up: false),
            help: Localized(sv: "Markera steg nedanför", en: "Select step below"), inFooter: false),
        KeyBinding(
            [.enter], .gotoSelected, help: Localized(sv: "Gå till markerat steg", en: "Go to selected step"),
            inFooter: false),
        KeyBinding(
            [.character("s")], .nextSpeaker,
            help: Localized(sv: "Nästa talare eller grupp", en: "Next speaker or group"), inFooter: false),
        KeyBinding(
            [.character("+")], .extend(minutes: 1),
            help: Localized(sv: "Stegets timrar +1 min", en: "Step's timers +1 min"), inFooter: false),
        KeyBinding(
            [.character("5")], .extend(minutes: 5),
            help: Localized(sv: "Stegets timrar +5 min", en: "Step's timers +5 min"), inFooter: false),
        KeyBinding(
            [.character("-")], .extend(minutes: -1),
            help: Localized(sv: "Stegets timrar −1 min", en: "Step's timers −1 min"), inFooter: false),
        KeyBinding(
            [.character("R")], .resetTimers,
            help: Localized(sv: "Återställ stegets timrar", en: "Reset the step's timers"), inFooter: false),
        KeyBinding(
            [.character("x")], .stopTimers, help: Localized(sv: "Stoppa stegets timrar", en: "Stop the step's timers"),
            inFooter: false),
        KeyBinding(
            [.character("r")], .reveal, help: Localized(sv: "Visa resultat/lappar", en: "Reveal results/notes"),
            inFooter: false),
        KeyBinding(
            [.character("t")], .themes, help: Localized(sv: "Teman och moderering", en: "Themes and moderation"),
            inFooter: false),
        KeyBinding(
            [.escape], .close, help: Localized(sv: "Stäng hjälp/presentation", en: "Close help/present mode"),
            inFooter: false),
    ])
}
