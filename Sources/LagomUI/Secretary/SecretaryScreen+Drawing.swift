import LagomCore

extension SecretaryScreen {
    public func render(_ context: ScreenContext) -> Grid {
        var grid = Grid(width: context.width, height: context.height, fill: Cell(" ", style: context.theme[.normal]))
        guard context.width >= Self.minimumSize.width, context.height >= Self.minimumSize.height else {
            TooSmall.draw(into: &grid, needs: Self.minimumSize, language: context.language, theme: context.theme)
            return grid
        }
        let rows = grid.bounds.splitRows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        drawHeader(into: &grid, rows[0], context)
        if let step = writingStep(context) {
            drawWriting(step, into: &grid, rows[1], context)
        } else {
            drawWaiting(into: &grid, rows[1], context)
        }
        if let message {
            grid.put(message.text.text(context.language), x: 0, y: rows[2].y, style: context.theme[message.role], maxWidth: rows[2].width)
        }
        Footer(keyMap.footerEntries(context.language)).draw(into: &grid, in: rows[3], theme: context.theme)
        if showingHelp {
            HelpOverlay(keyMap: keyMap, language: context.language).draw(into: &grid, in: grid.bounds, theme: context.theme)
        }
        return grid
    }

    /// "Grupp 2 · sekreterare — Grupparbete" on the left, the group's (or the step's) countdown on the right.
    func drawHeader(into grid: inout Grid, _ row: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var timer = ""
        var role: Role = .dim
        if let step = context.currentStep {
            let readings = TimerReading.all(for: step, in: context)
            if let reading = readings.first(where: { $0.key.group == group }) ?? readings.first(where: { $0.key.group == nil }) {
                timer = "⏱ " + reading.line(context.language)
                role = reading.urgency.role
            }
        }
        let timerWidth = DisplayWidth.of(timer)
        var title = context.text(SecretaryStrings.header(group))
        if let step = context.currentStep { title += " — " + step.title }
        grid.put(title, x: row.x, y: row.y, style: theme[.title], maxWidth: max(0, row.width - timerWidth - 1))
        if !timer.isEmpty { grid.put(timer, x: row.maxX - timerWidth, y: row.y, style: theme[role]) }
    }

    func drawWaiting(into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var flow = Flow(area.inset(top: max(0, area.height / 2 - 3), left: 2, right: 2))
        flow.paragraph("⏸ " + context.text(SecretaryStrings.waiting), role: .title, alignment: .center, into: &grid, theme: theme)
        flow.skip()
        if let step = context.currentStep {
            flow.paragraph(context.text(SecretaryStrings.now(step.title)), role: .accent, alignment: .center, into: &grid, theme: theme)
            let groups = step.groupCount(participants: context.plan.participants.count)
            let why = step.collectsNotes ? SecretaryStrings.notInStep(group, groups: groups) : SecretaryStrings.waitingWhy
            flow.paragraph(context.text(why), role: .dim, alignment: .center, into: &grid, theme: theme)
        } else {
            flow.paragraph(context.text(SecretaryStrings.noStep), role: .dim, alignment: .center, into: &grid, theme: theme)
        }
        if !editor.text.isEmpty {
            flow.skip()
            flow.paragraph(context.text(SecretaryStrings.newNote) + ": " + editor.text, role: .dim, into: &grid, theme: theme)
        }
    }

    func drawWriting(_ step: Step, into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        let notes = groupNotes(step, context)
        // Prompts get up to a third of the space; the editor and the notes the rest.
        let briefHeight = max(1, min(area.height / 3, briefLineCount(step, width: area.width, context)))
        let parts = area.splitRows([.fixed(briefHeight), .fixed(3), .fill])
        drawBrief(step, into: &grid, parts[0], context)
        drawEditorBox(step, into: &grid, parts[1], context)

        let listArea = parts[2]
        guard listArea.height >= 2 else { return }
        grid.put(context.text(SecretaryStrings.groupNotes(notes.count)), x: listArea.x, y: listArea.y, style: theme[.title], maxWidth: listArea.width)
        let body = listArea.inset(top: 1)
        guard !notes.isEmpty else {
            grid.put(context.text(SecretaryStrings.noNotesYet), x: body.x + 2, y: body.y, style: theme[.dim], maxWidth: body.width - 2)
            return
        }
        let items = notes.map { note -> ListItem in
            var text = note.text
            if step.lists.count > 1 { text = note.place.list + " · " + text }
            if note.id == editing { text = "✎ " + text }
            return ListItem(text)
        }
        let selection = selected.flatMap { id in notes.firstIndex { $0.id == id } }
        // Without a selection the newest notes stay in view.
        let offset = selection == nil ? max(0, items.count - body.height) : 0
        ListView(items: items, selection: selection, offset: offset).draw(into: &grid, in: body, theme: theme)
    }

