import LagomCore

/// What the facilitator can do on the theme board with one key.
public enum ThemeBoardAction: Hashable, Sendable {
    case move(up: Bool), mark, newTheme, rename, summarise, moveIntoTheme, merge, split, reorder(up: Bool)
    case editNote, hideNote, showSummary, undo, help, close
}

public enum ThemeBoardKeys {
    public static let map = KeyMap<ThemeBoardAction>([
        KeyBinding([.character("a")], .newTheme, help: Localized(sv: "Nytt tema", en: "New theme")),
        KeyBinding([.character(" ")], .mark, help: Localized(sv: "Markera lapp", en: "Mark note")),
        KeyBinding([.character("m")], .moveIntoTheme, help: Localized(sv: "Flytta till tema", en: "Move into theme")),
        KeyBinding(
            [.character("j")], .merge, help: Localized(sv: "Slå ihop markerade hit", en: "Merge marked into this")),
        KeyBinding([.character("s")], .split, help: Localized(sv: "Dela upp", en: "Split")),
        KeyBinding(
            [.character("v")], .showSummary,
            help: Localized(sv: "Visa/ta tillbaka sammanfattningen", en: "Show/take back the summary")),
        KeyBinding([.character("u")], .undo, help: Localized(sv: "Ångra", en: "Undo")),
        KeyBinding([.escape, .character("t")], .close, help: Localized(sv: "Tillbaka", en: "Back"), pinned: true),
        KeyBinding(
            [.character("r")], .rename, help: Localized(sv: "Byt namn på tema", en: "Rename theme"), inFooter: false),
        KeyBinding(
            [.character("S")], .summarise,
            help: Localized(
                sv: "Skriv temats sammanfattning (till sammanställningen)",
                en: "Write the theme's summary (for the record)"), inFooter: false),
        KeyBinding(
            [.character("<")], .reorder(up: true), help: Localized(sv: "Flytta temat uppåt", en: "Move theme up"),
            inFooter: false),
        KeyBinding(
            [.character(">")], .reorder(up: false), help: Localized(sv: "Flytta temat nedåt", en: "Move theme down"),
            inFooter: false),
        KeyBinding(
            [.character("e")], .editNote, help: Localized(sv: "Redigera lappens text", en: "Edit the note's text"),
            inFooter: false),
        KeyBinding(
            [.character("h")], .hideNote,
            help: Localized(sv: "Dölj/visa lapp på projektorn", en: "Hide/show note on the projector"), inFooter: false),
        KeyBinding([.up, .character("k")], .move(up: true), help: Localized(sv: "Upp", en: "Up"), inFooter: false),
        KeyBinding([.down], .move(up: false), help: Localized(sv: "Ned", en: "Down"), inFooter: false),
        KeyBinding([.character("?")], .help, help: Localized(sv: "Hjälp", en: "Help"), pinned: true),
    ])
}
