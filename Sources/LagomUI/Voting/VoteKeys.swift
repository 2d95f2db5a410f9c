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
    private static func up(_ help: Localized) -> KeyBinding<VoteAction> {
        KeyBinding([.up, .character("k")], .up, help: help, inFooter: false)
    }
    private static func down(_ help: Localized) -> KeyBinding<VoteAction> {
        KeyBinding([.down, .character("j")], .down, help: help, inFooter: false)
    }
    private static let nextList = KeyBinding<VoteAction>(
        [.tab], .nextList, help: Localized(.keyNextList))
    private static let goOn = KeyBinding<VoteAction>(
        [.character("g")], .goOn,
        help: Localized(.keySaveWhichGoOn))
    static let digitKeys: [Key] = (0...9).map { .character(Character(String($0))) }

    /// Tally mode: points counted on paper, typed in item by item.
    public static let tally = KeyMap<VoteAction>([
        KeyBinding(
            digitKeys, .digit, help: Localized(.keyTypePoints),
            label: Localized(.keyDigits)),
        KeyBinding([.enter], .enter, help: Localized(.keySaveThePoints)),
        goOn,
        nextList,
        KeyBinding([.backspace], .erase, help: Localized(.keyDeleteDigit)),
        up(Localized(.keyPreviousItem)),
        down(Localized(.keyNextItem)),
    ])

    /// Ballot mode between voters: who votes next.
    public static let voters = KeyMap<VoteAction>([
        KeyBinding([.enter], .enter, help: Localized(.keyOpenTheNamesBallot)),
        KeyBinding([.character("a")], .anonymous, help: Localized(.keyAnonymousBallot)),
        KeyBinding([.character("/")], .find, help: Localized(.keyFindAName)),
        goOn,
        nextList,
        up(Localized(.keyPreviousName)),
        down(Localized(.keyNextName)),
    ])

    /// Finding a voter: letters are typed into the search (they are no other key meanwhile).
    public static let finding = KeyMap<VoteAction>([
        KeyBinding(
            [], .find, help: Localized(.keyTypePartOfTheName),
            label: Localized(.keyLetters)),
        KeyBinding([.enter], .enter, help: Localized(.keyOpenTheNamesBallot)),
        KeyBinding([.down], .down, help: Localized(.keyNextMatch)),
        KeyBinding([.up], .up, help: Localized(.keyPreviousMatch), inFooter: false),
        KeyBinding([.backspace], .erase, help: Localized(.keyDeleteLetter)),
        KeyBinding([.escape], .stopFinding, help: Localized(.keyStopFinding)),
    ])

    /// One voter's ballot is open.
    public static let ballot = KeyMap<VoteAction>([
        KeyBinding([.right], .placeDot, help: Localized(.keyPlaceADot)),
        KeyBinding([.enter], .enter, help: Localized(.keyEnterTheVotes)),
        KeyBinding([.left], .removeDot, help: Localized(.keyRemoveADot)),
        KeyBinding([.escape], .cancelBallot, help: Localized(.keyCancelTheBallot)),
        nextList,
        up(Localized(.keyPreviousItem)),
        down(Localized(.keyNextItem)),
    ])

    /// A tie at the cut: the facilitator picks which of the tied items go on.
    public static let tie = KeyMap<VoteAction>([
        KeyBinding([.character("v"), .enter], .pick, help: Localized(.keyPickUnpick)),
        KeyBinding([.character("g")], .goOn, help: Localized(.keySaveThePicks)),
        KeyBinding([.escape], .cancelBallot, help: Localized(.keyCancel)),
        up(Localized(.keyPrevious)),
        down(Localized(.keyNext)),
    ])

    /// Keys of the shared ranking in present mode; the projector follows them.
    public static let present = KeyMap<VoteAction>([
        KeyBinding([.right], .pageForward, help: Localized(.keyNextPage)),
        KeyBinding([.left], .pageBack, help: Localized(.keyPreviousPage)),
        nextList,
        KeyBinding(
            [.character("f")], .revealMode,
            help: Localized(.keyRevealFromBottom)),
        KeyBinding([.up], .revealNext, help: Localized(.keyShowTheNextPlace)),
        KeyBinding([.down], .revealPrevious, help: Localized(.keyHideAPlaceAgain)),
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
