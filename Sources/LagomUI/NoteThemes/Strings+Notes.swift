import LagomCore

/// Strings of the notes on the stage and of the theme board, Swedish and English.
enum NoteStrings {
    static func groupShort(_ g: Int) -> Localized { Localized(sv: "G\(g)", en: "G\(g)") }
    static func groupCount(_ g: Int, _ n: Int, done: Bool) -> Localized {
        let svNotes = n == 1 ? "1 lapp" : "\(n) lappar"
        let enNotes = n == 1 ? "1 note" : "\(n) notes"
        return Localized(
            sv: "Grupp \(g): \(svNotes)" + (done ? " ✓ klar" : ""),
            en: "Group \(g): \(enNotes)" + (done ? " ✓ done" : ""))
    }
    /// A silent-writing step's one count: "14 lappar hittills · 3 av 22 klara".
    static func silentTotal(_ n: Int, done: Int, of groups: Int) -> Localized {
        let svNotes = n == 1 ? "1 lapp hittills" : "\(n) lappar hittills"
        let enNotes = n == 1 ? "1 note so far" : "\(n) notes so far"
        guard done > 0 else { return Localized(sv: svNotes, en: enNotes) }
        return Localized(sv: svNotes + " · \(done) av \(groups) klara", en: enNotes + " · \(done) of \(groups) done")
    }
    static let speaksNow = Localized(sv: "Har ordet", en: "Speaking now")
    static let next = Localized(sv: "Nästa", en: "Next")
    static let lastTurn = Localized(sv: "ingen – sista turen", en: "nobody – last turn")
    static let relayDone = Localized(sv: "Alla grupper har talat.", en: "Every group has spoken.")
    static func alreadySaid(_ n: Int) -> Localized { Localized(sv: "Redan sagt (\(n))", en: "Already said (\(n))") }
    static let otherNotes = Localized(sv: "Övrigt", en: "Other")
    /// The theme board's title says whether the room sees the summary, and which key changes it.
    static func summaryShown(_ shown: Bool) -> Localized {
        shown
            ? Localized(sv: "visas på projektorn (v tar tillbaka)", en: "on the projector (v takes it back)")
            : Localized(sv: "dold för rummet (v visar)", en: "hidden from the room (v shows it)")
    }
    static func summaryTitle(_ title: String) -> Localized {
        Localized(sv: "Sammanfattning av \(title)", en: "Summary of \(title)")
    }
}
