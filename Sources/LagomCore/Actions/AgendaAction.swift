/// What a person asks of the agenda. `changes(in:)` turns it into the events
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

    public func changes(in session: Session) throws(Refusal) -> [Change] {
        let plan = session.plan
        let state = session.state
        guard let current = state.currentStep ?? plan.steps.first?.id else { throw .noSuchStepToMoveTo("next") }
        let enterFirst: [Change] = state.currentStep == nil ? [.stepEntered(step: current)] : []
        let status = state.progress(current).status

        switch self {
        case .start:
            return enterFirst + (try Self.starting(current, session: session))
        case .pause:
            guard status == .active else { throw .stepNotActive(current) }
            return [.stepPaused(step: current)] + Self.timers(of: current, in: state, where: \.isRunning).map { .timerPaused(timer: $0) }
        case .resume:
            guard status == .paused else { throw .stepNotPaused(current) }
            return [.stepResumed(step: current)] + Self.timers(of: current, in: state, where: \.isPaused).map { .timerResumed(timer: $0) }
        case .toggle:
            switch status {
            case .pending, .done: return try AgendaAction.start.changes(in: session)
            case .active: return try AgendaAction.pause.changes(in: session)
            case .paused: return try AgendaAction.resume.changes(in: session)
            }
        case .complete:
            return [.stepCompleted(step: current)]
        case .next:
            if state.currentStep == nil { return enterFirst }
            guard let index = plan.index(of: current), index + 1 < plan.steps.count else {
                throw .noSuchStepToMoveTo("next")
            }
            let finish: [Change] = (status == .active || status == .paused) ? [.stepCompleted(step: current)] : []
            return finish + [.stepEntered(step: plan.steps[index + 1].id)]
        case .back:
            guard let index = plan.index(of: current), index > 0, state.currentStep != nil else {
                throw .noSuchStepToMoveTo("back")
            }
            return [.stepEntered(step: plan.steps[index - 1].id)]
        case .goto(let target):
            guard plan.step(target) != nil else { throw .unknownStep(target) }
            return [.stepEntered(step: target)]
        }
    }

    /// Starting a step also starts its own countdown when the plan gives it a length.
    static func starting(_ id: StepID, session: Session) throws(Refusal) -> [Change] {
        guard let step = session.plan.step(id) else { throw .unknownStep(id) }
        var changes: [Change] = [.stepStarted(step: id)]
        let key = TimerKey(step: id)
        if let seconds = step.countdownSeconds, session.state.timers[key]?.isRunning != true {
            if let timer = session.state.timers[key], timer.isPaused {
                changes.append(.timerResumed(timer: key))
            } else {
                changes.append(.timerStarted(timer: key, seconds: seconds))
            }
        }
        return changes
    }

    static func timers(of step: StepID, in state: SessionState, where predicate: (TimerState) -> Bool) -> [TimerKey] {
        state.timers.filter { $0.key.step == step && predicate($0.value) }.map(\.key).sorted()
    }
}

extension Step {
    /// The step's own countdown: its minutes, or for a vattentrappa one turn.
    public var countdownSeconds: Int? {
        if kind == .vattentrappa, let turn = minutesPerTurn { return turn * 60 }
        return minutes.map { $0 * 60 }
    }
}
