import LagomCore

extension SecretaryScreen {
    public func render(_ context: ScreenContext) -> Grid {
        var grid = Grid(width: context.width, height: context.height, fill: Cell(" ", style: context.theme[.normal]))
        guard context.width >= Self.minimumSize.width, context.height >= Self.minimumSize.height else {
            TooSmall.draw(into: &grid, needs: Self.minimumSize, language: context.language, theme: context.theme)
            return grid
        }
        // A long message (a store failure names the file and says why) wraps instead of being cut.
        let messageText = message.map { $0.text.text(context.language) } ?? ""
        let messageRows = max(
            1,
            min(
                Self.maximumMessageRows(height: context.height),
                TextLayout.wrap(messageText, width: context.width).count))
        let rows = grid.bounds.splitRows([.fixed(1), .fill, .fixed(messageRows), .fixed(1)])
        drawHeader(into: &grid, rows[0], context)
        if let step = writingStep(context) {
            drawWriting(step, into: &grid, rows[1], context)
        } else {
            drawWaiting(into: &grid, rows[1], context)
        }
        if let message {
            var flow = Flow(rows[2])
            flow.paragraph(messageText, role: message.role, into: &grid, theme: context.theme)
        }
        keyMap(context).drawKeys(into: &grid, footer: rows[3], showingHelp: showingHelp, context)
        return grid
    }

