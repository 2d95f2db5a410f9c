import LagomCore

extension MinutesScreen {
    public func render(_ context: ScreenContext) -> Grid {
        var grid = Grid(width: context.width, height: context.height, fill: Cell(" ", style: context.theme[.normal]))
        guard context.width >= Self.minimumSize.width, context.height >= Self.minimumSize.height else {
            TooSmall.draw(into: &grid, needs: Self.minimumSize, language: context.language, theme: context.theme)
            return grid
        }
        let messageText = message.map { $0.text.text(context.language) } ?? ""
        let messageRows = max(1, min(3, TextLayout.wrap(messageText, width: context.width).count))
        let editorRows = kind == .action ? 4 : 3
        let rows = grid.bounds.splitRows([.fixed(1), .fill, .fixed(editorRows), .fixed(messageRows), .fixed(1)])
        drawHeader(into: &grid, rows[0], context)
        if let step = item(context) {
            drawItem(step, into: &grid, rows[1], context)
        } else {
            var flow = Flow(rows[1].inset(top: max(0, rows[1].height / 2 - 2), left: 2, right: 2))
            flow.paragraph(
                context.text(MinutesStrings.waiting), role: .title, alignment: .center, into: &grid,
                theme: context.theme)
            flow.paragraph(
                context.text(MinutesStrings.pickWithPage), role: .dim, alignment: .center, into: &grid,
                theme: context.theme)
        }
        drawEditor(into: &grid, rows[2], context)
        if let message {
            var flow = Flow(rows[3])
            flow.paragraph(messageText, role: message.role, into: &grid, theme: context.theme)
        }
        keyMap.drawKeys(into: &grid, footer: rows[4], showingHelp: showingHelp, context)
        return grid
    }

    /// "Protokoll — 4b Besparingar" on the left, the item's countdown on the right.
    func drawHeader(into grid: inout Grid, _ row: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var timer = ""
        var role: Role = .dim
        if let step = item(context), step.id == context.state.currentStep,
            let reading = TimerReading.all(for: step, in: context).first(where: { $0.key.group == nil })
        {
            timer = "⏱ " + reading.line(context.language)
            role = reading.urgency.role
        }
        let timerWidth = DisplayWidth.of(timer)
        var title = context.text(MinutesStrings.header)
        if let step = item(context) { title += " — " + step.numberedTitle }
        grid.put(title, x: row.x, y: row.y, style: theme[.title], maxWidth: max(0, row.width - timerWidth - 1))
        if !timer.isEmpty { grid.put(timer, x: row.maxX - timerWidth, y: row.y, style: theme[role]) }
    }

    /// The item's facts, where the meeting is when the pane writes elsewhere, a round's speaker and
    /// heading, then the item's records (the newest in view, or the selected one).
    func drawItem(_ step: Step, into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var lines: [(String, Role)] = []
        if !step.owners.isEmpty {
            lines.append((context.text(MinutesStrings.responsible) + ": " + step.owners.joined(separator: ", "), .dim))
        }
        if step.id != context.state.currentStep {
            let said =
                context.currentStep.map { MinutesStrings.meetingIsAt($0.numberedTitle) }
                ?? MinutesStrings.meetingNotStarted
            lines.append((context.text(said), .warning))
        }
        if step.kind == .checkin {
            let speaker = Self.speaker(on: step, context) ?? context.text(MinutesStrings.nobodySpeaking)
            lines.append((context.text(MinutesStrings.speaking) + ": " + speaker, .accent))
        }
        if !step.headings.isEmpty {
            let chosen = heading ?? context.text(MinutesStrings.noHeading)
            let hint = " (" + context.text(MinutesStrings.headingHint) + ")"
            lines.append((context.text(MinutesStrings.heading) + ": " + chosen + hint, .accent))
        }
        var y = area.y
        for (text, role) in lines where y < area.maxY {
            grid.put(TextLayout.truncate(text, width: area.width), x: area.x, y: y, style: theme[role])
            y += 1
        }
        let listArea = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        guard listArea.height >= 2 else { return }
        let records = records(step, context)
        grid.put(
            context.text(MinutesStrings.records(records.count)), x: listArea.x, y: listArea.y, style: theme[.title],
            maxWidth: listArea.width)
        let body = listArea.inset(top: 1)
        guard !records.isEmpty else {
            grid.put(
                context.text(MinutesStrings.noRecordsYet), x: body.x + 2, y: body.y, style: theme[.dim],
                maxWidth: body.width - 2)
            return
        }
        let items = records.map { record in
            let mark = record.id == editing ? "✎ " : ""
            return ListItem(
                mark + RecordLine.labelled(record.entry, context.language), role: RecordLine.role(record.entry.kind))
        }
        let selection = selected.flatMap { id in records.firstIndex { $0.id == id } }
        // Without a selection the newest records stay in view.
        let offset = selection.map { max(0, $0 - body.height + 1) } ?? max(0, items.count - body.height)
        ListView(items: items, selection: selection, offset: offset).draw(into: &grid, in: body, theme: theme)
    }

