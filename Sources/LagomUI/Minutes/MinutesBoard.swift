import LagomCore

/// The minutes of one item where the room sees them: what was decided, who does what by when,
/// then the notes. On the projector when the facilitator shows them (`m`), and on the console
/// below the stage, small, as the minute-taker writes.
public struct MinutesBoard {
    public var step: Step

    public init(step: Step) { self.step = step }

    /// The room's view: the item as a title, then decisions, actions and notes as lists.
    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        guard !rect.isEmpty else { return }
        let theme = context.theme
        var flow = Flow(rect)
        defer { flow.finish(into: &grid, theme: theme, language: context.language) }
        flow.paragraph(
            step.numberedTitle + " — " + context.text(MinutesStrings.header), role: .title, into: &grid, theme: theme)
        flow.gap()
        let records = context.state.minutes.records(step: step.id)
        let decisions = records.filter { $0.entry.kind == .decision }
        let actions = records.filter { $0.entry.kind == .action }
        let notes = records.filter { $0.entry.kind == .note }
        if decisions.isEmpty && actions.isEmpty {
            flow.paragraph(context.text(MinutesStrings.nothingYet), role: .dim, into: &grid, theme: theme)
            flow.gap()
        }
        for (title, group) in [
            (MinutesStrings.decisions, decisions), (MinutesStrings.actions, actions), (MinutesStrings.notes, notes),
        ] where !group.isEmpty {
            flow.paragraph(context.text(title), role: .accent, into: &grid, theme: theme)
            for record in group {
                flow.paragraph(RecordLine.body(record.entry), bullet: "•", into: &grid, theme: theme)
            }
            flow.gap()
        }
    }

    /// Rows the console gives the item's records under the stage: none without records, else a
    /// title and the newest records, at most a third of `height`.
    public static func consoleRows(_ step: Step, _ context: ScreenContext, height: Int) -> Int {
        let count = context.state.minutes.records(step: step.id).count
        guard count > 0, height >= 9 else { return 0 }
        return min(count + 1, height / 3)
    }

    /// On the console: "Protokoll (3) · på projektorn", then the newest records that fit, one a row.
    public func drawCompact(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        guard rect.height >= 2 else { return }
        let theme = context.theme
        let records = context.state.minutes.records(step: step.id)
        var title = context.text(MinutesStrings.header) + " (\(records.count))"
        if context.state.minutes.onProjector { title += " · " + context.text(MinutesStrings.shownOnProjector) }
        grid.put(title, x: rect.x, y: rect.y, style: theme[.title], maxWidth: rect.width)
        let shown = records.suffix(rect.height - 1)
        for (row, record) in shown.enumerated() {
            let line = RecordLine.labelled(record.entry, context.language)
            grid.put(
                TextLayout.truncate(line, width: rect.width), x: rect.x, y: rect.y + 1 + row,
                style: theme[RecordLine.role(record.entry.kind)], maxWidth: rect.width)
        }
    }
}
