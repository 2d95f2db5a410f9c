import LagomCore

/// What the facilitator does with one key while a vote step is current.
public enum VoteAction: Hashable, Sendable {
    /// `digit` reads which digit from the key itself (one binding lists 0–9).
    case up, down, digit, erase, enter, anonymous, placeDot, removeDot, cancelBallot
    case nextList, pick, goOn
    /// Finding a voter by name: start, and stop.
    case find, stopFinding
    // Present mode: the shared ranking
    case pageForward, pageBack, revealMode, revealNext, revealPrevious
}

/// What the vote console is doing, which decides which keys it takes.
public enum VoteConsoleMode: Hashable, Sendable {
    /// Counted points typed in per item.
    case tally
    /// Picking who votes next.
    case voters
    /// Typing part of a voter's name.
    case finding
    /// One voter's ballot is open.
    case ballot
    /// Deciding a tie at the cut.
    case tie
    /// Present mode: steering the shared ranking.
    case present
}

/// The vote console's keys, one map per mode, as data: `VoteConsole.handle`, the hint line in the
/// panel and the `?` overlay all read the same map, so the help lists what the keys do right now.
/// Keys a mode's map does not list keep their console meaning (next step, present, undo, …).
public enum VoteKeys {
    private static func up(_ sv: String, _ en: String) -> KeyBinding<VoteAction> {
        KeyBinding([.up, .character("k")], .up, help: Localized(sv: sv, en: en), inFooter: false)
    }
    private static func down(_ sv: String, _ en: String) -> KeyBinding<VoteAction> {
        KeyBinding([.down, .character("j")], .down, help: Localized(sv: sv, en: en), inFooter: false)
    }
    private static let nextList = KeyBinding<VoteAction>(
        [.tab], .nextList, help: Localized(sv: "Nästa lista", en: "Next list"))
    private static let goOn = KeyBinding<VoteAction>(
        [.character("g")], .goOn,
        help: Localized(sv: "Spara vilka som går vidare", en: "Save which go on"))
    static let digitKeys: [Key] = (0...9).map { .character(Character(String($0))) }

    /// Tally mode: points counted on paper, typed in item by item.
    public static let tally = KeyMap<VoteAction>([
        KeyBinding(
            digitKeys, .digit, help: Localized(sv: "Skriv poäng", en: "Type points"),
            label: Localized(sv: "0–9", en: "0–9")),
        KeyBinding([.enter], .enter, help: Localized(sv: "Spara poängen", en: "Save the points")),
        goOn,
        nextList,
        KeyBinding([.backspace], .erase, help: Localized(sv: "Sudda siffra", en: "Erase digit")),
        up("Föregående punkt", "Previous item"),
        down("Nästa punkt", "Next item"),
    ])

    /// Ballot mode between voters: who votes next.
    public static let voters = KeyMap<VoteAction>([
        KeyBinding([.enter], .enter, help: Localized(sv: "Öppna namnets röstsedel", en: "Open the name's ballot")),
        KeyBinding([.character("a")], .anonymous, help: Localized(sv: "Anonym röstsedel", en: "Anonymous ballot")),
        KeyBinding([.character("/")], .find, help: Localized(sv: "Sök namn", en: "Find a name")),
        goOn,
        nextList,
        up("Föregående namn", "Previous name"),
        down("Nästa namn", "Next name"),
    ])

    /// Finding a voter: letters are typed into the search (they are no other key meanwhile).
    public static let finding = KeyMap<VoteAction>([
        KeyBinding(
            [], .find, help: Localized(sv: "Skriv en del av namnet", en: "Type part of the name"),
            label: Localized(sv: "Bokstäver", en: "Letters")),
        KeyBinding([.enter], .enter, help: Localized(sv: "Öppna namnets röstsedel", en: "Open the name's ballot")),
        KeyBinding([.down], .down, help: Localized(sv: "Nästa träff", en: "Next match")),
        KeyBinding([.up], .up, help: Localized(sv: "Föregående träff", en: "Previous match"), inFooter: false),
        KeyBinding([.backspace], .erase, help: Localized(sv: "Sudda", en: "Erase")),
        KeyBinding([.escape], .stopFinding, help: Localized(sv: "Sluta söka", en: "Stop finding")),
    ])

    /// One voter's ballot is open.
    public static let ballot = KeyMap<VoteAction>([
        KeyBinding([.right], .placeDot, help: Localized(sv: "Lägg en prick", en: "Place a dot")),
        KeyBinding([.enter], .enter, help: Localized(sv: "Lägg röstsedeln", en: "Cast the ballot")),
        KeyBinding([.left], .removeDot, help: Localized(sv: "Ta bort en prick", en: "Remove a dot")),
        KeyBinding([.escape], .cancelBallot, help: Localized(sv: "Avbryt röstsedeln", en: "Cancel the ballot")),
        nextList,
        up("Föregående punkt", "Previous item"),
        down("Nästa punkt", "Next item"),
    ])

    /// A tie at the cut: the facilitator picks which of the tied items go on.
    public static let tie = KeyMap<VoteAction>([
        KeyBinding([.character("v"), .enter], .pick, help: Localized(sv: "Välj/ångra val", en: "Pick/unpick")),
        KeyBinding([.character("g")], .goOn, help: Localized(sv: "Spara valet", en: "Save the picks")),
        KeyBinding([.escape], .cancelBallot, help: Localized(sv: "Avbryt", en: "Cancel")),
        up("Föregående", "Previous"),
        down("Nästa", "Next"),
    ])

    /// Keys of the shared ranking in present mode; the projector follows them.
    public static let present = KeyMap<VoteAction>([
        KeyBinding([.right], .pageForward, help: Localized(sv: "Nästa sida", en: "Next page")),
        KeyBinding([.left], .pageBack, help: Localized(sv: "Föregående sida", en: "Previous page")),
        nextList,
        KeyBinding(
            [.character("f")], .revealMode,
            help: Localized(sv: "Visa nedifrån på/av", en: "Reveal from the bottom on/off")),
        KeyBinding([.up], .revealNext, help: Localized(sv: "Visa nästa plats", en: "Show the next place")),
        KeyBinding([.down], .revealPrevious, help: Localized(sv: "Dölj en plats igen", en: "Hide a place again")),
    ])

    /// The keys of `mode` for a vote with `lists` lists (Tab only when there is another list).
    public static func map(_ mode: VoteConsoleMode, lists: Int) -> KeyMap<VoteAction> {
        let map: KeyMap<VoteAction>
        switch mode {
        case .tally: map = tally
        case .voters: map = voters
        case .finding: map = finding
        case .ballot: map = ballot
        case .tie: map = tie
        case .present: map = present
        }
        guard lists < 2 else { return map }
        return KeyMap(map.bindings.filter { $0.action != .nextList })
    }

    /// Whether `key` is the mode's even when no binding lists it: while finding, every letter.
    static func takesUnlisted(_ key: Key, in mode: VoteConsoleMode) -> Bool {
        guard mode == .finding, case .character = key else { return false }
        return true
    }

    /// "Enter Spara poängen · g Spara vilka som går vidare": the footer keys of `map` that fit
    /// in `width` columns, whole and in order (the map lists the important ones first). A hint
    /// that does not fit is left out, never cut in the middle of a word.
    public static func hint(_ map: KeyMap<VoteAction>, _ language: Language, width: Int) -> String {
        var line = ""
        for entry in map.footerEntries(language) {
            let part = (line.isEmpty ? "" : " · ") + entry.keys + " " + entry.help
            guard DisplayWidth.of(line + part) <= width else { break }
            line += part
        }
        return line
    }
}
