import LagomCore

/// Interface text of voting and the ranking view, in Swedish and English.
enum VotingStrings {
    static let notScored = Localized(sv: "Ej poängsatta", en: "Not scored")
    static let sharedPlace = Localized(sv: "= delad placering", en: "= shared place")
    static func revealedPlaces(_ shown: Int, of total: Int) -> Localized {
        Localized(
            sv: "Visar nedifrån: \(shown) av \(total) platser",
            en: "Revealing from the bottom: \(shown) of \(total) places")
    }
    static let continued = Localized(sv: " (forts.)", en: " (cont.)")
    /// After an item chosen to go on, in words and a symbol.
    static let goesOnMark = Localized(sv: "→ går vidare", en: "→ goes on")
    static func page(_ page: Int, of pages: Int) -> Localized {
        Localized(sv: "sida \(page) av \(pages)", en: "page \(page) of \(pages)")
    }
    static let nothingRanked = Localized(sv: "Inget att rangordna ännu.", en: "Nothing to rank yet.")

    // Console: tally mode
    static func tallyHeading(_ list: String) -> Localized {
        Localized(sv: "Räknade poäng – \(list)", en: "Counted points – \(list)")
    }
    static func totalLine(_ total: Int, budget: Int, people: Int, votes: Int) -> Localized {
        Localized(
            sv: "Summa \(total) p av högst \(budget) (\(people) deltagare × \(votes) röster)",
            en: "Total \(total) p of at most \(budget) (\(people) participants × \(votes) votes)")
    }
    static func surplus(_ list: String, over: Int) -> Localized {
        Localized(
            sv: "⚠ \(list): \(over) p fler än rummet kunde ge – räkna om",
            en: "⚠ \(list): \(over) p more than the room could give – recount")
    }
    static func typing(_ digits: String) -> Localized { Localized(sv: "Poäng: \(digits)▏", en: "Points: \(digits)▏") }
    static let saved = Localized(sv: "✓ Sparat", en: "✓ Saved")

    // Console: ballot mode
    static func voterLine(_ voter: String, remaining: Int, budget: Int) -> Localized {
        Localized(
            sv: "Röstar: \(voter) · kvar \(remaining) av \(budget) röster",
            en: "Voting: \(voter) · \(remaining) of \(budget) votes left")
    }
    static func ballotsCast(_ n: Int) -> Localized {
        n == 1
            ? Localized(sv: "1 röstsedel lagd", en: "1 ballot cast")
            : Localized(sv: "\(n) röstsedlar lagda", en: "\(n) ballots cast")
    }
    static let chooseVoter = Localized(
        sv: "Vem röstar? Välj namn med ↑↓ (eller sök med /) och Enter, eller a för anonym röstsedel.",
        en: "Who votes? Pick a name with ↑↓ (or find it with /) and Enter, or a for an anonymous ballot.")
    static func anonymousBallot(_ n: Int) -> Localized { Localized(sv: "Röstsedel \(n)", en: "Ballot \(n)") }
    /// "Röstsedel 3" for the anonymous ballot "#3"; a participant's name as it is.
    static func voterName(_ voter: String) -> Localized {
        guard voter.hasPrefix("#"), let n = Int(voter.dropFirst()) else { return Localized(sv: voter, en: voter) }
        return anonymousBallot(n)
    }
    /// An anonymous ballot is named by itself ("Röstsedel 3 är lagd"), a person's by whose it is.
    static func castDone(_ voter: String, replaced: Bool) -> Localized {
        let done = Localized(sv: replaced ? "ändrad" : "lagd", en: replaced ? "replaced" : "cast")
        if voter.hasPrefix("#"), let n = Int(voter.dropFirst()) {
            return Localized(sv: "✓ Röstsedel \(n) är \(done.sv)", en: "✓ Ballot \(n) \(done.en)")
        }
        return Localized(sv: "✓ Röstsedeln för \(voter) är \(done.sv)", en: "✓ \(voter)'s ballot \(done.en)")
    }
    static func confirmEmpty(_ voter: String) -> Localized {
        Localized(
            sv: "⚠ Röstsedeln för \(voter) är tom. Enter igen lägger den tom, Esc avbryter.",
            en: "⚠ The ballot of \(voter) is empty. Enter again casts it empty, Esc cancels.")
    }
    static func nothingToVoteOn(_ lists: String) -> Localized {
        Localized(
            sv: "⚠ Inget att rösta på: \(lists) har inga lappar ännu.",
            en: "⚠ Nothing to vote on: \(lists) has no notes yet.")
    }
    static func emptyList(_ list: String) -> Localized {
        Localized(sv: "\(list) har inga lappar ännu.", en: "\(list) has no notes yet.")
    }
    static func finding(_ text: String) -> Localized {
        Localized(sv: "Sök namn: \(text)▏", en: "Find a name: \(text)▏")
    }
    static let hasVoted = Localized(sv: "har röstat", en: "has voted")
    static let secret = Localized(
        sv: "Röstsedlarna visas aldrig på projektorn.", en: "Ballots are never shown on the projector.")

