import LagomCore

/// One countdown the timekeeper can show: the step's own, or a group's. Listed whether or
/// not it has been started, so the timekeeper can start it from the list.
public struct TimerTarget: Equatable, Sendable {
    public var key: TimerKey
    /// As every view sees it now (a hard stop at zero is paused), or nil before its first start.
    public var timer: TimerState?
    public var reading: TimerReading?
    /// What a start would give it now: the plan's length, or the time until the plan's return time.
    public var startSeconds: Int?
    /// A vattentrappa whose last group has spoken: its round is over, not "not started".
    public var roundOver = false
    /// The exercise is over and the room is on its break until the plan's return time: the reading
    /// counts down to that time, as on the stage.
    public var isBreakAfterExercise = false
    /// The step's own clock of a step that runs (or is paused) without a countdown: says what the
    /// console says ("▶ pågår"), not "ej startad".
    public var stepStatus: StepStatus?

    /// "Hela rummet", "Grupp 3".
    public var name: Localized { key.group.map(Strings.groupName) ?? Strings.wholeRoom }

    /// The step's own countdown first, then one per group during group work. On a vattentrappa,
    /// the speaking group's turn, the one clock the room sees (no turn yet: nothing started).
    public static func all(for step: Step, in context: ScreenContext) -> [TimerTarget] {
        if step.kind == .vattentrappa {
            guard let (turn, reading) = TimerReading.turn(of: step, in: context) else {
                let begun = context.state.board.turns[step.id] != nil
                return [
                    TimerTarget(
                        key: TimerKey(step: step.id), timer: nil, reading: nil, startSeconds: nil, roundOver: begun)
                ]
            }
            return [
                TimerTarget(
                    key: TimerKey(step: step.id, group: turn.group), timer: nil, reading: reading, startSeconds: nil)
            ]
        }
        let groups = step.kind == .groupwork ? context.state.groupCount(of: step, plan: context.plan) : 0
        let keys = [TimerKey(step: step.id)] + (0..<groups).map { TimerKey(step: step.id, group: $0 + 1) }
        let startSeconds = step.countdownSeconds(at: context.now, utcOffsetSeconds: context.utcOffsetSeconds)
        return keys.map { key in
            let timer = context.state.countdown(key, at: context.now, plan: context.plan)
            // The room's clock is the one every pane shows: once the exercise is over, the time until the return.
            let untilReturn = key.group == nil ? TimerReading.untilReturn(of: step, in: context) : nil
            var target = TimerTarget(
                key: key, timer: timer,
                reading: untilReturn
                    ?? context.state.timers[key].map {
                        TimerReading(key: key, timer: $0, step: step, now: context.now)
                    },
                // A group started now would end with the room's countdown.
                startSeconds: context.state.roomSecondsLeft(for: key, at: context.now, plan: context.plan)
                    ?? startSeconds)
            target.isBreakAfterExercise = untilReturn != nil
            if key.group == nil, target.reading == nil {
                let status = context.state.progress(step.id).status
                if status == .active || status == .paused { target.stepStatus = status }
            }
            return target
        }
    }

    /// What the big digits show: the time left, or what a start would give before the start.
    public func clock(for step: Step) -> String {
        if let reading { return reading.clock }
        if roundOver { return TimerMath.format(remaining: 0) }
        // Bounded: an unchecked plan's minutes would overflow the milliseconds.
        return startSeconds.map {
            TimerMath.format(remaining: Int64(PlanLimits.bounded($0, PlanLimits.minutes * 60)) * 1000)
        } ?? "--:--"
    }

    /// The style: the countdown's urgency, dim before the start. Normal is plain, so that in
    /// monochrome normal, warning (bold), critical (underlined) and overtime (reversed) all differ.
    public var role: Role { reading?.urgency.role ?? .dim }

    /// One short line for the list, the symbol standing in for the word: `12:34 ⚠`, `‖ 12:34`,
    /// `■ 12:34`, `30:00 väntar` (drawn dim; a dash before it read as minus thirty minutes, and the
    /// short word fits the list's 28 columns at 80×24, where "inte startad" was cut).
    public func line(for step: Step, _ language: Language) -> String {
        guard let reading else {
            if let stepStatus { return clock(for: step) + " · " + Self.words(of: stepStatus, language) }
            return clock(for: step) + " " + Strings.waiting.text(language)
        }
        if isBreakAfterExercise { return reading.clock + " · " + Strings.onBreak.text(language) }
        switch reading.phase {
        case .paused: return "‖ " + reading.clock
        case .stopped: return "■ " + reading.clock
        case .timeUp: return reading.clock + " " + Urgency.timeUpSymbol
        case .running:
            return reading.urgency.symbol.isEmpty ? reading.clock : reading.clock + " " + reading.urgency.symbol
        }
    }

    /// The symbol and word under the big digits: `⚠ snart slut`, `‖ pausad`, `▶ igång`.
    public func status(_ language: Language) -> String {
        guard let reading else {
            if let stepStatus {
                return Self.words(of: stepStatus, language) + " · " + Strings.noCountdown.text(language)
            }
            return roundOver ? "✓ " + NoteStrings.relayDone.text(language) : Strings.notStarted.text(language)
        }
        if isBreakAfterExercise { return Strings.onBreak.text(language) }
        switch reading.phase {
        case .paused: return "‖ " + Strings.paused.text(language)
        case .stopped: return "■ " + Strings.stopped.text(language)
        case .timeUp: return Urgency.timeUpSymbol + " " + Strings.timeUp.text(language)
        case .running:
            if reading.level == .normal { return "▶ " + Strings.running.text(language) }
            return reading.urgency.symbol + " " + reading.levelWord.text(language)
        }
    }

    /// "▶ pågår", as the console's title says it.
    static func words(of status: StepStatus, _ language: Language) -> String {
        Strings.statusSymbol(status).filter { $0 != " " } + " " + Strings.status(status).text(language)
    }
}
