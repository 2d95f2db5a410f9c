import LagomCore

/// Strings of the notes on the stage and of the theme board, Swedish and English.
enum NoteStrings {
    static func groupShort(_ g: Int) -> Localized { Localized(.notesGroupShort, ["g": g]) }
    static func groupCount(_ g: Int, _ n: Int, done: Bool) -> Localized {
        Localized(done ? .notesGroupCountDone : .notesGroupCount, ["group": g, "notes": Strings.notesCount(n)])
    }
    /// A silent-writing step's one count: "14 lappar hittills · 3 av 22 klara".
    static func silentTotal(_ n: Int, done: Int, of groups: Int) -> Localized {
        guard done > 0 else { return Strings.notesSoFar(n) }
        return Localized(.notesSoFarAndDone, ["notes": Strings.notesSoFar(n), "done": done, "groups": groups])
    }
    static let speaksNow = Localized(.notesSpeakingNow)
    static let next = Localized(.notesNext)
    static let lastTurn = Localized(.notesNobodyLastTurn)
    static let relayDone = Localized(.notesEveryGroupHasSpoken)
    static func alreadySaid(_ n: Int) -> Localized { Localized(.notesAlreadySaidCount, ["n": n]) }
    static let otherNotes = Localized(.notesOther)
    /// The theme board's title says whether the room sees the summary, and which key changes it.
    static func summaryShown(_ shown: Bool) -> Localized {
        shown
            ? Localized(.notesSummaryShown)
            : Localized(.notesSummaryHidden)
    }
    static func summaryTitle(_ title: String) -> Localized {
        Localized(.notesSummaryOf, ["title": title])
    }
}
