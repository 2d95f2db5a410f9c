/// The day as planned against the day as it goes: planned clock times,
/// actual minutes, and how far ahead or behind the room is.
public struct Schedule: Sendable {
    public struct Row: Equatable, Sendable {
        public var step: Step
        public var index: Int
        /// The plan's start, or the previous step's planned end.
        public var plannedStart: ClockTime?
        public var plannedMinutes: Int?
        public var status: StepStatus
        public var actualMinutes: Int?
    }

    public let rows: [Row]

    public init(plan: Plan, state: SessionState) {
        var rows: [Row] = []
        var cursor: Int?  // minutes since midnight where the next step would start
        var day = 0
        for (index, step) in plan.steps.enumerated() {
            if step.day != day {
                day = step.day
                cursor = nil
            }
            let start = step.start?.minutesSinceMidnight ?? cursor
            // A break with only a return time ("Lunch, åter 13.00") lasts until then.
            let untilReturn = step.returnAt.flatMap { back in start.map { back.minutesSinceMidnight - $0 } }.flatMap {
                $0 > 0 ? $0 : nil
            }
            let minutes =
                step.minutes.map { PlanLimits.bounded($0, PlanLimits.minutes) }
                ?? step.minutesPerTurn.map {
                    PlanLimits.bounded($0, PlanLimits.minutes) * max(1, plan.groupCount(of: step))
                }
                ?? untilReturn
            let progress = state.progress(step.id)
            rows.append(
                Row(
                    step: step, index: index, plannedStart: start.map(ClockTime.init(minutesSinceMidnight:)),
                    plannedMinutes: minutes, status: progress.status, actualMinutes: progress.actualMinutes))
            if let start, let minutes { cursor = start + minutes } else if let start { cursor = start }
        }
        self.rows = rows
    }

    public func rows(day: Int) -> [Row] { rows.filter { $0.step.day == day } }

    /// Minutes behind the plan (negative: ahead) at `now`, judged on the current step:
    /// a late start, or running past its planned end, whichever is more. Nil when the
    /// plan gives the step no clock time.
    /// A day the plan dates for another day (a rehearsal, a replay) has no delay to speak of.
    public func delayMinutes(
        current: StepID?, state: SessionState, now: WallTime, utcOffsetSeconds: Int,
        days: [Day] = []
    ) -> Int? {
        guard let current, let row = rows.first(where: { $0.step.id == current }), let start = row.plannedStart else {
            return nil
        }
        if days.indices.contains(row.step.day - 1), let date = days[row.step.day - 1].date,
            date != TimeOfDay.isoDate(of: now, utcOffsetSeconds: utcOffsetSeconds)
        {
            return nil
        }
        let nowMinute = TimeOfDay.minutes(of: now, utcOffsetSeconds: utcOffsetSeconds)
        let plannedStart = start.minutesSinceMidnight
        let plannedEnd = plannedStart + (row.plannedMinutes ?? 0)
        let progress = state.progress(current)
        switch progress.status {
        case .pending:
            return nowMinute - plannedStart
        case .active, .paused:
            let startedMinute =
                progress.firstStartedAt.map { TimeOfDay.minutes(of: $0, utcOffsetSeconds: utcOffsetSeconds) }
                ?? nowMinute
            return max(startedMinute - plannedStart, nowMinute - plannedEnd)
        case .done:
            let endMinute =
                progress.completedAt.map { TimeOfDay.minutes(of: $0, utcOffsetSeconds: utcOffsetSeconds) } ?? nowMinute
            return endMinute - plannedEnd
        }
    }
}

/// Wall time to local time of day. The UTC offset is injected (the core reads no time zone).
public enum TimeOfDay {
    public static func minutes(of time: WallTime, utcOffsetSeconds: Int) -> Int {
        let local = time.milliseconds / 1000 + Int64(utcOffsetSeconds)
        let day: Int64 = 24 * 3600
        return Int(((local % day) + day) % day / 60)
    }

    /// The local calendar date, `2024-12-03` (proleptic Gregorian, from days since 1970).
    public static func isoDate(of time: WallTime, utcOffsetSeconds: Int) -> String {
        let seconds = time.milliseconds / 1000 + Int64(utcOffsetSeconds)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    public static func clock(of time: WallTime, utcOffsetSeconds: Int) -> ClockTime {
        ClockTime(minutesSinceMidnight: minutes(of: time, utcOffsetSeconds: utcOffsetSeconds))
    }

    /// When the room is to be back. A step (not a break) with a length and a return time is an exercise
    /// and then a break until that time ("övning 15 min, sedan fika · åter 11.20"): the plan's time, always. Else
    /// the end of the running countdown (a lunch given only "åter 13.00" and then +5 is back at 13.05),
    /// else the plan's return time, else nil (a paused or unstarted countdown has no end yet). Every pane
    /// asks this one function.
    public static func backAt(step: Step, timer: TimerState?, now: WallTime, utcOffsetSeconds: Int) -> ClockTime? {
        if step.minutes != nil, step.kind != .break, let back = step.returnAt { return back }
        // Running: its deadline, even once passed (a hard stop held at zero says when the room was due).
        // Rounded up: "back at 11:20" must not be earlier than the end.
        if let timer, case .running(let deadline) = timer.phase {
            return clock(of: deadline + 59_999, utcOffsetSeconds: utcOffsetSeconds)
        }
        return step.returnAt
    }
}

extension TimeOfDay {
    /// Milliseconds from `now` to the next `time` on the room's clock today (negative once passed).
    public static func milliseconds(until time: ClockTime, from now: WallTime, utcOffsetSeconds: Int) -> Int64 {
        let day: Int64 = 86_400_000
        let localMs = ((now.milliseconds + Int64(utcOffsetSeconds) * 1000) % day + day) % day
        return Int64(time.minutesSinceMidnight) * 60_000 - localMs
    }

    /// An exercise whose countdown is over while its return time is still ahead: the room is on its
    /// break. The milliseconds left until the return time, or nil when that is not (yet) so.
    public static func breakAfterExercise(
        step: Step, timer: TimerState?, now: WallTime, utcOffsetSeconds: Int
    ) -> Int64? {
        guard step.minutes != nil, step.kind != .break, let back = step.returnAt, let timer, !timer.isStopped,
            timer.remaining(at: now, stop: step.timer?.stop ?? .soft) <= 0
        else { return nil }
        let left = milliseconds(until: back, from: now, utcOffsetSeconds: utcOffsetSeconds)
        return left > 0 ? left : nil
    }

    /// Whether a step with a length and a return time leaves room for a break between them: its running
    /// exercise ends before the return time, or (not started) its planned start plus its length does.
    public static func exerciseEndsBeforeReturn(
        step: Step, timer: TimerState?, plannedStart: ClockTime?,
        utcOffsetSeconds: Int
    ) -> Bool {
        guard let length = step.minutes, step.kind != .break, let back = step.returnAt else { return false }
        if let timer, case .running(let deadline) = timer.phase {
            return minutes(of: deadline, utcOffsetSeconds: utcOffsetSeconds) < back.minutesSinceMidnight
        }
        guard let start = plannedStart ?? step.start else { return true }
        return start.minutesSinceMidnight + length < back.minutesSinceMidnight
    }
}

extension ClockTime {
    public init(minutesSinceMidnight: Int) {
        let m = ((minutesSinceMidnight % 1440) + 1440) % 1440
        self.init(hour: m / 60, minute: m % 60)
    }
}
