import LagomCore

/// A countdown as one line of text: `12:34 ⚠ snart slut`. Urgency shows as a
/// symbol and a word as well as a style, so it reads in monochrome.
public struct TimerReading: Equatable, Sendable {
    public var key: TimerKey
    public var remaining: Int64
    public var total: Int64
    public var level: TimerLevel
    public var phase: Phase
    /// From the plan: "critical" starts this many minutes before zero (the word says how many).
    public var criticalMinutes: Int

    /// `timeUp`: a hard stop held at zero, which must not read like a pause someone chose.
    public enum Phase: Equatable, Sendable { case running, paused, stopped, timeUp }

    public init(key: TimerKey, timer: TimerState, step: Step?, now: WallTime) {
        let spec = step?.timer ?? .standard
        self.key = key
        remaining = timer.remaining(at: now, stop: spec.stop)
        total = timer.total
        level = TimerMath.level(remaining: remaining, total: total, spec: spec)
        criticalMinutes = spec.criticalMinutes
        phase = timer.isRunning ? .running : timer.isPaused ? .paused : .stopped
        // A hard stop that reached zero holds there, as the plan asked.
        if spec.stop == .hard, !timer.isStopped, remaining <= 0 { phase = .timeUp }
    }

    /// A turn's countdown, which has no plan thresholds of its own (`turnSpec`: never critical).
    init(key: TimerKey, remaining: Int64, total: Int64, level: TimerLevel, phase: Phase) {
        self.key = key
        self.remaining = remaining
        self.total = total
        self.level = level
        self.phase = phase
        criticalMinutes = Self.turnSpec.criticalMinutes
    }

    /// A turn is short: warn in its last minute (never before its second half), never
    /// "critical" before it runs over. Check-in speakers and vattentrappa groups alike.
    public static let turnSpec = TimerSpec(warnPercent: 20, warnMinutes: 1, criticalMinutes: 0)

    /// The vattentrappa group that has the word, and its turn's countdown (nil without a time per
    /// turn). The turn's clock stands while the step is paused and stops when the step is done.
    public static func turn(of step: Step, in context: ScreenContext) -> (turn: RelayTurn, reading: TimerReading?)? {
        guard let turn = Relay.current(step, state: context.state, plan: context.plan, at: context.now) else {
            return nil
        }
        // The turn's own length: the plan's time per turn and what the speaking group was given.
        guard let left = turn.remaining(at: context.now), let length = turn.length else {
            return (turn, nil)
        }
        let status = context.state.progress(step.id).status
        let phase: Phase = status == .done ? .stopped : turn.pausedAt != nil ? .paused : .running
        let level = TimerMath.level(remaining: left, total: length, spec: turnSpec)
        return (
            turn,
            TimerReading(
                key: TimerKey(step: step.id, group: turn.group), remaining: left, total: length, level: level,
                phase: phase)
        )
    }

    /// The check-in speaker's countdown: `secondsPerPerson` from the hand-over.
    public static func speaker(since: WallTime, seconds: Int, now: WallTime) -> TimerReading {
        // Bounded, so an unchecked plan's 10^15 seconds cannot overflow (it trapped every frame).
        let total = Int64(PlanLimits.bounded(seconds, PlanLimits.secondsPerPerson)) * 1000
        let left = since + total - now
        return TimerReading(
            key: TimerKey(step: ""), remaining: left, total: total,
            level: TimerMath.level(remaining: left, total: total, spec: turnSpec), phase: .running)
    }

    public var clock: String { TimerMath.format(remaining: remaining) }

    /// `snart slut`, `sista minuten`, `sista 3 minuterna`, `övertid`. In its last minute a countdown
    /// is in its "last minute" whatever the plan's threshold (which may have been halved to fit).
    public var levelWord: Localized { Strings.level(level, criticalMinutes: remaining > 60_000 ? criticalMinutes : 1) }
    public var urgency: Urgency { Urgency(level) }

    /// `12:34 ⚠ snart slut`, `‖ 12:34 pausad`.
    public func line(_ language: Language) -> String {
        var parts: [String] = []
        if phase == .paused { parts.append("‖") }
        parts.append(clock)
        // In overtime the clock itself starts with "+": a second "+" would read as a sum.
        if phase == .timeUp {
            parts.append(Urgency.timeUpSymbol)
        } else if !urgency.symbol.isEmpty, urgency != .overtime {
            parts.append(urgency.symbol)
        }
        let word: Localized? =
            switch phase {
            case .paused: Strings.paused
            case .stopped: Strings.stopped
            case .timeUp: Strings.timeUp
            case .running: level == .normal ? nil : levelWord
            }
        if let word { parts.append(word.text(language)) }
        return parts.joined(separator: " ")
    }

    /// Readings of the step's countdowns, its own first, then groups in order.
    public static func all(for step: Step, in context: ScreenContext) -> [TimerReading] {
        context.state.timers.filter { $0.key.step == step.id }.sorted { $0.key < $1.key }
            .map { TimerReading(key: $0.key, timer: $0.value, step: step, now: context.now) }
    }

    /// Milliseconds until any of the step's countdowns shows a different second.
    public static func nextChange(for step: Step?, in context: ScreenContext) -> Int64? {
        guard let step else { return nil }
        let stop = step.timer?.stop ?? .soft
        return context.state.timers.filter { $0.key.step == step.id }
            .compactMap { TimerMath.nextChange(of: $0.value, at: context.now, stop: stop) }.min()
    }
}

extension TimerReading {
    /// After an exercise with a return time (`minutes: 15`, `returnAt: "11.20"`): once its own
    /// countdown is over, the time until the return, as a break's own countdown. Every pane shows
    /// this as the room's clock then, never the exercise's overtime.
    public static func untilReturn(of step: Step, in context: ScreenContext) -> TimerReading? {
        let timer = context.state.timers[TimerKey(step: step.id)]
        guard context.state.progress(step.id).status != .done,
            let left = TimeOfDay.breakAfterExercise(
                step: step, timer: timer, now: context.now, utcOffsetSeconds: context.utcOffsetSeconds)
        else { return nil }
        return TimerReading(
            key: TimerKey(step: step.id), remaining: left, total: left,
            level: TimerMath.level(remaining: left, total: left), phase: .running)
    }

    /// The room's clock of `step` as every pane shows it: the time until the return once an
    /// exercise is over, else the step's own countdown; nil before it starts.
    public static func room(of step: Step, in context: ScreenContext) -> TimerReading? {
        untilReturn(of: step, in: context)
            ?? context.state.timers[TimerKey(step: step.id)].map {
                TimerReading(key: TimerKey(step: step.id), timer: $0, step: step, now: context.now)
            }
    }
}
