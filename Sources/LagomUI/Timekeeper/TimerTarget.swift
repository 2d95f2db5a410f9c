import LagomCore

/// One countdown the timekeeper can show: the step's own, or a group's. Listed whether or
/// not it has been started, so the timekeeper can start it from the list.
public struct TimerTarget: Equatable, Sendable {
    public var key: TimerKey
    /// As every view sees it now (a hard stop at zero is paused), or nil before its first start.
    public var timer: TimerState?
    public var reading: TimerReading?

    /// "Hela rummet", "Grupp 3".
    public var name: Localized { key.group.map(Strings.groupName) ?? Strings.wholeRoom }

    /// The step's own countdown first, then one per group during group work.
    public static func all(for step: Step, in context: ScreenContext) -> [TimerTarget] {
        let groups = step.kind == .groupwork ? step.groupCount(participants: context.plan.participants.count) : 0
        let keys = [TimerKey(step: step.id)] + (0..<groups).map { TimerKey(step: step.id, group: $0 + 1) }
        return keys.map { key in
            let timer = context.state.countdown(key, at: context.now, plan: context.plan)
            return TimerTarget(key: key, timer: timer,
                               reading: context.state.timers[key].map { TimerReading(key: key, timer: $0, step: step, now: context.now) })
        }
    }

    /// What the big digits show: the time left, or the planned length before the start.
    public func clock(for step: Step) -> String {
        if let reading { return reading.clock }
        return step.countdownSeconds.map { TimerMath.format(remaining: Int64($0) * 1000) } ?? "--:--"
    }

    /// The style: the countdown's urgency; dim before the start; bold while all is well.
    public var role: Role {
        guard let reading else { return .dim }
        return reading.level == .normal ? .title : reading.urgency.role
    }

    /// `‖ 12:34 pausad`, `12:34 ⚠ snart slut`, `– 30:00` (not started): one line for the list.
    public func line(for step: Step, _ language: Language) -> String {
        guard let reading else { return "– " + clock(for: step) }  // dim, and the big pane says "ej startad"
        return reading.line(language)
    }

    /// The symbol and word under the big digits: `⚠ snart slut`, `‖ pausad`, `▶ går`.
    public func status(_ language: Language) -> String {
        guard let reading else { return "– " + Strings.notStarted.text(language) }
        switch reading.phase {
        case .paused: return "‖ " + Strings.paused.text(language)
        case .stopped: return "■ " + Strings.stopped.text(language)
        case .running:
            if reading.level == .normal { return "▶ " + Strings.running.text(language) }
            return reading.urgency.symbol + " " + Strings.level(reading.level).text(language)
        }
    }
}
