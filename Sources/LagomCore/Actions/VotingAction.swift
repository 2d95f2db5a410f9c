/// What the facilitator asks of a vote step: points typed in, a ballot cast, what goes on, the
/// shared ranking's place, and the reveal of hidden results (votes, or silent writing's notes).
public enum VotingAction: Equatable, Sendable {
    case tally(step: StepID, [Tally])
    case cast(step: StepID, BallotDraft)
    case choose(step: StepID, notes: [NoteID])
    case showRanking(step: StepID, RankingPosition)
    case reveal(StepID)

    public var changes: [Change] {
        switch self {
        case .tally(let step, let tallies): [.votesTallied(step: step, tallies: tallies)]
        case .cast(let step, let ballot): [ballot.cast(step: step)]
        case .choose(let step, let notes): [.subjectsChosen(step: step, notes: notes)]
        case .showRanking(let step, let position): [.rankingShown(step: step, position: position)]
        case .reveal(let step): [.resultsRevealed(step: step)]
        }
    }
}