    /// The step's questions or prompts, the roles, and what kind of writing this is.
    func drawBrief(_ step: Step, into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var flow = Flow(area)
        if let status = statusLine(step, context) {
            flow.paragraph(status.text, role: status.role, into: &grid, theme: theme)
        }
        let items = step.questions.isEmpty ? step.prompts : step.questions
        for (i, item) in items.enumerated() {
            flow.paragraph(item, bullet: step.questions.isEmpty ? "•" : "\(i + 1).", into: &grid, theme: theme)
        }
        if !step.roles.isEmpty {
            let roles = step.roles.map(\.name).joined(separator: ", ")
            flow.paragraph(context.text(SecretaryStrings.roles) + ": " + roles, role: .dim, into: &grid, theme: theme)
        }
    }

    /// Rows `drawBrief` would fill at `width`, so the editor sits right under the prompts.
    func briefLineCount(_ step: Step, width: Int, _ context: ScreenContext) -> Int {
        var count = statusLine(step, context).map { TextLayout.wrap($0.text, width: width).count } ?? 0
        let bullet = step.questions.isEmpty ? 2 : 3
        for item in step.questions.isEmpty ? step.prompts : step.questions {
            count += TextLayout.wrap(item, width: max(1, width - bullet)).count
        }
        if !step.roles.isEmpty { count += TextLayout.wrap(context.text(SecretaryStrings.roles) + ": " + step.roles.map(\.name).joined(separator: ", "), width: width).count }
        return count
    }

    /// Whose turn it is in a vattentrappa; whether a silent-writing group is done.
    func statusLine(_ step: Step, _ context: ScreenContext) -> (text: String, role: Role)? {
        switch step.kind {
        case .vattentrappa:
            guard let turn = Relay.current(step, state: context.state, plan: context.plan, at: context.now) else {
                let ended = context.state.board.turns[step.id] != nil
                return (context.text(ended ? SecretaryStrings.relayEnded : SecretaryStrings.relayNotStarted), .dim)
            }
            if turn.group == group {
                let left = turn.remaining(at: context.now).map { TimerMath.format(remaining: $0) }
                return (context.text(SecretaryStrings.speakingNow(left)), .accent)
            }
            return (context.text(SecretaryStrings.listen(turn.group)), .dim)
        case .brainwriting:
            if context.state.revealed.contains(step.id) { return (context.text(SecretaryStrings.revealed), .dim) }
            let done = context.state.board.done[step.id, default: []].contains(group)
            return (context.text(SecretaryStrings.silent) + " " + context.text(done ? SecretaryStrings.markedDone : SecretaryStrings.notDoneYet),
                    done ? .ok : .dim)
        default:
            return nil
        }
    }

    /// ┌─ Ny lapp · Lista: Riskfaktorer ───── 12/500 ┐ around the line being typed.
    func drawEditorBox(_ step: Step, into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var title = editing.map { context.text(SecretaryStrings.editing($0)) } ?? context.text(SecretaryStrings.newNote)
        if !step.lists.isEmpty, editing == nil { title += " · " + context.text(SecretaryStrings.list) + ": " + list(of: step) }
        let inner = Box(title: title, line: .heavy).draw(into: &grid, in: area, theme: theme)
        guard !inner.isEmpty else { return }
        let limit = step.noteCharacterLimit
        let counter = " \(editor.count)/\(limit) "
        let over = editor.count > limit
        let counterText = over ? " ⚠" + counter : counter
        let counterWidth = DisplayWidth.of(counterText)
        if area.width > counterWidth + 8 {
            grid.put(counterText, x: area.maxX - counterWidth - 2, y: area.y, style: theme[over ? .warning : .dim])
        }
        LineEditorView(editor).draw(into: &grid, x: inner.x, y: inner.y, width: inner.width, theme: theme)
    }
}
