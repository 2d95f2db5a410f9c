import LagomCore

/// The themes of a step the way seed 000's "Sammanfattning av vattentrappa" reads: a heading
/// per theme, in the facilitator's order, each with its notes as bullets; notes in no theme
/// last under "Övrigt". It is a `LiveWall` with a section per theme, so every note is wrapped to
/// its whole text, a theme running on into the next column repeats its heading marked "forts.",
/// and a summary longer than the pane turns its pages by itself.
public struct ThemeSummary {
    public var step: Step

    public init(step: Step) { self.step = step }

    /// The sections of the wall: each theme's shown notes, then the rest under "Övrigt".
    func wall(_ context: ScreenContext) -> LiveWall {
        let grouped = context.state.themedNotes(step)
        let merges = context.state.board.mergeCounts
        func section(_ title: String, _ notes: [Note]) -> LiveWall.Section {
            LiveWall.Section(
                heading: title,
                notes: notes.map { note in
                    let merged = merges[note.id] ?? 0
                    return LiveWall.Note(
                        text: note.text + (merged > 0 ? " (+\(merged))" : ""), label: "•", addedAt: note.addedAt)
                })
        }
        var sections = grouped.themes.map { section($0.theme.title, $0.notes) }
        if !grouped.rest.isEmpty { sections.append(section(context.text(NoteStrings.otherNotes), grouped.rest)) }
        return LiveWall(sections: sections, language: context.language)
    }

    /// The title on the first row and the wall under it; returns the wall and where it went, so
    /// the pane wakes for its next page.
    @discardableResult
    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) -> Flow.PlacedWall? {
        guard rect.height >= 2, rect.width > 4 else { return nil }
        grid.put(
            context.text(NoteStrings.summaryTitle(step.title)), x: rect.x, y: rect.y, style: context.theme[.accent],
            maxWidth: rect.width)
        let body = rect.inset(top: 1)
        let wall = wall(context)
        wall.draw(into: &grid, in: body, at: context.now, theme: context.theme)
        return Flow.PlacedWall(wall: wall, rect: body)
    }

    /// How many notes the summary holds: what a stage without room for it says it left out.
    func noteCount(_ context: ScreenContext) -> Int {
        let grouped = context.state.themedNotes(step)
        return grouped.themes.reduce(grouped.rest.count) { $0 + $1.1.count }
    }
}
