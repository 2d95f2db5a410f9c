import LagomCore

/// What the facilitator can do on the theme board with one key.
public enum ThemeBoardAction: Hashable, Sendable {
    case move(up: Bool), mark, newTheme, rename, summarise, moveIntoTheme, merge, split, reorder(up: Bool)
    case editNote, hideNote, showSummary, undo, help, close
}

public enum ThemeBoardKeys {
    public static let map = KeyMap<ThemeBoardAction>([
        // The footer's words are short, so that at 80 columns it lists a, Space, m and +.
        KeyBinding([.character("a")], .newTheme, help: Localized(.keyNewTheme)),
        KeyBinding([.character(" ")], .mark, help: Localized(.keyMarkNote), footer: Localized(.boardKeyMark)),
        KeyBinding(
            [.character("m")], .moveIntoTheme, help: Localized(.keyMoveIntoTheme), footer: Localized(.boardKeyMove)),
        // `+` joins: `j` is "down" here as on every other screen.
        KeyBinding(
            [.character("+")], .merge, help: Localized(.keyMergeMarkedIntoThis), footer: Localized(.boardKeyMerge)),
        KeyBinding([.character("s")], .split, help: Localized(.keySplit)),
        KeyBinding(
            [.character("v")], .showSummary,
            help: Localized(.keyShowTakeBackSummary)),
        KeyBinding([.character("u")], .undo, help: Localized(.keyUndo)),
        KeyBinding([.escape, .character("t")], .close, help: Localized(.keyBack), pinned: true),
        KeyBinding(
            [.character("r")], .rename, help: Localized(.keyRenameTheme), inFooter: false),
        KeyBinding(
            [.character("S")], .summarise,
            help: Localized(.keyWriteThemeSummary), inFooter: false),
        KeyBinding(
            [.character("<")], .reorder(up: true), help: Localized(.keyMoveThemeUp),
            inFooter: false),
        KeyBinding(
            [.character(">")], .reorder(up: false), help: Localized(.keyMoveThemeDown),
            inFooter: false),
        KeyBinding(
            [.character("e")], .editNote, help: Localized(.keyEditNoteText),
            inFooter: false),
        KeyBinding(
            [.character("h")], .hideNote,
            help: Localized(.keyHideShowNoteOnProjector), inFooter: false),
        KeyBinding([.up, .character("k")], .move(up: true), help: Localized(.keyUp), inFooter: false),
        KeyBinding([.down, .character("j")], .move(up: false), help: Localized(.keyDown), inFooter: false),
        KeyBinding([.character("?")], .help, help: Localized(.keyHelp), pinned: true),
    ])
}
