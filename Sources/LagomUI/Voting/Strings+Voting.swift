import LagomCore

/// Interface text of voting and the ranking view, in Swedish and English.
enum VotingStrings {
    static let notScored = Localized(.voteNotScored)
    static let sharedPlace = Localized(.voteSharedPlace)
    static func revealedPlaces(_ shown: Int, of total: Int) -> Localized {
        Localized(.voteRevealingFromTheBottom, ["shown": shown, "total": total])
    }
    /// After an item chosen to go on, in words and a symbol.
    static let goesOnMark = Localized(.voteGoesOn)
    static func page(_ page: Int, of pages: Int) -> Localized {
        Localized(.votePage, ["page": page, "pages": pages])
    }
    static let nothingRanked = Localized(.voteNothingToRankYet)

    // Console: tally mode
    static func tallyHeading(_ list: String) -> Localized {
        Localized(.voteCountedPoints, ["list": list])
    }
    static func totalLine(_ total: Int, budget: Int, people: Int, votes: Int) -> Localized {
        Localized(.voteTotal, ["total": total, "budget": budget, "people": people, "votes": votes])
    }
    static func surplus(_ list: String, over: Int) -> Localized {
        Localized(.voteSurplus, ["list": list, "over": over])
    }
    static func typing(_ digits: String) -> Localized { Localized(.votePoints, ["digits": digits]) }
    static let saved = Localized(.voteSaved)

    // Console: ballot mode
    static func voterLine(_ voter: String, remaining: Int, budget: Int) -> Localized {
        Localized(.voteVoting, ["voter": voter, "remaining": remaining, "budget": budget])
    }
    static func ballotsCast(_ n: Int) -> Localized {
        Localized(.voteBallotsCastCount, ["count": n])
    }
    static let chooseVoter = Localized(.voteChooseVoter)
    static func anonymousBallot(_ n: Int) -> Localized { Localized(.voteAnonymousBallot, ["n": n]) }
    /// "Röstsedel 3" for the anonymous ballot "#3"; a participant's name as it is.
    static func voterName(_ voter: String) -> Localized {
        guard voter.hasPrefix("#"), let n = Int(voter.dropFirst()) else { return .verbatim(voter) }
        return anonymousBallot(n)
    }
    /// An anonymous ballot is named by itself ("Röstsedel 3 är lagd"), a person's by whose it is.
    static func castDone(_ voter: String, replaced: Bool) -> Localized {
        let done = Localized(replaced ? .voteBallotReplaced : .voteBallotCast)
        if voter.hasPrefix("#"), let n = Int(voter.dropFirst()) {
            return Localized(.voteAnonymousBallotDone, ["n": n, "done": done])
        }
        return Localized(.votePersonBallotDone, ["voter": voter, "done": done])
    }
    static func confirmEmpty(_ voter: String) -> Localized {
        Localized(.voteEmptyBallot, ["voter": voter])
    }
    static func nothingToVoteOn(_ lists: String) -> Localized {
        Localized(.voteNothingToVoteOn, ["lists": lists])
    }
    static func emptyList(_ list: String) -> Localized {
        Localized(.voteHasNoNotesYet, ["list": list])
    }
    static func finding(_ text: String) -> Localized {
        Localized(.voteFindAName, ["text": text])
    }
    static let hasVoted = Localized(.voteHasVoted)
    static let secret = Localized(.voteBallotsNeverShown)

    // Console: results and going on
    static let hiddenOnProjector = Localized(.voteHiddenUntilReveal)
    static let liveOnProjector = Localized(.voteShownLive)
    static func goesOn(_ n: Int) -> Localized { Localized(.voteTopGoOn, ["n": n]) }
    static func tiedAtCut(_ names: String) -> Localized {
        Localized(.voteTiedAtTheCut, ["names": names])
    }
    static func decideTie(_ needed: Int, of tied: Int, picked: Int) -> Localized {
        Localized(.voteTiedAtTheCutPick, ["needed": needed, "tied": tied, "picked": picked])
    }
    static func pickExactly(_ needed: Int, of tied: Int, picked: Int) -> Localized {
        Localized(.votePickCount, ["needed": needed, "tied": tied, "picked": picked])
    }
    static func chosen(_ n: Int) -> Localized {
        Localized(.voteAdvanced, ["n": n])
    }
    static let noAdvance = Localized(.voteNoAdvance)
    static func noResultsYet(_ list: String) -> Localized {
        Localized(.voteNothingGoesOn, ["list": list])
    }
    static let voteRevealed = Localized(.voteResultShown)
    static let notesRevealed = Localized(.voteNotesShown)
    static let alreadyLive = Localized(.voteNotHidden)
    static let nestedNoReveal = Localized(.voteFromBottomPlainOnly)
}
