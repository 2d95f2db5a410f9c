/// Who has the word: the next speaker of a check-in round, the next group of a vattentrappa.
/// `changes(in:at:)` decides from the freshest state who is next.
public enum RoundAction: Equatable, Sendable {
    /// The next person here in the check-in round (`CheckinQueue`); after the last, the round ends.
    case nextSpeaker(StepID)
    /// The speaker passes for now, comes back at the end, and the word goes to the next.
    case pass(StepID)
    /// The round starts over in `order` (a shuffle with `seed`), nobody speaking yet.
    case order(StepID, RoundOrder, seed: Int)
    /// The word to the next group of the vattentrappa (the first before it starts); after the last, it ends.
    case passTurn(StepID)

    public func changes(in session: Session, at now: WallTime) throws(Refusal) -> [Change] {
        switch self {
        case .nextSpeaker(let id):
            let queue = CheckinQueue(step: try checkin(id, session), session: session)
            if let next = queue.upcoming.first { return [.speakerCalled(step: id, person: next)] }
            guard let round = queue.round, !round.ended else { throw .people(.nobodyToCall(id)) }
            return [.speakerCalled(step: id, person: nil)]
        case .pass(let id):
            let step = try checkin(id, session)
            guard var round = session.state.people.rounds[id], let speaker = round.current else {
                throw .people(.nobodySpeaking(id))
            }
            round.spoken.removeAll { $0 == speaker }
            round.passed.append(speaker)
            round.current = nil
            // The one who passed is called again only when nobody else is left.
            let next = CheckinQueue(step: step, session: session, round: round).upcoming.first { $0 != speaker }
            return [.speakerPassed(step: id, person: speaker)]
                + (next.map { [.speakerCalled(step: id, person: $0)] } ?? [])
        case .order(let id, let order, let seed):
            _ = try checkin(id, session)
            return [.roundOrdered(step: id, order: order, seed: seed)]
        case .passTurn(let id):
            guard let step = session.plan.step(id) else { throw .unknownStep(id) }
            return [
                .turnPassed(step: id, turn: Relay.nextIndex(step, state: session.state, plan: session.plan, at: now))
            ]
        }
    }

    private func checkin(_ id: StepID, _ session: Session) throws(Refusal) -> Step {
        guard let step = session.plan.step(id) else { throw .unknownStep(id) }
        guard step.kind == .checkin else { throw .people(.notACheckin(id)) }
        return step
    }
}
