/// One action on several countdowns of a step at once, as one undoable transaction: "five more
/// minutes" from the facilitator is for the whole room, the groups' countdowns too.
public enum StepTimersAction: Equatable, Sendable {
    /// Every countdown of the step not stopped.
    case extend(StepID, seconds: Int)
    /// Every countdown of the step.
    case reset(StepID)
    /// Every countdown of the step not stopped.
    case stop(StepID)
    /// Those of `timers` not running yet (the timekeeper's "start all groups"): a group with the
    /// room's time left while the room's countdown runs, so they end together; else `seconds`.
    case startIdle([TimerKey], seconds: Int)

    /// `now`: the time the events will carry (what the room's countdown has left then).
    public func changes(in session: Session, at now: WallTime) throws(Refusal) -> [Change] {
        let timers = session.state.timers
        func keys(of step: StepID, running: Bool) throws(Refusal) -> [TimerKey] {
            let keys = timers.filter { $0.key.step == step && (!running || !$0.value.isStopped) }.keys.sorted()
            guard !keys.isEmpty else { throw .timerNotStarted(TimerKey(step: step)) }
            return keys
        }
        switch self {
        case .extend(let step, let seconds):
            // A vattentrappa's one clock is the speaking group's turn.
            if let relay = session.plan.step(step), relay.kind == .vattentrappa {
                return [try Relay.extendTurn(of: relay, by: seconds, state: session.state, plan: session.plan, at: now)]
            }
            return try keys(of: step, running: true).map { .timerExtended(timer: $0, seconds: seconds) }
        case .reset(let step):
            return try keys(of: step, running: false).map { .timerReset(timer: $0) }
        case .stop(let step):
            return try keys(of: step, running: true).map { .timerStopped(timer: $0) }
        case .startIdle(let keys, let seconds):
            guard let first = keys.first else { return [] }
            let idle = keys.filter { timers[$0]?.isStopped ?? true }
            guard !idle.isEmpty else { throw .timerAlreadyRunning(first) }
            return idle.map { key in
                .timerStarted(
                    timer: key, seconds: session.state.roomSecondsLeft(for: key, at: now, plan: session.plan) ?? seconds
                )
            }
        }
    }
}
