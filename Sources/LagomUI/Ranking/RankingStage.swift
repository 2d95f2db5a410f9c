import LagomCore

/// The ranking as the room sees it (projector and the facilitator's present mode): the list,
/// page and reveal the facilitator last shared. A hidden vote shows only after its reveal.
public enum RankingStage {
    /// Whether the room may see the vote's result now.
    public static func isShown(_ step: Step, in state: SessionState) -> Bool {
        guard let spec = step.vote else { return false }
        return !spec.hidden || state.revealed.contains(step.id)
    }

    public static func content(_ step: Step, _ context: ScreenContext) -> RankingContent? {
        RankingContent.make(step: step, list: context.state.rankingPosition(step.id).list, context: context)
    }

    /// Draws the shared ranking; false when there is nothing the room may see.
    @discardableResult
    public static func draw(_ step: Step, into grid: inout Grid, in rect: Rect, context: ScreenContext) -> Bool {
        guard isShown(step, in: context.state), let content = content(step, context) else { return false }
        RankingView(content: content, position: context.state.rankingPosition(step.id))
            .draw(into: &grid, in: rect, theme: context.theme, language: context.language)
        return true
    }

    /// The room's full-screen area inside a screen of the context's size.
    public static func area(_ context: ScreenContext) -> Rect {
        Rect(x: 0, y: 0, width: context.width, height: context.height).inset(top: 1, left: 2, bottom: 1, right: 2)
    }
}
