/// What the timekeeper (or anyone) asks of one countdown.
public enum TimerAction: Equatable, Sendable {
    /// Start with this many seconds, or the plan's length for the step.
    case start(seconds: Int?)
    case pause
    case resume
    /// Start, pause or resume: the timekeeper's space bar.
    case toggle
    /// Positive adds time, negative takes it off.
    case extend(seconds: Int)
    case reset
    case stop

    /// `now` must be the time the events will carry: a hard stop past its deadline is paused at
    /// zero from then on, and the reducer checks the events at that time.
    /// `utcOffsetSeconds` places `now` on the room's clock, for a step that lasts until a return time.
    public func changes(
        for key: TimerKey, in session: Session, at now: WallTime, utcOffsetSeconds: Int
    ) throws(Refusal) -> [Change] {
        guard let step = session.plan.step(key.step) else { throw .unknownStep(key.step) }
        // A vattentrappa's one clock is the speaking group's turn; a timer beside it no pane would show.
        // More time goes to the speaking group's turn.
        if step.kind == .vattentrappa {
            guard case .extend(let seconds) = self else { throw .turnsNotTimers(step.id) }
            return [try Relay.extendTurn(of: step, by: seconds, state: session.state, plan: session.plan, at: now)]
        }
        let timer = session.state.countdown(key, at: now, plan: session.plan)
        let heldAtZero = timer?.isHeldAtZero(stop: session.plan.stopMode(of: key.step)) == true
        switch self {
        case .start(let seconds):
            let roomOffset = session.state.roomOffset(utcOffsetSeconds: utcOffsetSeconds)  // a rehearsal's shift
            // A group started while the room's countdown runs ends with the room's.
            let length =
                seconds ?? session.state.roomSecondsLeft(for: key, at: now, plan: session.plan)
                ?? step.countdownSeconds(at: now, utcOffsetSeconds: roomOffset)
            guard let length else {
                if let back = step.returnAt { throw .returnTimePassed(step: step.id, back) }
                throw .noLength(step.id)
            }
            return [.timerStarted(timer: key, seconds: length)]
        case .pause, .resume:
            // A countdown held at zero is already paused, and resuming would hold it again at
            // once: say what helps instead.
            if heldAtZero { throw .timeIsUp(key) }
            if self == .pause { return [.timerPaused(timer: key)] }
            return [.timerResumed(timer: key)]
        case .toggle:
            guard let timer, !timer.isStopped else {
                return try TimerAction.start(seconds: nil).changes(
                    for: key, in: session, at: now, utcOffsetSeconds: utcOffsetSeconds)
            }
            if heldAtZero { throw .timeIsUp(key) }
            return timer.isRunning ? [.timerPaused(timer: key)] : [.timerResumed(timer: key)]
        case .extend(let seconds): return [.timerExtended(timer: key, seconds: seconds)]
        case .reset: return [.timerReset(timer: key)]
        case .stop: return [.timerStopped(timer: key)]
        }
    }
}
