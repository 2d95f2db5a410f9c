/// The vattentrappa's relay: groups speak in turn, in queue order, for a fixed time each.
/// With `autoAdvance` the word passes by itself at zero, so the turn is computed from the
/// clock rather than written by anyone: every process agrees without a writer.
public struct RelayTurn: Equatable, Sendable {
    /// 0-based position in the queue.
    public var index: Int
    public var group: Int
    public var startedAt: WallTime
    /// Nil when the step has no time per turn.
    public var endsAt: WallTime?
    /// The group after this one, or nil for the last.
    public var nextGroup: Int?
    /// Set while the step is paused: the turn's clock stands at this moment.
    public var pausedAt: WallTime?

    public func remaining(at now: WallTime) -> Int64? { endsAt.map { $0 - (pausedAt.map { min($0, now) } ?? now) } }

    /// The turn's whole length, extensions included (the plan's time per turn without them).
    public var length: Int64? { endsAt.map { $0 - startedAt } }
}

public enum Relay {
    /// The speaking order: groups 1…N.
    public static func queue(_ step: Step, plan: Plan) -> [Int] {
        let count = plan.groupCount(of: step)
        return count > 0 ? Array(1...count) : []
    }

    public static func turnLength(_ step: Step) -> Int64? {
        step.minutesPerTurn.map { Int64(PlanLimits.bounded($0, PlanLimits.minutes)) * 60_000 }
    }

    /// Who speaks at `now`, or nil before the first hand-over and after the last turn.
    public static func current(_ step: Step, state: SessionState, plan: Plan, at now: WallTime) -> RelayTurn? {
        guard step.kind == .vattentrappa, let position = state.board.turns[step.id], position.index >= 0 else {
            return nil
        }
        let queue = queue(step, plan: plan)
        var index = position.index
        var since = position.since
        let length = turnLength(step)
        // Only the turn the position holds can have been given more time (+1, +5).
        var extended = position.extended ?? 0
        let clock = position.effectiveNow(now)
        if step.autoAdvance, let length, length > 0, clock - since >= length + extended {
            let passed = 1 + Int((clock - since - length - extended) / length)
            index += passed
            since = since + extended + Int64(passed) * length
            extended = 0
        }
        guard index < queue.count else { return nil }
        return RelayTurn(
            index: index, group: queue[index], startedAt: since, endsAt: length.map { since + $0 + extended },
            nextGroup: index + 1 < queue.count ? queue[index + 1] : nil, pausedAt: position.pausedAt)
    }

    /// The speaking group's turn `seconds` longer (shorter when negative): the timekeeper's and the
    /// console's +1, +5 and −1 on a vattentrappa, whose one clock is the turn.
    public static func extendTurn(
        of step: Step, by seconds: Int, state: SessionState, plan: Plan, at now: WallTime
    ) throws(Refusal) -> Change {
        guard let turn = current(step, state: state, plan: plan, at: now) else { throw .noTurnSpeaking(step.id) }
        return .turnExtended(step: step.id, turn: turn.index, seconds: seconds)
    }

    /// The queue position the facilitator's hand-over key passes the word to: the first group
    /// before the relay starts (or after it ended), the next group during it, -1 after the last.
    public static func nextIndex(_ step: Step, state: SessionState, plan: Plan, at now: WallTime) -> Int {
        let count = queue(step, plan: plan).count
        if let turn = current(step, state: state, plan: plan, at: now) {
            return turn.index + 1 < count ? turn.index + 1 : -1
        }
        guard let position = state.board.turns[step.id], position.index >= 0 else { return 0 }
        return -1  // an automatic relay ran past its last turn: close it
    }

    /// Milliseconds until the relay looks different (the next second of the turn's countdown).
    public static func nextChange(_ step: Step, state: SessionState, plan: Plan, at now: WallTime) -> Int64? {
        guard let turn = current(step, state: state, plan: plan, at: now), turn.endsAt != nil, turn.pausedAt == nil
        else { return nil }
        let elapsed = now - turn.startedAt
        return 1000 - ((elapsed % 1000) + 1000) % 1000
    }
}
