/// Who has the word: the next speaker of a check-in round, the next group of a vattentrappa.
/// `changes(in:at:)` decides from the freshest state who is next.
public enum RoundAction: Equatable, Sendable {
    /// The next participant of the check-in round; after the last, the round ends.
    case nextSpeaker(StepID)
    /// The word to the next group of the vattentrappa (the first before it starts); after the last, it ends.
    case passTurn(StepID)

    public func changes(in session: Session, at now: WallTime) throws(Refusal) -> [Change] {
        switch self {
        case .nextSpeaker(let step):
            let next = (session.state.rounds[step]?.index ?? -1) + 1
            return [.speakerChanged(step: step, index: next < session.plan.participants.count ? next : -1)]
        case .passTurn(let id):
            guard let step = session.plan.step(id) else { throw .unknownStep(id) }
            return [
                .turnPassed(step: id, turn: Relay.nextIndex(step, state: session.state, plan: session.plan, at: now))
            ]
        }
    }
}
