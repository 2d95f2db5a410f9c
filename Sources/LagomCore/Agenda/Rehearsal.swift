/// A rehearsal (or the day run on another date): the room's clock is shifted so the plan's day
/// starts now. Every pane reads the shift from the log (`clockShifted`), so every pane agrees: the
/// plan's return times, delays and countdowns to a return time work as on the day itself.
extension SessionState {
    /// Ten years either way: a plan rehearsed (or reused) long before or after its date.
    public static let maxClockShiftSeconds = 3653 * 86_400

    /// The room's offset from UTC: the time zone's, plus the rehearsal's shift.
    public func roomOffset(utcOffsetSeconds: Int) -> Int { utcOffsetSeconds + (clockShiftSeconds ?? 0) }
}

public enum Rehearsal {
    /// The shift that puts `now` on the planned start of `day` (1-based): that day's date when the
    /// plan gives one, else today; that day's first planned clock time, else the time it is now.
    /// Nil when the plan has no such day.
    public static func shift(plan: Plan, state: SessionState, day: Int, now: WallTime, utcOffsetSeconds: Int) -> Int? {
        guard plan.days.indices.contains(day - 1) else { return nil }
        let local = now.milliseconds / 1000 + Int64(utcOffsetSeconds)
        let today = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let targetDay = plan.days[day - 1].date.flatMap(Self.daysSince1970) ?? today
        let schedule = Schedule(plan: plan, state: state)
        let start = schedule.rows.first { $0.step.day == day && $0.plannedStart != nil }?.plannedStart
        let secondOfDay = start.map { Int64($0.minutesSinceMidnight) * 60 } ?? (local - today * 86_400)
        return Int(targetDay * 86_400 + secondOfDay - local)
    }

    /// `2024-12-03` as days since 1970-01-01 (proleptic Gregorian); nil when it is no such date.
    static func daysSince1970(_ iso: String) -> Int64? {
        let parts = iso.split(separator: "-").compactMap { Int64($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        // Howard Hinnant's days_from_civil.
        let m = parts[1], d = parts[2]
        let y = parts[0] - (m <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
