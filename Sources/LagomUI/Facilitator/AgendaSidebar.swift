import LagomCore

/// The day at a glance: days, steps with planned clock times and minutes, actual minutes
/// of finished steps, and how far ahead or behind the room is.
public struct AgendaSidebar {
    public var selection: Int?
    public var offset: Int

    public init(selection: Int?, offset: Int = 0) {
        self.selection = selection
        self.offset = offset
    }

    /// Draws and returns the scroll offset to keep.
    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) -> Int {
        let schedule = Schedule(plan: context.plan, state: context.state)
        var items: [ListItem] = []
        var rowOfStep: [Int: Int] = [:]
        var day = 0
        for row in schedule.rows {
            if row.step.day != day {
                day = row.step.day
                let title =
                    context.plan.days.indices.contains(day - 1)
                    ? context.plan.days[day - 1].title
                    : context.text(Strings.day(day))
                items.append(ListItem(title, role: .title))
            }
            rowOfStep[row.index] = items.count
            items.append(ListItem(line(row, context), role: role(row, context), trailing: minutes(row)))
        }
        let footer = delayLine(schedule, context)
        let listArea = rect.inset(bottom: footer == nil ? 0 : 1)
        let list = ListView(items: items, selection: selection.flatMap { rowOfStep[$0] }, offset: offset)
        let used = list.draw(into: &grid, in: listArea, theme: context.theme)
        if let footer {
            grid.put(footer.text, x: rect.x, y: rect.maxY - 1, style: context.theme[footer.role], maxWidth: rect.width)
        }
        return used
    }

    /// `▶ 10.15 Grupparbete`: status symbol, planned start, title (the minutes go to the right edge).
    func line(_ row: Schedule.Row, _ context: ScreenContext) -> String {
        let current = context.state.currentStep == row.step.id
        let symbol = current && row.status == .pending ? "•" : Strings.statusSymbol(row.status)
        let time = row.plannedStart.map(context.clock) ?? "     "
        return "\(symbol) \(time) \(row.step.numberedTitle)"
    }

    /// `30→34`: planned minutes, then the actual ones once the step is done.
    func minutes(_ row: Schedule.Row) -> String {
        var minutes = row.plannedMinutes.map { "\($0)" } ?? ""
        // A step that ran under half a minute rounds to 0: "→<1" says it ran, briefly.
        if let actual = row.actualMinutes { minutes += actual == 0 ? "→<1" : "→\(actual)" }
        return minutes
    }

    func role(_ row: Schedule.Row, _ context: ScreenContext) -> Role {
        if context.state.currentStep == row.step.id { return .accent }
        return row.status == .done ? .dim : .normal
    }

    func delayLine(_ schedule: Schedule, _ context: ScreenContext) -> (text: String, role: Role)? {
        guard
            let delay = schedule.delayMinutes(
                current: context.state.currentStep, state: context.state,
                now: context.now, utcOffsetSeconds: context.utcOffsetSeconds,
                days: context.plan.days)
        else { return nil }
        if delay > 0 { return ("⚠ " + context.text(Strings.behind(delay)), delay >= 10 ? .critical : .warning) }
        if delay < 0 { return ("✓ " + context.text(Strings.ahead(-delay)), .ok) }
        return ("✓ " + context.text(Strings.onTime), .ok)
    }
}