    // Console: results and going on
    static let hiddenOnProjector = Localized(
        sv: "Dolt på projektorn tills du visar (r)", en: "Hidden on the projector until you reveal (r)")
    static let liveOnProjector = Localized(sv: "Visas live på projektorn", en: "Shown live on the projector")
    static func goesOn(_ n: Int) -> Localized { Localized(sv: "Topp \(n) går vidare", en: "Top \(n) go on") }
    static func tiedAtCut(_ names: String) -> Localized {
        Localized(sv: "⚠ Lika vid gränsen: \(names)", en: "⚠ Tied at the cut: \(names)")
    }
    static func decideTie(_ needed: Int, of tied: Int, picked: Int) -> Localized {
        Localized(
            sv:
                "Lika vid gränsen – välj \(needed) av \(tied) som går vidare (v), spara (g), avbryt (Esc). Valda: \(picked)",
            en: "Tied at the cut – pick \(needed) of \(tied) to go on (v), save (g), cancel (Esc). Picked: \(picked)")
    }
    static func pickExactly(_ needed: Int, of tied: Int, picked: Int) -> Localized {
        Localized(
            sv: "⚠ Välj \(needed) av \(tied) – du har valt \(picked)",
            en: "⚠ Pick \(needed) of \(tied) – you picked \(picked)")
    }
    static func chosen(_ n: Int) -> Localized {
        Localized(sv: "✓ \(n) går vidare till nästa steg", en: "✓ \(n) go on to the next step")
    }
    static let noAdvance = Localized(
        sv: "⚠ Planen säger inte hur många som går vidare (advance) – inget att spara.",
        en: "⚠ The plan says no number to go on (advance) – nothing to save.")
    static func noResultsYet(_ list: String) -> Localized {
        Localized(
            sv: "⚠ \(list) har inga röster eller poäng ännu – inget går vidare.",
            en: "⚠ \(list) has no votes or points yet – nothing goes on.")
    }
    static let voteRevealed = Localized(
        sv: "✓ Resultatet visas nu på projektorn (u ångrar).",
        en: "✓ The result is now shown on the projector (u undoes).")
    static let notesRevealed = Localized(
        sv: "✓ Lapparna visas nu på projektorn (u ångrar).",
        en: "✓ The notes are now shown on the projector (u undoes).")
    static let alreadyLive = Localized(
        sv: "⚠ Röstningen är inte dold: resultatet visas redan live på projektorn.",
        en: "⚠ The vote is not hidden: its result is already live on the projector.")
    static let nestedNoReveal = Localized(
        sv: "⚠ Visa nedifrån gäller bara enkla listor", en: "⚠ Reveal from the bottom works on plain lists only")
}
