import LagomCore

/// A break's return time and the groups' countdowns, as the stage shows them.
extension StageView {
    /// The return time, as every pane gives it (`TimeOfDay.backAt`): the end of the step's running
    /// countdown, else the plan's `returnAt`. Only for steps the room leaves and comes back from.
    func backAt(_ context: ScreenContext) -> String? {
        guard step.returnAt != nil || step.kind == .break || step.kind == .groupwork || step.kind == .brainwriting
        else { return nil }
        let timer = context.state.timers[TimerKey(step: step.id)]
        return TimeOfDay.backAt(step: step, timer: timer, now: context.now, utcOffsetSeconds: context.utcOffsetSeconds)
            .map(context.clock)
    }

    func drawGroupTimers(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let groups = TimerReading.all(for: step, in: context).filter { $0.key.group != nil }
        // A finished step's stopped clocks are no news to the room.
        guard !groups.isEmpty, !(presenting && context.state.progress(step.id).status == .done) else { return }
        // A table, as many to a row as fit: eight groups take two rows of an 80-column stage.
        let cells = groups.map { reading in
            (
                text: context.text(Strings.groupName(reading.key.group ?? 0)) + ": " + reading.line(context.language),
                role: reading.urgency.role
            )
        }
        let area = flow.remaining
        let cellWidth = (cells.map { DisplayWidth.of($0.text) }.max() ?? 0) + 3
        let perRow = max(1, min(cells.count, (area.width + 3) / max(1, cellWidth)))
        let rows = (cells.count + perRow - 1) / perRow
        let shownRows = min(rows, area.height)
        for (index, cell) in cells.enumerated() where index / perRow < shownRows {
            let x = area.x + (index % perRow) * cellWidth
            grid.put(
                cell.text, x: x, y: area.y + index / perRow, style: context.theme[cell.role],
                maxWidth: max(0, area.maxX - x))
        }
        flow.used(shownRows)
        flow.omit(cells.count - min(cells.count, shownRows * perRow))
        flow.gap()
    }
}
