import LagomCore

/// What the room sees once the plan's last step is done: the day is over, big, with the
/// workshop's name and when it ended — not the last slide's "✓ Klart" or a secretary's
/// "Väntar på nästa steg", which promise a step that will not come.
public struct ClosingScreen {
    public init() {}

    /// Whether the day is over: the current step is the plan's last and it is done.
    public static func isShown(_ context: ScreenContext) -> Bool {
        guard let last = context.plan.steps.last, context.state.currentStep == last.id else { return false }
        return context.state.progress(last.id).status == .done
    }

    /// `big`: the thanks in big type where it fits (the projector, present mode); a secretary's
    /// or timekeeper's pane says it in a line.
    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext, big: Bool) {
        guard !rect.isEmpty else { return }
        let theme = context.theme
        let lines = 4 + (big ? max(3, rect.height / 3) : 1)
        var flow = Flow(rect.inset(top: max(0, (rect.height - lines) / 2)))
        defer { flow.finish(into: &grid, theme: theme, language: context.language) }
        let thanks = context.text(Localized(.closingThanks))
        if big {
            flow.big(thanks, maxHeight: max(3, rect.height / 3), role: .accent, into: &grid, theme: theme)
        } else {
            flow.paragraph(thanks, role: .accent, alignment: .center, into: &grid, theme: theme)
        }
        flow.gap()
        flow.paragraph(context.plan.title, role: .title, alignment: .center, into: &grid, theme: theme)
        let ended = context.state.progress(context.plan.steps.last?.id ?? "").completedAt.map {
            TimeOfDay.clock(of: $0, utcOffsetSeconds: context.utcOffsetSeconds)
        }
        let over = ended.map { Localized(.closingDayEnded, ["time": $0]) } ?? Localized(.closingDayOver)
        flow.paragraph(context.text(over), role: .dim, alignment: .center, into: &grid, theme: theme)
    }
}
