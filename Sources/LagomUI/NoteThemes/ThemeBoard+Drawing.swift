import LagomCore

extension ThemeBoard {
    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        let theme = context.theme
        let state = context.state
        guard !rect.isEmpty else { return }
        // The step's title gives way, not the state: "(v visar)" is the key to show the summary.
        let status = " · " + context.text(NoteStrings.summaryShown(state.showsThemeSummary(step)))
        let stepTitle = context.plan.step(step)?.title ?? step.rawValue
        let room = rect.width - 6 - DisplayWidth.of(status) - DisplayWidth.of(context.text(ThemeStrings.title("")))
        let title = context.text(ThemeStrings.title(TextLayout.truncate(stepTitle, width: max(1, room)))) + status
        // A refusal says why in full (a merge across lists names both lists): up to three rows.
        let shown = message.flatMap { $0.isShown(at: context.now) ? $0.text.text(context.language) : nil }
        let messageLines = input == nil ? TextLayout.wrap(shown ?? "", width: max(1, rect.width)) : []
        let messageRows = min(3, max(1, messageLines.count))
        let parts = rect.splitRows([.fill, .fixed(messageRows), .fixed(1)])
        let inner = Box(title: title).draw(into: &grid, in: parts[0], theme: theme)
        let rows = rows(context.session)
        let merges = state.board.mergeCounts
        let selection = rows.isEmpty ? nil : min(cursor, rows.count - 1)
        // Only the rows that show are made: a step of 10,000 notes costs a screenful.
        let window = ListView.window(selection: selection, count: rows.count, rows: inner.height, current: 0)
        let items = window.map { item(for: rows[$0], rows, merges, state, context) }
        ListView(window: items, from: window.lowerBound, of: rows.count, selection: selection).draw(
            into: &grid, in: inner, theme: theme)
        if let picking {
            drawPicker(into: &grid, in: inner, choice: picking, context: context)
        }
        if let input {
            let label = context.text(ThemeStrings.inputLabel(input.purpose)) + ": "
            let width = grid.put(label, x: parts[1].x, y: parts[1].y, style: theme[.accent], maxWidth: parts[1].width)
            LineEditorView(input.editor).draw(
                into: &grid, x: parts[1].x + width, y: parts[1].y, width: parts[1].width - width, theme: theme)
        } else if let message, shown != nil {
            for (row, line) in messageLines.prefix(messageRows).enumerated() {
                grid.put(
                    line, x: parts[1].x, y: parts[1].y + row, style: theme[message.role], maxWidth: parts[1].width)
            }
        }
        ThemeBoardKeys.map.drawKeys(
            into: &grid, footer: parts[2], showingHelp: showingHelp, helpOffset: helpOffset, context)
    }

    /// "■ Organisation (3)", "  Riskfaktorer", "    [x] G2 · text (+1) ⊘ dold", "       ↳ duplicate": on a
    /// step of several lists (the focus-areas step's areas) the notes stand under their list's name,
    /// whole at 80 columns however long the name; a note names the note it hangs under ("Möten › text").
    func item(
        for row: Row, _ rows: ThemeBoardRows, _ merges: [NoteID: Int], _ state: SessionState, _ context: ScreenContext
    ) -> ListItem {
        switch row {
        case .theme(let id):
            let found = state.board.theme(id)
            let count = rows.themeCounts[id] ?? 0
            return ListItem("■ \(found?.theme.title ?? id) (\(count))", role: .title)
        case .unthemed:
            return ListItem("□ " + context.text(ThemeStrings.unthemed), role: .title)
        case .list(let name):
            return ListItem("  " + name, role: .accent)
        case .note(let id, let depth):
            guard let note = state.note(id) else { return ListItem(id.rawValue) }
            let mark = marked.contains(id) ? "[x] " : "[ ] "
            let group = note.place.group.map { "G\($0) · " } ?? ""
            let parent = note.place.parent.flatMap(state.liveNote).map { $0.text + " › " } ?? ""
            let merged = merges[id] ?? 0
            let indent = (showsLists ? "  " : "") + (depth > 0 ? "    ↳ " : "  ")
            var text =
                indent + mark + group + parent + note.text
                + (merged > 0 ? " (+\(merged))" : "")
            if state.board.hidden.contains(id) { text += "  ⊘ " + context.text(ThemeStrings.hidden) }
            return ListItem(text, role: state.board.hidden.contains(id) || depth > 0 ? .dim : .normal)
        }
    }

    func drawPicker(into grid: inout Grid, in rect: Rect, choice: Int, context: ScreenContext) {
        let themes = context.state.board.themes[step] ?? []
        let names =
            themes.enumerated().map { "\($0.offset + 1). \($0.element.title)" } + [context.text(ThemeStrings.unthemed)]
        let width = min(rect.width, max(24, (names.map(DisplayWidth.of).max() ?? 0) + 6))
        let area = rect.centered(width: width, height: min(rect.height, names.count + 2))
        grid.clear(area, style: context.theme[.normal])
        let inner = Box(title: context.text(ThemeStrings.pickTitle), line: .heavy).draw(
            into: &grid, in: area, theme: context.theme)
        ListView(items: names.map { ListItem($0) }, selection: choice).draw(
            into: &grid, in: inner, theme: context.theme)
    }
}

enum ThemeStrings {
    static func title(_ step: String) -> Localized { Localized(.notesThemes, ["step": step]) }
    static let unthemed = Localized(.notesNoTheme)
    static let hidden = Localized(.notesHidden)
    static let pickTitle = Localized(.notesIntoWhichTheme)
    static let pickANote = Localized(.notesCursorOnNote)
    static let pickATheme = Localized(.notesCursorInTheme)
    static let makeAThemeFirst = Localized(.notesMakeThemeFirst)
    static let markDuplicates = Localized(.notesMergeHowTo)
    static let nothingToSplit = Localized(.notesNotMerged)
    static func inputLabel(_ purpose: ThemeBoard.Input) -> Localized {
        switch purpose {
        case .newTheme: Localized(.notesNewTheme)
        case .rename: Localized(.notesNewName)
        case .summary: Localized(.notesSummary)
        case .editNote: Localized(.notesNoteText)
        }
    }
}