    /// "Grupp 2 · sekreterare — Grupparbete" on the left, the group's (or the step's) countdown on the right.
    func drawHeader(into grid: inout Grid, _ row: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var timer = ""
        var role: Role = .dim
        if let step = context.currentStep {
            let readings = TimerReading.all(for: step, in: context)
            // A group's countdown stopped with the step before (a done step started again) says
            // nothing about now: the room's countdown does.
            if let reading = readings.first(where: { $0.key.group == group && $0.phase != .stopped })
                ?? TimerReading.room(of: step, in: context)
            {
                timer = reading.line(context.language)
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
        if ClosingScreen.isShown(context) && editor.isBlank {
            ClosingScreen().draw(into: &grid, in: area.inset(left: 2, right: 2), context: context, big: false)
            return
        }
        var flow = Flow(area.inset(top: max(0, area.height / 2 - 3), left: 2, right: 2))
        flow.paragraph(
            "⏸ " + context.text(SecretaryStrings.waiting), role: .title, alignment: .center, into: &grid, theme: theme)
        flow.skip()
        if let step = context.currentStep {
            flow.paragraph(
                context.text(SecretaryStrings.now(step.title)), role: .accent, alignment: .center, into: &grid,
                theme: theme)
            let groups = context.state.groupCount(of: step, plan: context.plan)
            let why =
                step.collectsNotes ? SecretaryStrings.notInStep(group, groups: groups) : SecretaryStrings.waitingWhy
            flow.paragraph(context.text(why), role: .dim, alignment: .center, into: &grid, theme: theme)
        } else {
            flow.paragraph(
                context.text(SecretaryStrings.noStep), role: .dim, alignment: .center, into: &grid, theme: theme)
        }
        // Unsaved text waits for the step it was typed for.
        let waiting: (step: StepID?, text: String)? =
            !editor.isBlank ? (editorStep, editor.text) : setAside.last.map { ($0.step, $0.draft.text) }
        if let waiting {
            flow.skip()
            let title = waiting.step.map { stepTitle($0, context) }
            flow.paragraph(
                context.text(SecretaryStrings.draftWaiting(waiting.text, step: title)), role: .dim, into: &grid,
                theme: theme)
        }
    }

    func drawWriting(_ step: Step, into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        // Without parents the list is the group's notes as they are: only the rows that show are made.
        let indices = step.parentList == nil ? groupNoteIndices(step, context) : nil
        let sections = indices == nil ? parentSections(step, context) : nil
        let count = indices?.count ?? sections?.noteCount ?? 0
        // Prompts get up to a third of the space; the parent line, the editor and the notes the rest.
        let briefHeight = max(1, min(area.height / 3, briefLineCount(step, width: area.width, context)))
        let parentHeight = step.parentList == nil ? 0 : 1
        // The editor grows with the text, up to a few rows, so a long note is seen whole.
        let maximumRows = max(1, min(5, area.height / 4))
        let editorRows = min(maximumRows, LineEditorView(editor).rows(width: max(1, area.width - 2)).count)
        let parts = area.splitRows([.fixed(briefHeight), .fixed(parentHeight), .fixed(editorRows + 2), .fill])
        drawBrief(step, into: &grid, parts[0], context)
        if parentHeight > 0 {
            grid.put(
                TextLayout.truncate(parentLine(step, context), width: parts[1].width), x: parts[1].x, y: parts[1].y,
                style: theme[.accent], maxWidth: parts[1].width)
        }
        drawEditorBox(step, into: &grid, parts[2], context)

        var listArea = parts[3]
        // In a vattentrappa the groups continue where the last stopped: what the others said
        // shows below the group's own notes, so nobody repeats it unknowingly.
        let others = othersNoteIndices(step, context)
        if !others.isEmpty, listArea.height >= 5 {
            let split = listArea.splitRows([.fill, .fixed(min(others.count + 1, listArea.height / 2))])
            listArea = split[0]
            drawOthersNotes(step, others, into: &grid, split[1], context)
        }
        guard listArea.height >= 2 else { return }
        grid.put(
            context.text(SecretaryStrings.groupNotes(count)), x: listArea.x, y: listArea.y, style: theme[.title],
            maxWidth: listArea.width)
        let body = listArea.inset(top: 1)
        guard count > 0 else {
            grid.put(
                context.text(SecretaryStrings.noNotesYet), x: body.x + 2, y: body.y, style: theme[.dim],
                maxWidth: body.width - 2)
            return
        }
        if let indices {
            drawNoteWindow(step, indices, into: &grid, body, context)
        } else if let sections {
            drawSectionWindow(step, sections, into: &grid, body, context)
        }
    }

    /// The group's notes (`indices` into the session's notes), drawn as `drawWriting`'s list would
    /// draw them, making only the rows that show: a frame then costs the same at 2,000 notes as at 20.
    private func drawNoteWindow(
        _ step: Step, _ indices: [Int], into grid: inout Grid, _ body: Rect, _ context: ScreenContext
    ) {
        let notes = context.state.notes
        let selection = selected.flatMap { id in indices.firstIndex { notes[$0].id == id } }
        // Without a selection the newest notes stay in view.
        let current = selection == nil ? max(0, indices.count - body.height) : 0
        let window = ListView.window(selection: selection, count: indices.count, rows: body.height, current: current)
        let items = window.map { ListItem(noteRow(notes[indices[$0]], step)) }
        ListView(window: items, from: window.lowerBound, of: indices.count, selection: selection).draw(
            into: &grid, in: body, theme: context.theme)
    }

    /// A note's row in the list: its list when the step has several, ✎ while it is being edited.
    func noteRow(_ note: Note, _ step: Step) -> String {
        var text = note.text
        if step.lists.count > 1 { text = note.place.list + " · " + text }
        if note.id == editing { text = "✎ " + text }
        return text
    }

    /// "↳ Under Krav 2 av 4: Uppföljning av undernäringens ärenden": where the note being typed goes.
    func parentLine(_ step: Step, _ context: ScreenContext) -> String {
        let name = parentListName(step, context)
        let candidates = parentCandidates(step, context)
        let parent: NoteID?
        if editing != nil {
            parent = parentOfEdit(context)
            guard parent != nil else {
                return context.text(SecretaryStrings.parentOther(name, context.text(SecretaryStrings.withoutParent)))
            }
        } else {
            parent = currentParent(step, context)?.id
        }
        guard let parent else { return context.text(SecretaryStrings.parentNone(name)) }
        let text = context.state.note(parent)?.text ?? parent.rawValue
        guard let index = candidates.firstIndex(where: { $0.id == parent }) else {
            return context.text(SecretaryStrings.parentOther(name, text))
        }
        return context.text(SecretaryStrings.parentLine(name, index + 1, of: candidates.count, text))
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
        for line in groupLines(step, context) { flow.paragraph(line.text, role: line.role, into: &grid, theme: theme) }
        if let line = setAsideLine(context) { flow.paragraph(line, role: .accent, into: &grid, theme: theme) }
    }

    /// The group's item, and its members with their roles once the groups are formed (the plan's
    /// roles until then): "Grupp 2: Anton Björklid (Samtalsledare), Klara Norrby, …".
    func groupLines(_ step: Step, _ context: ScreenContext) -> [(text: String, role: Role)] {
        var lines: [(String, Role)] = []
        if let item = context.state.item(ofGroup: group, step: step) {
            lines.append((context.text(PeopleStrings.item(item.text)), .accent))
        }
        let formed = context.state.people.groups[step.id]
        if let formed, group <= formed.groups.count {
            let members = formed.groups[group - 1].map { member in
                member.role.map { "\(member.name) (\($0))" } ?? member.name
            }
            lines.append((context.text(PeopleStrings.yourGroup(group)) + " " + members.joined(separator: ", "), .dim))
        } else if !step.roles.isEmpty {
            lines.append(
                (context.text(SecretaryStrings.roles) + ": " + step.roles.map(\.name).joined(separator: ", "), .dim))
        }
        return lines
    }

    /// Rows `drawBrief` would fill at `width`, so the editor sits right under the prompts.
    func briefLineCount(_ step: Step, width: Int, _ context: ScreenContext) -> Int {
        var count = statusLine(step, context).map { TextLayout.wrap($0.text, width: width).count } ?? 0
        let bullet = step.questions.isEmpty ? 2 : 3
        for item in step.questions.isEmpty ? step.prompts : step.questions {
            count += TextLayout.wrap(item, width: max(1, width - bullet)).count
        }
        for line in groupLines(step, context) { count += TextLayout.wrap(line.text, width: width).count }
        if let line = setAsideLine(context) { count += TextLayout.wrap(line, width: width).count }
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
                let reading = TimerReading.turn(of: step, in: context)?.reading
                let over = reading?.clock.hasPrefix("+") ?? false
                let text = SecretaryStrings.speakingNow(reading?.clock, paused: reading?.phase == .paused, over: over)
                return (context.text(text), over ? .warning : .accent)
            }
            return (context.text(SecretaryStrings.listen(turn.group)), .dim)
        case .brainwriting:
            if context.state.revealed.contains(step.id) { return (context.text(SecretaryStrings.revealed), .dim) }
            let done = context.state.board.done[step.id, default: []].contains(group)
            return (
                context.text(SecretaryStrings.silent) + " "
                    + context.text(done ? SecretaryStrings.markedDone : SecretaryStrings.notDoneYet),
                done ? .ok : .dim
            )
        default:
            return nil
        }
    }

