/// A countdown stored as a deadline, never as a number that is decremented:
/// what is left is always computed from "now", so it cannot drift.
public struct TimerState: Codable, Equatable, Sendable {
    public enum Phase: Codable, Equatable, Sendable {
        /// Counting down towards a wall-clock deadline.
        case running(deadline: WallTime)
        /// Holding this much time (may be negative: paused in overtime).
        case paused(remaining: Int64)
        /// Finished or stopped; what was left when it stopped.
        case stopped(remaining: Int64)
    }

    public var phase: Phase
    /// Planned length plus every extension, in ms: the 100 % of the progress bar.
    public var total: Int64
    /// The length it was started with, in ms, for reset.
    public var planned: Int64
    public var startedAt: WallTime
    /// Paused by pausing its step (not on its own): resuming the step resumes it, and only then.
    public var heldByStep: Bool

    public init(phase: Phase, total: Int64, planned: Int64, startedAt: WallTime, heldByStep: Bool = false) {
        self.phase = phase
        self.total = total
        self.planned = planned
        self.startedAt = startedAt
        self.heldByStep = heldByStep
    }

    enum CodingKeys: String, CodingKey { case phase, total, planned, startedAt, heldByStep }

    /// `heldByStep` may be missing from a snapshot written before it existed.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        phase = try c.decode(Phase.self, forKey: .phase)
        total = try c.decode(Int64.self, forKey: .total)
        planned = try c.decode(Int64.self, forKey: .planned)
        startedAt = try c.decode(WallTime.self, forKey: .startedAt)
        heldByStep = try c.decodeIfPresent(Bool.self, forKey: .heldByStep) ?? false
    }

    /// Milliseconds left at `now`; negative in overtime. A hard stop holds at zero.
    public func remaining(at now: WallTime, stop: StopMode = .soft) -> Int64 {
        let left: Int64
        switch phase {
        case .running(let deadline): left = deadline - now
        case .paused(let remaining), .stopped(let remaining): left = remaining
        }
        return stop == .hard ? max(0, left) : left
    }

    public var isRunning: Bool {
        if case .running = phase { return true }
        return false
    }

    public var isPaused: Bool {
        if case .paused = phase { return true }
        return false
    }

    public var isStopped: Bool {
        if case .stopped = phase { return true }
        return false
    }
}

/// How urgent a countdown looks. Every level has a word and a symbol, not only a colour.
public enum TimerLevel: String, Sendable, CaseIterable {
    case normal, warning, critical, overtime
}

public enum TimerMath {
    /// The level for `remaining` ms out of `total` ms under `spec`.
    /// Warning: at `warnPercent` % of the total or `warnMinutes` left, whichever comes first,
    /// but the minutes rules only within the second half of the countdown: a one-minute turn
    /// is not in its "last minute" from its first second.
    public static func level(remaining: Int64, total: Int64, spec: TimerSpec = .standard) -> TimerLevel {
        if remaining < 0 { return .overtime }
        // Bounded (PlanLimits): a plan no check has seen must not overflow a frame.
        let critical = Int64(PlanLimits.bounded(spec.criticalMinutes, PlanLimits.minutes)) * 60_000
        if remaining <= min(critical, total / 2) { return .critical }
        let percent = Int64(PlanLimits.bounded(spec.warnPercent, 100))
        let byPercent = total / 100 * percent + total % 100 * percent / 100
        // "5 minutes left" would make a 5-minute turn warn from its first second: the minutes
        // rule never reaches further back than half the countdown.
        let byMinutes = min(Int64(PlanLimits.bounded(spec.warnMinutes, PlanLimits.minutes)) * 60_000, total / 2)
        if remaining <= max(byPercent, byMinutes) { return .warning }
        return .normal
    }

    /// Whole seconds to show for `remaining` ms: a countdown shows 00:01 until the
    /// very end (ceiling); overtime counts up from +00:00 (floor of the excess).
    public static func displaySeconds(remaining: Int64) -> Int64 {
        if remaining > 0 { return (remaining + 999) / 1000 }
        return -((-remaining) / 1000)
    }

    /// `mm:ss`, `h:mm:ss` past an hour, `+mm:ss` in overtime.
    public static func format(remaining: Int64) -> String {
        let seconds = displaySeconds(remaining: remaining)
        let overtime = remaining < 0
        let s = abs(seconds)
        let h = s / 3600, m = (s % 3600) / 60, sec = s % 60
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let body = h > 0 ? "\(h):\(two(m)):\(two(sec))" : "\(two(m)):\(two(sec))"
        return overtime ? "+" + body : body
    }

    /// Milliseconds from `now` until the displayed text of this timer changes,
    /// or nil when it will not change by itself (paused, stopped, held at zero).
    public static func nextChange(of timer: TimerState, at now: WallTime, stop: StopMode = .soft) -> Int64? {
        guard case .running(let deadline) = timer.phase else { return nil }
        let left = deadline - now
        if stop == .hard && left <= 0 { return nil }
        if left > 0 {
            let within = left % 1000
            return within == 0 ? 1000 : within
        }
        return 1000 - ((-left) % 1000)
    }

    /// A change of length for people to read: `+5 min`, `-30 s`, `+1 min 30 s`.
    public static func signedLength(seconds: Int) -> String {
        let size = seconds.magnitude  // not abs: abs(Int.min) traps
        let minutes = size / 60, rest = size % 60
        let parts = (minutes > 0 ? ["\(minutes) min"] : []) + (rest > 0 || minutes == 0 ? ["\(rest) s"] : [])
        return (seconds < 0 ? "-" : "+") + parts.joined(separator: " ")
    }

    /// Fraction of the total used, 0…1 (1 in overtime), for a progress bar.
    public static func fractionUsed(remaining: Int64, total: Int64) -> Double {
        guard total > 0 else { return 1 }
        return min(1, max(0, 1 - Double(remaining) / Double(total)))
    }
}
