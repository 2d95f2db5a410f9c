/// Hard stop: "the step is paused at zero". Nobody writes that pause. A running countdown
/// whose step has a hard stop and whose deadline has passed *is* paused at zero, for every
/// reader at once: views read it through `settled`, and the reducer settles it before it
/// checks or applies the next change to that countdown. So there is no race between several
/// timekeepers, no pause that goes missing when no timekeeper runs, and no extra event;
/// `+5 min` after a hard stop gives a paused 05:00, and the space bar resumes it.
extension TimerState {
    public func settled(at now: WallTime, stop: StopMode) -> TimerState {
        guard stop == .hard, case .running(let deadline) = phase, deadline <= now else { return self }
        var held = self
        held.phase = .paused(remaining: 0)
        return held
    }
}

extension TimerState {
    /// Paused with no time left under a hard stop: what the hard stop leaves. Resuming it would
    /// change nothing (a soft stop paused at zero resumes into overtime, which means something).
    public func isHeldAtZero(stop: StopMode) -> Bool {
        guard stop == .hard, case .paused(let remaining) = phase else { return false }
        return remaining <= 0
    }
}

extension Plan {
    /// How the countdowns of `step` end: the plan's choice, soft by default.
    public func stopMode(of step: StepID) -> StopMode { self.step(step)?.timer?.stop ?? .soft }
}

extension SessionState {
    /// The countdown `key` as every view sees it at `now` (hard stops settled).
    public func countdown(_ key: TimerKey, at now: WallTime, plan: Plan) -> TimerState? {
        timers[key]?.settled(at: now, stop: plan.stopMode(of: key.step))
    }

    /// Writes the settled form of `key` before a change to it is applied.
    mutating func settleTimer(_ key: TimerKey, at now: WallTime, plan: Plan) {
        if let settled = countdown(key, at: now, plan: plan), settled != timers[key] { timers[key] = settled }
    }
}

extension Change {
    /// The countdown a timer change is about, or nil for every other change.
    public var timerKey: TimerKey? {
        switch self {
        case .timerStarted(let key, _), .timerPaused(let key), .timerResumed(let key),
            .timerExtended(let key, _), .timerReset(let key), .timerStopped(let key):
            key
        default: nil
        }
    }
}
