import LagomCore

/// The day on the projector before it starts and between steps: the room's clock, where the day
/// is (ahead or behind the plan), what comes next, and the day's steps with their times. Reusable
/// by any view of an agenda for the room (a meeting's agenda can draw its own list the same way).
public struct RoomAgenda {
    public init() {}

    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        guard !rect.isEmpty else { return }
        let theme = context.theme
        let schedule = Schedule(plan: context.plan, state: context.state)
        let day = currentDay(context)
        var flow = Flow(rect)
        defer { flow.finish(into: &grid, theme: theme, language: context.language) }

        // On the room's screen (40 rows or more) the day's title is big too, on up to two lines.
        if rect.height >= 40,
            let title = BigText.lines(context.plan.title, maxWidth: rect.width, maxHeight: rect.height / 6)
        {
            for (i, picture) in title.enumerated() {
                if i > 0 { flow.skip() }
                flow.picture(picture, role: .title, into: &grid, theme: theme)
            }
        } else {
            flow.paragraph(context.plan.title, role: .title, alignment: .center, into: &grid, theme: theme)
        }
        if context.plan.days.indices.contains(day - 1) {
            flow.paragraph(context.plan.days[day - 1].title, role: .dim, alignment: .center, into: &grid, theme: theme)
        }
        flow.gap()
        // The room's clock, big when there is room: the one thing everyone looks up for.
        let clock = context.clock(TimeOfDay.clock(of: context.now, utcOffsetSeconds: context.utcOffsetSeconds))
        flow.big(clock, maxHeight: max(1, rect.height / 4), role: .normal, into: &grid, theme: theme)
        if let delay = AgendaSidebar(selection: nil).delayLine(schedule, context) {
            flow.paragraph(delay.text, role: delay.role, alignment: .center, into: &grid, theme: theme)
        }
        flow.gap()
        if let next = nextStep(schedule, context) {
            let time = next.plannedStart.map { context.clock($0) + " " } ?? ""
            flow.paragraph(
                context.text(NoteStrings.next) + ": " + time + next.step.numberedTitle, role: .accent, into: &grid,
                theme: theme
            )
            flow.gap()
        }
        let rows = schedule.rows(day: day)
        // A blank row between steps where the pane has twice the rows: the list reads from further away.
        let spaced = flow.remaining.height >= 2 * rows.count
        for row in rows {
            if spaced && row.index != rows.first?.index { flow.skip() }
            let current = context.state.currentStep == row.step.id
            let time = row.plannedStart.map(context.clock) ?? "     "
            let role: Role = current ? .accent : row.status == .done ? .dim : .normal
            // The time goes with the status symbol, so that a title wrapped at 80 columns (a long
            // owner list) continues under the title, not under the time.
            flow.paragraph(
                Self.item(row.step), role: role, bullet: Strings.statusSymbol(row.status) + " " + time + " ",
                into: &grid, theme: theme)
        }
    }

    /// A meeting's item as its agenda reads: "4b Savings — Ines Falk", a sub-item indented under
    /// its item; a workshop step, its title.
    static func item(_ step: Step) -> String {
        let indent = step.agenda.isSubItem ? "  " : ""
        let owners = step.owners.isEmpty ? "" : " — " + step.owners.joined(separator: ", ")
        return indent + step.numberedTitle + owners
    }

    /// The current step's day; the first day before the day starts.
    func currentDay(_ context: ScreenContext) -> Int {
        context.currentStep?.day ?? context.plan.steps.first?.day ?? 1
    }

    /// The first step not done after the current one (the first of the day before it starts).
    func nextStep(_ schedule: Schedule, _ context: ScreenContext) -> Schedule.Row? {
        let currentIndex = schedule.rows.firstIndex { $0.step.id == context.state.currentStep } ?? -1
        return schedule.rows.first { $0.index > currentIndex && $0.status != .done }
    }

    /// Whether the room sees the agenda rather than a step: before the day starts, and after a step
    /// whose slide has nothing left to show (an information step, a check-in, a break) is done.
    public static func isShown(_ context: ScreenContext) -> Bool {
        guard let step = context.currentStep else { return true }
        guard context.state.progress(step.id).status == .done else { return false }
        switch step.kind {
        case .info, .checkin, .break: return true
        case .groupwork, .vattentrappa, .brainwriting, .vote: return false
        }
    }

    /// Milliseconds until the room's clock shows the next minute.
    public static func nextChange(_ context: ScreenContext) -> Int64 {
        let ms = context.now.milliseconds + Int64(context.utcOffsetSeconds) * 1000
        return 60_000 - ((ms % 60_000) + 60_000) % 60_000
    }
}
