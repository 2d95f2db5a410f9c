import LagomCore

/// A countdown as one line of text: `⏱ 12:34 ⚠ snart slut`. Urgency shows as a
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

    public var clock: String { TimerMath.format(remaining: remaining) }

    /// `snart slut`, `sista minuten`, `sista 3 minuterna`, `övertid`.
    public var levelWord: Localized { Strings.level(level, criticalMinutes: criticalMinutes) }
    public var urgency: Urgency { Urgency(level) }

    /// `12:34 ⚠ snart slut`, `‖ 12:34 pausad`.
    public func line(_ language: Language) -> String {
        var parts: [String] = []
        if phase == .paused { parts.append("‖") }
        parts.append(clock)
        if phase == .timeUp { parts.append(Urgency.timeUpSymbol) } else if !urgency.symbol.isEmpty { parts.append(urgency.symbol) }
        let word: Localized? = switch phase {
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
