import LagomCore

/// What the facilitator does with one key while a vote step is current.
public enum VoteAction: Hashable, Sendable {
    case up, down, digit(Int), erase, enter, anonymous, placeDot, removeDot, cancelBallot
    case nextList, pick, goOn
    // Present mode: the shared ranking
    case pageForward, pageBack, revealMode, revealNext, revealPrevious
}

public enum VoteKeys {
    static let digits: [KeyBinding<VoteAction>] = (0...9).map {
        KeyBinding([.character(Character(String($0)))], .digit($0), help: Localized(sv: "Siffra", en: "Digit"), inFooter: false)
    }

    /// Keys of the console's vote panel (tally and ballot entry).
    public static let console = KeyMap<VoteAction>([
        KeyBinding([.up, .character("k")], .up, help: Localized(sv: "Upp", en: "Up")),
        KeyBinding([.down, .character("j")], .down, help: Localized(sv: "Ner", en: "Down")),
        KeyBinding([.enter], .enter, help: Localized(sv: "Spara/välj/lägg", en: "Save/choose/cast")),
        KeyBinding([.backspace], .erase, help: Localized(sv: "Sudda siffra", en: "Erase digit")),
        KeyBinding([.right], .placeDot, help: Localized(sv: "Lägg en prick", en: "Place a dot")),
        KeyBinding([.left], .removeDot, help: Localized(sv: "Ta bort en prick", en: "Remove a dot")),
        KeyBinding([.character("a")], .anonymous, help: Localized(sv: "Anonym röstsedel", en: "Anonymous ballot")),
        KeyBinding([.escape], .cancelBallot, help: Localized(sv: "Avbryt", en: "Cancel")),
        KeyBinding([.tab], .nextList, help: Localized(sv: "Nästa lista", en: "Next list")),
        KeyBinding([.character("v")], .pick, help: Localized(sv: "Välj vid lika", en: "Pick at a tie")),
        KeyBinding([.character("g")], .goOn, help: Localized(sv: "Gå vidare", en: "Go on")),
    ] + digits)

    /// Keys of the shared ranking in present mode; the projector follows them.
    public static let present = KeyMap<VoteAction>([
        KeyBinding([.right], .pageForward, help: Localized(sv: "Nästa sida", en: "Next page")),
        KeyBinding([.left], .pageBack, help: Localized(sv: "Föregående sida", en: "Previous page")),
        KeyBinding([.tab], .nextList, help: Localized(sv: "Nästa lista", en: "Next list")),
        KeyBinding([.character("f")], .revealMode, help: Localized(sv: "Visa nedifrån på/av", en: "Reveal from the bottom on/off")),
        KeyBinding([.up], .revealNext, help: Localized(sv: "Visa nästa plats", en: "Show the next place")),
        KeyBinding([.down], .revealPrevious, help: Localized(sv: "Dölj en plats igen", en: "Hide a place again")),
    ])

    /// "↑↓ Upp/Ner · Enter …": a hint line drawn inside the panel.
    public static func hint(_ map: KeyMap<VoteAction>, _ language: Language) -> String {
        map.footerEntries(language).map { "\($0.keys) \($0.help)" }.joined(separator: " · ")
    }
}
