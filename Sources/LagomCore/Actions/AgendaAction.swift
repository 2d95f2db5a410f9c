/// What a person asks of the agenda. `changes(in:at:)` turns it into the events
/// to append, computed from the freshest state (the store calls it under its lock).
public enum AgendaAction: Equatable, Sendable {
    case start
    case pause
    case resume
    /// Start, pause or resume: the facilitator's one key.
    case toggle
    case complete
    case next
    case back
    case goto(StepID)
    /// A long slide's page: the current step shown from paragraph `from` on.
    case turnSlide(StepID, from: Int)

    /// `now` must be the time the events will carry: which countdowns are running depends on it
    /// (a hard stop past its deadline is paused at zero), and the reducer checks them at that time.
    /// `utcOffsetSeconds` places `now` on the room's clock, for a step that lasts until a return time.
    public func changes(in session: Session, at now: WallTime, utcOffsetSeconds: Int) throws(Refusal) -> [Change] {
        let plan = session.plan
        let state = session.state
        guard let current = state.currentStep ?? plan.steps.first?.id else { throw .noSuchStepToMoveTo("next") }
        let enterFirst: [Change] = state.currentStep == nil ? [.stepEntered(step: current)] : []
        let status = state.progress(current).status
        let timers = Self.countdowns(of: current, in: session, at: now)
        let stop = plan.stopMode(of: current)

        switch self {
        case .start:
            // At most one step runs: one left running elsewhere (an older log) ends as `n` ends it.
            let others: [Change] = Self.running(in: session).filter { $0 != current }.map { .stepCompleted(step: $0) }
            return enterFirst + others
                + (try Self.starting(current, session: session, at: now, utcOffsetSeconds: utcOffsetSeconds))
        case .pause:
            guard status == .active else { throw .stepNotActive(current) }
            return [.stepPaused(step: current)]
                + timers.filter { $0.value.isRunning }.map { .timerPaused(timer: $0.key) }
        case .resume:
            guard status == .paused else { throw .stepNotPaused(current) }
            // Only what the step's pause held: a group paused on its own stays paused. A countdown
            // held at zero stays there too: resuming it would only hold it again.
            return [.stepResumed(step: current)]
                + timers.filter { $0.value.isPaused && $0.value.heldByStep && !$0.value.isHeldAtZero(stop: stop) }
                .map { .timerResumed(timer: $0.key) }
        case .toggle:
            switch status {
            case .pending, .done:
                return try AgendaAction.start.changes(in: session, at: now, utcOffsetSeconds: utcOffsetSeconds)
            case .active:
                return try AgendaAction.pause.changes(in: session, at: now, utcOffsetSeconds: utcOffsetSeconds)
            case .paused:
                return try AgendaAction.resume.changes(in: session, at: now, utcOffsetSeconds: utcOffsetSeconds)
            }
        case .complete:
            return [.stepCompleted(step: current)]
        case .next:
            if state.currentStep == nil { return enterFirst }
            guard let index = plan.index(of: current), index + 1 < plan.steps.count else {
                throw .noSuchStepToMoveTo("next")
            }
            return Self.leaving(current, status) + [.stepEntered(step: plan.steps[index + 1].id)]
        case .back:
            guard let index = plan.index(of: current), index > 0, state.currentStep != nil else {
                throw .noSuchStepToMoveTo("back")
            }
            return Self.leaving(current, status) + [.stepEntered(step: plan.steps[index - 1].id)]
        case .goto(let target):
            guard plan.step(target) != nil else { throw .unknownStep(target) }
            if target == state.currentStep { throw .alreadyCurrent(target) }
            return (state.currentStep == nil ? [] : Self.leaving(current, status)) + [.stepEntered(step: target)]
        case .turnSlide(let step, let from):
            return [.slideTurned(step: step, from: from)]
        }
    }

    /// Leaving a step by any route (`n`, `b`, a jump in the agenda, `lagom step goto`) ends it when it
    /// runs or is paused, its countdowns with it: at most one step runs, and the agenda shows it done.
    static func leaving(_ step: StepID, _ status: StepStatus) -> [Change] {
        status == .active || status == .paused ? [.stepCompleted(step: step)] : []
    }

    /// The steps that run or are paused, in plan order.
    static func running(in session: Session) -> [StepID] {
        session.plan.steps.map(\.id).filter {
            let status = session.state.progress($0).status
            return status == .active || status == .paused
        }
    }

    /// Starting a step also starts its own countdown when the plan gives it a length. A vattentrappa
    /// has no countdown of its own: its first start gives group 1 the word, whose turn is the clock.
    static func starting(
        _ id: StepID, session: Session, at now: WallTime, utcOffsetSeconds: Int
    ) throws(Refusal) -> [Change] {
        guard let step = session.plan.step(id) else { throw .unknownStep(id) }
        var changes: [Change] = [.stepStarted(step: id)]
        if step.kind == .vattentrappa {
            if session.state.board.turns[id] == nil, !Relay.queue(step, plan: session.plan).isEmpty {
                changes.append(.turnPassed(step: id, turn: 0))
            }
            return changes
        }
        let key = TimerKey(step: id)
        let timer = session.state.countdown(key, at: now, plan: session.plan)
        let roomOffset = session.state.roomOffset(utcOffsetSeconds: utcOffsetSeconds)  // a rehearsal's shift
        if let seconds = step.countdownSeconds(at: now, utcOffsetSeconds: roomOffset), timer?.isRunning != true {
            if let timer, timer.isPaused {
                if !timer.isHeldAtZero(stop: session.plan.stopMode(of: id)) {
                    changes.append(.timerResumed(timer: key))
                }
            } else {
                changes.append(.timerStarted(timer: key, seconds: seconds))
            }
        }
        return changes
    }

    /// The countdowns of `step` as the reducer will see them at `now`, hard stops settled, in key order.
    static func countdowns(
        of step: StepID, in session: Session, at now: WallTime
    ) -> [(key: TimerKey, value: TimerState)] {
        session.state.timers.keys.filter { $0.step == step }.sorted().compactMap { key in
            session.state.countdown(key, at: now, plan: session.plan).map { (key, $0) }
        }
    }
}

extension Step {
    /// The longest countdown a plan or a command may ask for: a day, as the reducer allows.
    public static let maxMinutes = PlanLimits.minutes

    /// The step's own countdown: its minutes. A vattentrappa has none: each group's turn is its
    /// clock (`Relay`), and a second clock beside it would disagree with what the room sees.
    public var countdownSeconds: Int? {
        if kind == .vattentrappa { return nil }
        return minutes.map(Self.seconds)
    }

    /// The countdown a start gives the step at `now`: its own length, or for a step with only a
    /// return time ("Lunch, åter 13.00") the time until then, the deadline landing on the minute
    /// the room was told. Nil when there is neither, or the return time has passed today.
    public func countdownSeconds(at now: WallTime, utcOffsetSeconds: Int) -> Int? {
        if let own = countdownSeconds { return own }
        guard let back = returnAt else { return nil }
        let left = TimeOfDay.milliseconds(until: back, from: now, utcOffsetSeconds: utcOffsetSeconds)
        // Whole seconds, rounded down: a deadline a fraction past 13:00 would read "åter 13.01".
        return left >= 1000 ? Int(left / 1000) : nil
    }

    /// `minutes × 60`, without trapping: a plan built in code skips the validator, and a length
    /// too large to multiply becomes one the reducer refuses.
    static func seconds(minutes: Int) -> Int {
        let (seconds, overflow) = minutes.multipliedReportingOverflow(by: 60)
        return overflow ? Int.max : seconds
    }
}
