import LagomCore

/// A slide longer than the pane pages: the facilitator's `→`/`PgDn` turns to the paragraph the
/// page cut, `←`/`PgUp` back, and every pane draws the slide from that paragraph on
/// (`SessionState.slideStarts`), so the projector turns with the console. A pane smaller than
/// the console's counts what it cannot hold ("… 3 till") as any stage does.
extension StageView {
    /// The paragraph this page of the slide starts with.
    func slideStart(_ context: ScreenContext) -> Int {
        slideFrom ?? context.state.slideStarts[step.id] ?? 0
    }

    /// Where each page of the slide starts at this size (`[0]`: it fits on one), found by laying
    /// the stage out page after page as the facilitator's pane shows it.
    public func slidePages(in rect: Rect, context: ScreenContext) -> [Int] {
        var pages = [0]
        var scratch = Grid(width: rect.maxX, height: rect.maxY)
        // A page always moves on by at least one paragraph, so this ends; the cap is for safety.
        while pages.count < 1000 {
            var page = self
            page.slideFrom = pages[pages.count - 1]
            guard let next = page.layOut(into: &scratch, in: rect, context: context).nextPage,
                next > pages[pages.count - 1]
            else { break }
            pages.append(next)
        }
        return pages
    }
}
