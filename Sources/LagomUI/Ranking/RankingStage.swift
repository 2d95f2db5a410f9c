import LagomCore

/// The ranking as the room sees it (projector and the facilitator's present mode): the vote's
/// title and instruction ("alla har fem röster") above the list, page and reveal the
/// facilitator last shared; with room, the vote's first two lists side by side. A hidden vote
/// shows only after its reveal.
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
        drawHeading(step, into: &grid, in: rect, context: context)
        let body = rect.inset(top: headingRows(step, rect))
        let position = context.state.rankingPosition(step.id)
        if let pair = sideBySide(step, body, position, context) {
            for (index, half) in pair {
                guard let list = RankingContent.make(step: step, list: index, context: context) else { continue }
                var shown = RankingPosition(list: index)
                shown.page = min(position.page, RankingView(content: list, position: shown).pageCount(in: half) - 1)
                RankingView(content: list, position: shown).draw(
                    into: &grid, in: half, theme: context.theme, language: context.language)
            }
            return true
        }
        RankingView(content: content, position: position)
            .draw(into: &grid, in: body, theme: context.theme, language: context.language)
        return true
    }

    /// Pages the shared view turns through: the longest of the lists on screen.
    public static func pageCount(_ step: Step, context: ScreenContext) -> Int {
        let body = area(step, context)
        let position = context.state.rankingPosition(step.id)
        if let pair = sideBySide(step, body, position, context) {
            return pair.compactMap { index, half in
                RankingContent.make(step: step, list: index, context: context).map {
                    RankingView(content: $0, position: RankingPosition(list: index)).pageCount(in: half)
                }
            }.max() ?? 1
        }
        guard let content = content(step, context) else { return 1 }
        return RankingView(content: content, position: position).pageCount(in: body)
    }

    /// The room's full-screen area for `step`'s ranking inside a screen of the context's size, below the heading.
    public static func area(_ step: Step, _ context: ScreenContext) -> Rect {
        let full = screenArea(context)
        return full.inset(top: headingRows(step, full))
    }

    /// The room's full-screen area, heading included: what `draw` is given.
    public static func screenArea(_ context: ScreenContext) -> Rect {
        Rect(x: 0, y: 0, width: context.width, height: context.height).inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    /// The step's title and the instruction, then a blank row, where the pane has room; the title in
    /// big type on a tall pane (a room's screen at 200×60), where the lists leave rows unused.
    static func headingRows(_ step: Step, _ rect: Rect) -> Int {
        guard rect.height >= 14 else { return 0 }
        guard let big = bigTitle(step, rect) else { return 3 }
        return big.reduce(0) { $0 + $1.height } + big.count - 1 + 3
    }

    /// The title in big type, on one or two lines, within a fifth of a pane of 40 rows or more.
    static func bigTitle(_ step: Step, _ rect: Rect) -> [BigPicture]? {
        guard rect.height >= 40 else { return nil }
        return BigText.lines(step.title, maxWidth: rect.width, maxHeight: rect.height / 5)
    }

    static func drawHeading(_ step: Step, into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        guard headingRows(step, rect) > 0, let spec = step.vote else { return }
        let brief = context.text(Strings.voteBrief(spec.votesPerPerson, cap: spec.maxPerItem))
        guard let big = bigTitle(step, rect) else {
            grid.put(
                TextLayout.truncate(step.title, width: rect.width), x: rect.x, y: rect.y, style: context.theme[.title],
                maxWidth: rect.width)
            grid.put(
                TextLayout.truncate(brief, width: rect.width), x: rect.x, y: rect.y + 1, style: context.theme[.accent],
                maxWidth: rect.width)
            return
        }
        var y = rect.y
        for picture in big {
            picture.draw(
                into: &grid, x: rect.x + (rect.width - picture.width) / 2, y: y, style: context.theme[.title],
                clip: rect)
            y += picture.height + 1
        }
        let shown = TextLayout.truncate(brief, width: rect.width)
        grid.put(
            shown, x: rect.x + (rect.width - DisplayWidth.of(shown)) / 2, y: y, style: context.theme[.accent],
            maxWidth: rect.width)
    }

    /// The first two lists, each in half the width, when the vote ranks two or more, each half is
    /// at least 50 columns and no reveal from the bottom is under way (it walks one list).
    static func sideBySide(
        _ step: Step, _ body: Rect, _ position: RankingPosition, _ context: ScreenContext
    ) -> [(Int, Rect)]? {
        guard let spec = step.vote, spec.ranks.count >= 2, position.fromBottom == nil, body.width >= 2 * 50 + 4 else {
            return nil
        }
        let half = (body.width - 4) / 2
        let first = min(position.list, spec.ranks.count - 2)
        return [
            (first, Rect(x: body.x, y: body.y, width: half, height: body.height)),
            (first + 1, Rect(x: body.x + half + 4, y: body.y, width: half, height: body.height)),
        ]
    }
}