    /// ┏ Nytt beslut · Tab byter sort ━━━ 12/2000 ┓ around the text, and an action's owner and date.
    func drawEditor(into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var title =
            editing != nil
            ? context.text(MinutesStrings.editing(kind))
            : context.text(MinutesStrings.new(kind)) + " · " + context.text(MinutesStrings.kindHint)
        if editedRecordRemoved { title = context.text(MinutesStrings.new(kind)) }
        let inner = Box(title: title, line: .heavy).draw(into: &grid, in: area, theme: theme)
        guard !inner.isEmpty else { return }
        let counter = " \(text.count)/\(RecordEntry.textLimit) "
        let counterWidth = DisplayWidth.of(counter)
        if area.width > counterWidth + 30 {
            grid.put(counter, x: area.maxX - counterWidth - 2, y: area.y, style: theme[.dim])
        }
        drawField(
            text, active: field == .text, label: nil, into: &grid, x: inner.x, y: inner.y, width: inner.width, context)
        guard kind == .action, inner.height >= 2 else { return }
        let y = inner.y + 1
        let ownerLabel = context.text(MinutesStrings.owner) + ": "
        let dueLabel = context.text(MinutesStrings.due) + ": "
        // The date takes what it needs ("2026-03-26" and a cursor); the owner the rest.
        let dueWidth = DisplayWidth.of(dueLabel) + 12
        let ownerWidth = max(8, inner.width - dueWidth - 2)
        drawField(
            owner, active: field == .owner, label: ownerLabel, into: &grid, x: inner.x, y: y, width: ownerWidth, context
        )
        drawField(
            due, active: field == .due, label: dueLabel, into: &grid, x: inner.x + ownerWidth + 2, y: y,
            width: max(0, inner.width - ownerWidth - 2), context)
        // What the field wants, while it is empty and being typed in.
        let hint: Localized? =
            field == .owner && owner.isBlank
            ? MinutesStrings.ownerHint : field == .due && due.isBlank ? MinutesStrings.dueHint : nil
        if let hint {
            let x =
                field == .owner
                ? inner.x + DisplayWidth.of(ownerLabel) + 2 : inner.x + ownerWidth + 2 + DisplayWidth.of(dueLabel) + 2
            grid.put(context.text(hint), x: x, y: y, style: theme[.dim], maxWidth: max(0, inner.maxX - x))
        }
    }

    /// One field: its label, then its text; the cursor is drawn only in the field being typed in.
    func drawField(
        _ editor: LineEditor, active: Bool, label: String?, into grid: inout Grid, x: Int, y: Int, width: Int,
        _ context: ScreenContext
    ) {
        guard width > 0 else { return }
        let theme = context.theme
        var x = x
        var width = width
        if let label {
            let used = grid.put(label, x: x, y: y, style: theme[active ? .accent : .dim], maxWidth: width)
            x += used
            width -= used
        }
        guard width > 0 else { return }
        if active {
            LineEditorView(editor).draw(into: &grid, x: x, y: y, width: width, theme: theme)
        } else {
            grid.put(
                TextLayout.truncate(Sanitiser.sanitiseSingleLine(editor.text), width: width), x: x, y: y,
                style: theme[.normal], maxWidth: width)
        }
    }
}
