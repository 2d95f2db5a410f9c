import LagomCore

/// The full-screen ranking: a title, items by points with competition ranks (ties marked
/// "3="), points and a bar scaled to the top item, unscored items apart, big points for the
/// top three when there is room, pages with a visible "1/3", and reveal from the bottom.
public struct RankingView {
    public var content: RankingContent
    public var position: RankingPosition

    public init(content: RankingContent, position: RankingPosition) {
        self.content = content
        self.position = position
    }

    /// Pages the list takes in `rect` (the page keys of the facilitator wrap within this).
    public func pageCount(in rect: Rect) -> Int { layout(in: rect).layout.pages.count }

    /// Draws the page the position names (in reveal mode: the page of the highest place shown).
    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme, language: Language) {
        guard !rect.isEmpty else { return }
        let (layout, titleLines, body) = self.layout(in: rect, language: language)
        for (i, line) in titleLines.enumerated() {
            grid.put(line, x: rect.x, y: rect.y + i, style: theme[.title], maxWidth: rect.width)
        }
        // The list's heading stands apart from the items: a rule in the row between them, where there is one.
        if body.y > rect.y + titleLines.count {
            let length = min(rect.width, titleLines.map(DisplayWidth.of).max() ?? 0)
            grid.put(
                String(repeating: "━", count: length), x: rect.x, y: rect.y + titleLines.count, style: theme[.accent],
                maxWidth: rect.width)
        }
        guard !content.sections.allSatisfy(\.items.isEmpty) else {
            grid.put(
                VotingStrings.nothingRanked.text(language), x: body.x, y: body.y, style: theme[.dim],
                maxWidth: body.width)
            return
        }
        let shown = visibleItems()
        let page = currentPage(layout, shown: shown)
        var y = body.y
        let range = layout.pages[page]
        if let first = range.first, case .item = layout.blocks[first], let heading = layout.headings[first],
            body.height > layout.heights[first]
        {
            let continued = Localized(.voteContinued, ["heading": heading]).text(language)
            grid.put(
                TextLayout.truncate(continued, width: body.width), x: body.x, y: y, style: theme[.title],
                maxWidth: body.width)
            y += 1
        }
        for index in range {
            let height = layout.heights[index]
            drawBlock(
                layout.blocks[index], in: Rect(x: body.x, y: y, width: body.width, height: min(height, body.maxY - y)),
                layout: layout, shown: shown, grid: &grid, theme: theme, language: language)
            y += height
        }
        drawStatus(
            into: &grid, row: rect.maxY - 1, rect: rect, page: page, of: layout.pages.count, theme: theme,
            language: language)
    }

    // MARK: Layout

    private func layout(in rect: Rect, language: Language = .sv) -> (layout: RankingLayout, title: [String], body: Rect)
    {
        let wrapped = TextLayout.wrap(content.title, width: rect.width)
        let titleRows = rect.height >= 16 ? 2 : 1
        var title = Array(wrapped.prefix(titleRows))
        if wrapped.count > titleRows {
            title[titleRows - 1] = TextLayout.withEllipsis(title[titleRows - 1], width: rect.width)
        }
        let gap = rect.height >= 16 ? 1 : 0
        let top = title.count + gap
        // The last row holds the page number and the legend.
        let body = rect.inset(top: top, bottom: 1)
        let allowBig = rect.width >= 100 && rect.height >= 30
        return (
            RankingLayout(content, width: body.width, height: body.height, allowBig: allowBig, language: language),
            title, body
        )
    }

    /// Notes whose place is shown; nil when everything is.
    private func visibleItems() -> Set<NoteID>? {
        guard let count = position.fromBottom, let list = content.list, !content.isNested else { return nil }
        return Set(list.revealed(fromBottom: count).map(\.note.id))
    }

    private func currentPage(_ layout: RankingLayout, shown: Set<NoteID>?) -> Int {
        guard let shown else { return min(max(0, position.page), layout.pages.count - 1) }
        // Follow the reveal: the page of the highest place shown, the last page before any.
        let first = layout.blocks.firstIndex {
            if case .item(let item, _, _) = $0 { return item.rank != nil && shown.contains(item.note.id) }
            return false
        }
        return first.map(layout.page(of:)) ?? layout.pages.count - 1
    }

    // MARK: Drawing

    private func drawBlock(
        _ block: RankingLayout.Block, in rect: Rect, layout: RankingLayout, shown: Set<NoteID>?,
        grid: inout Grid, theme: Theme, language: Language
    ) {
        switch block {
        case .gap: break
        case .heading(let text):
            paragraph(text, in: rect, role: .title, grid: &grid, theme: theme)
        case .context(let text):
            paragraph(text, in: rect, role: .dim, grid: &grid, theme: theme)
        case .unscoredHeading:
            grid.put(
                VotingStrings.notScored.text(language), x: rect.x, y: rect.y, style: theme[.dim], maxWidth: rect.width)
        case .item(let item, let tied, let big):
            let hidden = item.rank != nil && shown.map { !$0.contains(item.note.id) } ?? false
            drawItem(
                item, tied: tied, big: big, hidden: hidden, in: rect, columns: layout.columns, grid: &grid,
                theme: theme, language: language)
        }
    }

    private func paragraph(_ text: String, in rect: Rect, role: Role, grid: inout Grid, theme: Theme) {
        let lines = TextLayout.wrap(text, width: rect.width)
        for (i, line) in lines.prefix(rect.height).enumerated() {
            let cut = i == rect.height - 1 && lines.count > rect.height
            grid.put(
                cut ? TextLayout.withEllipsis(line, width: rect.width) : line, x: rect.x, y: rect.y + i,
                style: theme[role], maxWidth: rect.width)
        }
    }

    private func drawItem(
        _ item: RankedItem, tied: Bool, big: Bool, hidden: Bool, in rect: Rect,
        columns: RankingLayout.Columns, grid: inout Grid, theme: Theme, language: Language
    ) {
        let rank = item.rank.map { "\($0)" + (tied ? "=" : ".") } ?? "–"
        let scored = item.points != nil
        let textRole: Role = !scored || hidden ? .dim : (big ? .title : .normal)
        grid.put(
            TextLayout.fit(rank, width: columns.rank - 1, alignment: .right), x: rect.x, y: rect.y,
            style: theme[scored ? .accent : .dim], maxWidth: columns.rank)
        let textRect = Rect(
            x: rect.x + columns.rank, y: rect.y, width: columns.text,
            height: rect.height - (columns.stacked && scored ? 1 : 0))
        if hidden {
            grid.put("· · ·", x: textRect.x, y: textRect.y, style: theme[.dim], maxWidth: textRect.width)
            return
        }
        paragraph(
            content.text(of: item, language), in: textRect,
            role: content.chosen.contains(item.note.id) ? .accent : textRole,
            grid: &grid, theme: theme)
        guard let points = item.points else { return }
        let fraction = content.topPoints > 0 ? Double(points) / Double(content.topPoints) : 0
        let label = Strings.points(points)
        if columns.stacked {
            let y = rect.maxY - 1
            Bar(fraction: fraction, label: label, labelWidth: columns.points)
                .draw(
                    into: &grid, in: Rect(x: rect.x + columns.rank, y: y, width: rect.width - columns.rank, height: 1),
                    theme: theme)
            return
        }
        let barX = textRect.maxX + 1
        let barWidth = rect.maxX - barX
        if big && columns.bigPoints > 0,
            let digits = BigText.picture(String(points), maxWidth: columns.bigPoints, maxHeight: RankingLayout.bigRows)
        {
            // The bar fills the middle rows; the points stand beside it in big digits.
            let width = barWidth - columns.bigPoints - 1
            for row in 1..<(RankingLayout.bigRows - 1) where row < rect.height {
                grid.put(
                    Bar.cells(fraction, width: width), x: barX, y: rect.y + row, style: theme[.accent], maxWidth: width)
            }
            digits.draw(into: &grid, x: rect.maxX - digits.width, y: rect.y, style: theme[.title], clip: rect)
            return
        }
        Bar(fraction: fraction, label: label, labelWidth: columns.points)
            .draw(into: &grid, in: Rect(x: barX, y: rect.y, width: barWidth, height: 1), theme: theme)
    }

    /// Bottom row: ties explained or the reveal's progress on the left, "1/3" on the right.
    private func drawStatus(
        into grid: inout Grid, row: Int, rect: Rect, page: Int, of pages: Int,
        theme: Theme, language: Language
    ) {
        var pageText = pages > 1 ? VotingStrings.page(page + 1, of: pages).text(language) : ""
        var legend = ""
        if let count = position.fromBottom, let list = content.list {
            legend = VotingStrings.revealedPlaces(min(count, list.places.count), of: list.places.count).text(language)
        } else if content.sections.contains(where: { section in
            Dictionary(grouping: section.items.compactMap(\.rank), by: { $0 }).values.contains { $0.count > 1 }
        }) {
            legend = VotingStrings.sharedPlace.text(language)
        }
        // While places are revealed the reveal decides the page: its progress wins a narrow row.
        if position.fromBottom != nil, DisplayWidth.of(legend) + DisplayWidth.of(pageText) + 1 > rect.width {
            pageText = ""
        }
        let pageWidth = DisplayWidth.of(pageText)
        grid.put(legend, x: rect.x, y: row, style: theme[.dim], maxWidth: max(0, rect.width - pageWidth - 1))
        if !pageText.isEmpty { grid.put(pageText, x: rect.maxX - pageWidth, y: row, style: theme[.accent]) }
    }
}
