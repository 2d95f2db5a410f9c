import LagomCore

/// The themes of a step the way seed 000's "Sammanfattning av vattentrappa" reads: a heading
/// per theme, in the facilitator's order, each with its notes as bullets; notes in no theme
/// last under "Övrigt". Columns fill top to bottom; a theme that runs on into the next
/// column repeats its heading marked "forts." as the slides did.
public struct ThemeSummary {
    public var step: Step
    public static let minimumColumnWidth = 30

    public init(step: Step) { self.step = step }

    struct Line { var text: String; var role: Role; var bullet: Bool; var heading: String }

    func lines(_ context: ScreenContext) -> [Line] {
        let grouped = context.state.themedNotes(step)
        let merges = context.state.board.mergeCounts
        var out: [Line] = []
        func add(_ title: String, _ notes: [Note]) {
            out.append(Line(text: title, role: .title, bullet: false, heading: title))
            for note in notes {
                let merged = merges[note.id] ?? 0
                out.append(
                    Line(
                        text: note.text + (merged > 0 ? " (+\(merged))" : ""), role: .normal, bullet: true,
                        heading: title))
            }
        }
        for (theme, notes) in grouped.themes { add(theme.title, notes) }
        if !grouped.rest.isEmpty { add(context.text(NoteStrings.otherNotes), grouped.rest) }
        return out
    }

    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        guard rect.height >= 2, rect.width > 4 else { return }
        let theme = context.theme
        grid.put(
            context.text(NoteStrings.summaryTitle(step.title)), x: rect.x, y: rect.y, style: theme[.accent],
            maxWidth: rect.width)
        let body = rect.inset(top: 1)
        let all = lines(context)
        let columns = max(
            1,
            min((body.width + 2) / (Self.minimumColumnWidth + 2), (all.count + body.height - 1) / max(1, body.height)))
        let width = (body.width - 2 * (columns - 1)) / columns
        var column = 0
        var y = body.y
        var index = 0
        var lastRow: (column: Int, y: Int, bullet: Bool)?
        while index < all.count, column < columns {
            let line = all[index]
            if y == body.maxY { column += 1; y = body.y; continue }
            // A column starting mid-theme repeats the heading; a heading never ends a column alone.
            if y == body.y, line.bullet, body.height > 1 {
                put(
                    Line(
                        text: line.heading + " (" + context.text(Localized(sv: "forts.", en: "cont.")) + ")",
                        role: .title, bullet: false, heading: line.heading),
                    &grid, x: body.x + column * (width + 2), y: y, width: width, theme: theme)
                y += 1
            } else if !line.bullet, y == body.maxY - 1 {
                column += 1; y = body.y; continue
            }
            put(line, &grid, x: body.x + column * (width + 2), y: y, width: width, theme: theme)
            lastRow = (column, y, line.bullet)
            y += 1
            index += 1
        }
        if index < all.count, body.width > 2 {
            // Say how many notes did not fit, over the last row of the last column (and count
            // the note that row held).
            let hidesNote = lastRow.map { $0.column == columns - 1 && $0.y == body.maxY - 1 && $0.bullet } ?? false
            let left = all[index...].filter(\.bullet).count + (hidesNote ? 1 : 0)
            let x = body.x + (columns - 1) * (width + 2)
            let marker = Strings.more(max(1, left)).text(context.language)
            grid.fill(Rect(x: x, y: body.maxY - 1, width: width, height: 1), with: Cell(" ", style: theme[.normal]))
            grid.put(
                TextLayout.truncate(marker, width: width), x: x, y: body.maxY - 1, style: theme[.dim], maxWidth: width)
        }
    }

    /// How many notes the summary holds: what a stage without room for it says it left out.
    func noteCount(_ context: ScreenContext) -> Int {
        let grouped = context.state.themedNotes(step)
        return grouped.themes.reduce(grouped.rest.count) { $0 + $1.1.count }
    }

    private func put(_ line: Line, _ grid: inout Grid, x: Int, y: Int, width: Int, theme: Theme) {
        let text = (line.bullet ? "• " : "") + line.text
        grid.put(TextLayout.truncate(text, width: width), x: x, y: y, style: theme[line.role], maxWidth: width)
    }
}
