extension SessionState {
    /// What a group's countdown starts with while the room's countdown of the same step is on: the
    /// room's time left (whole seconds, rounded up), so the group ends with the room unless it is
    /// given more. Nil for the room's own key, and when the room's countdown is not started, is
    /// stopped or has no time left (the plan's length applies then).
    public func roomSecondsLeft(for key: TimerKey, at now: WallTime, plan: Plan) -> Int? {
        guard key.group != nil, let room = countdown(TimerKey(step: key.step), at: now, plan: plan), !room.isStopped
        else { return nil }
        let left = room.remaining(at: now, stop: plan.stopMode(of: key.step))
        guard left > 0 else { return nil }
        return Int((left + 999) / 1000)
    }
}