    /// ┌─ Ny lapp · Lista: Riskfaktorer ───── 12/500 ┐ around the line being typed.
    func drawEditorBox(_ step: Step, into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        var title =
            editing.map { context.text(SecretaryStrings.editing(context.state.note($0)?.text ?? "")) }
            ?? context.text(editedNoteRemoved ? SecretaryStrings.removedTitle : SecretaryStrings.newNote)
        if holdsPaste { title += " · " + context.text(SecretaryStrings.pastedLines) }
        if !step.lists.isEmpty, editing == nil {
            title += " · " + context.text(SecretaryStrings.list) + ": " + list(of: step)
        }
        let inner = Box(title: title, line: .heavy).draw(into: &grid, in: area, theme: theme)
        guard !inner.isEmpty else { return }
        let limit = step.noteCharacterLimit
        // A held paste is saved line by line: its longest line is what must fit.
        let length = holdsPaste ? LineEditor.lines(of: editor.text).map(\.count).max() ?? 0 : editor.count
        let counter = " \(length)/\(limit) "
        let over = length > limit
        let counterText = over ? " ⚠" + counter : counter
        let counterWidth = DisplayWidth.of(counterText)
        if area.width > counterWidth + 8 {
            grid.put(counterText, x: area.maxX - counterWidth - 2, y: area.y, style: theme[over ? .warning : .dim])
        }
        LineEditorView(editor).draw(into: &grid, in: inner, theme: theme)
    }
}
