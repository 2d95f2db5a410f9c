extension TextKey {
    /// Vote console
    public static var voteNotScored: TextKey { TextKey() }
    /// Vote console
    public static var voteSharedPlace: TextKey { TextKey() }
    /// Vote console. {shown}: shown, {total}: total
    public static var voteRevealingFromTheBottom: TextKey { TextKey() }
    /// Ranking view: a list's heading on its next page. {heading}: the list.
    public static var voteContinued: TextKey { TextKey() }
    /// Vote console
    public static var voteGoesOn: TextKey { TextKey() }
    /// Vote console. {page}: page, {pages}: pages
    public static var votePage: TextKey { TextKey() }
    /// Vote console
    public static var voteNothingToRankYet: TextKey { TextKey() }
    /// Vote console. {list}: list
    public static var voteCountedPoints: TextKey { TextKey() }
    /// Vote console. {total}: total, {budget}: budget, {people}: people, {votes}: votes
    public static var voteTotal: TextKey { TextKey() }
    /// Vote console. {list}: list, {over}: over
    public static var voteSurplus: TextKey { TextKey() }
    /// Vote console. {digits}: digits
    public static var votePoints: TextKey { TextKey() }
    /// Vote console
    public static var voteSaved: TextKey { TextKey() }
    /// Vote console. {voter}: voter, {remaining}: remaining, {budget}: budget
    public static var voteVoting: TextKey { TextKey() }
    /// Vote console: the ballots so far. {count}: ballots.
    public static var voteBallotsCastCount: TextKey { TextKey() }
    /// Vote console
    public static var voteChooseVoter: TextKey { TextKey() }
    /// Vote console. {n}: n
    public static var voteAnonymousBallot: TextKey { TextKey() }
    /// Vote console after a ballot. {n}: the anonymous ballot's number; {done}: lagd or ändrad.
    public static var voteAnonymousBallotDone: TextKey { TextKey() }
    /// Vote console after a ballot. {voter}: the person; {done}: lagd or ändrad.
    public static var votePersonBallotDone: TextKey { TextKey() }
    /// Vote console. {voter}: voter
    public static var voteEmptyBallot: TextKey { TextKey() }
    /// Vote console. {lists}: lists
    public static var voteNothingToVoteOn: TextKey { TextKey() }
    /// Vote console. {list}: list
    public static var voteHasNoNotesYet: TextKey { TextKey() }
    /// Vote console. {text}: text
    public static var voteFindAName: TextKey { TextKey() }
    /// Vote console
    public static var voteHasVoted: TextKey { TextKey() }
    /// Vote console
    public static var voteBallotsNeverShown: TextKey { TextKey() }
    /// Vote console, a sentence after the brief ("Alla har 5 röster."): a hidden vote's result.
    public static var voteHiddenUntilReveal: TextKey { TextKey() }
    /// Vote console, a sentence after the brief: a vote whose result the projector shows live.
    public static var voteShownLive: TextKey { TextKey() }
    /// Vote console. {n}: n
    public static var voteTopGoOn: TextKey { TextKey() }
    /// Vote console. {names}: names
    public static var voteTiedAtTheCut: TextKey { TextKey() }
    /// Vote console. {needed}: needed, {tied}: tied, {picked}: picked
    public static var voteTiedAtTheCutPick: TextKey { TextKey() }
    /// Vote console. {needed}: needed, {tied}: tied, {picked}: picked
    public static var votePickCount: TextKey { TextKey() }
    /// Vote console. {n}: n
    public static var voteAdvanced: TextKey { TextKey() }
    /// Vote console
    public static var voteNoAdvance: TextKey { TextKey() }
    /// Vote console. {list}: list
    public static var voteNothingGoesOn: TextKey { TextKey() }
    /// Vote console
    public static var voteResultShown: TextKey { TextKey() }
    /// Vote console
    public static var voteNotesShown: TextKey { TextKey() }
    /// Vote console
    public static var voteNotHidden: TextKey { TextKey() }
    /// Vote console
    public static var voteFromBottomPlainOnly: TextKey { TextKey() }
    /// Vote console: a ballot entered for the first time, in ✓ Röstsedel … är lagd.
    public static var voteBallotCast: TextKey { TextKey() }
    /// Vote console: a ballot entered again, in ✓ Röstsedel … är ändrad.
    public static var voteBallotReplaced: TextKey { TextKey() }
}
