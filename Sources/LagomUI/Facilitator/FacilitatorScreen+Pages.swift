import LagomCore

/// Where the console draws the stage, and paging a slide that does not fit it: a presenter's
/// clicker sends `PgDn`/`PgUp` (or arrows), which turn the page and change the step only after
/// the last page (before the first), so no step is skipped; `n`/`b` always change the step.
extension FacilitatorScreen {
    /// The console's rows: header, agenda and stage, the projector's warning (none without one),
    /// a message too long to sit beside the countdown (none otherwise), the status line and the
    /// footer.
    static func consoleRows(_ context: ScreenContext, messageLine: Bool = false) -> [Rect] {
        let warning = ProjectorWarning.text(context) == nil ? 0 : 1
        return Rect(x: 0, y: 0, width: context.width, height: context.height).splitRows([
            .fixed(1), .fill, .fixed(warning), .fixed(messageLine ? 1 : 0), .fixed(1), .fixed(1),
        ])
    }

    /// The agenda and the stage, side by side under the header.
    static func consoleColumns(_ context: ScreenContext, messageLine: Bool = false) -> [Rect] {
        let rows = consoleRows(context, messageLine: messageLine)
        let sidebarWidth = min(40, max(22, context.width * 2 / 5))
        return rows[1].splitColumns([.fixed(sidebarWidth), .fill])
    }

    /// The stage's text inside its box on the console.
    static func consoleStage(_ context: ScreenContext, messageLine: Bool = false) -> Rect {
        Box.inner(consoleColumns(context, messageLine: messageLine)[1]).inset(left: 1, right: 1)
    }

    /// The stage in present mode: the whole screen but a margin.
    static func presentStage(_ context: ScreenContext) -> Rect {
        Rect(x: 0, y: 0, width: context.width, height: context.height).inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    /// The next (previous) page of the current step's slide, or the next (previous) step when
    /// there is none. Pages are the room's: the slide as present mode lays it out at this pane's
    /// size (big title, spaced bullets), which is what a projector of that size shows; the
    /// console, with the agenda beside it, shows the same page and what follows it.
    func turnPage(forward: Bool, _ context: ScreenContext) -> Command {
        let step = forward ? Command.agenda(.next) : Command.agenda(.back)
        // A vote's ranking pages with its own keys; a theme board is not the stage.
        guard let current = context.currentStep, current.kind != .vote, themeBoard == nil else { return step }
        let pages = StageView(step: current, presenting: true).slidePages(
            in: Self.presentStage(context), context: context)
        let shown = context.state.slideStarts[current.id] ?? 0
        let target = forward ? pages.first { $0 > shown } : pages.last { $0 < shown }
        guard let target else { return step }
        return .agenda(.turnSlide(current.id, from: target))
    }
}
