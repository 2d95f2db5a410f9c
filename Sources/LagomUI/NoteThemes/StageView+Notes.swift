import LagomCore

/// The notes part of the stage: a live wall for group work, the relay for a vattentrappa,
/// counts and done marks for unrevealed silent writing, and the theme summary once the
/// facilitator has shown it. Hidden notes (silent writing before the reveal, moderated
/// ones, merged duplicates) never reach the grid: they are filtered by `SessionState.shownNotes`.
extension StageView {
    /// A turn is short: warn in its last minute, never "critical" before it runs over.
    static let turnTimer = TimerReading.turnSpec

    func drawNotes(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let state = context.state
        if state.notesHiddenFromRoom(step) {
            drawSilentCounts(&flow, &grid, context)
            return
        }
        if state.showsThemeSummary(step.id) {
            drawThemes(&flow, &grid, context)
            return
        }
        let shown = context.session.shownNoteIndices(step)
        guard !shown.isEmpty else { return }
        if presenting {
            drawLiveWall(&flow, &grid, context, heading: nil, shown: shown)
            return
        }
        drawWall(&flow, &grid, context, heading: context.text(Strings.notesSoFar(shown.count)), shown: shown)
    }

    /// A heading and the notes under it, the newest first when they do not all fit; with no
    /// room for the heading and one note, the notes are counted for the flow's "… N till".
    func drawWall(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext, heading: String, shown: [Int]) {
        let state = context.state
        flow.gap()
        guard flow.remaining.height >= 2 else {
            flow.omit(shown.count)
            return
        }
        flow.paragraph(heading, role: .title, into: &grid, theme: context.theme)
        let merges = state.board.mergeCounts
        let rows = flow.remaining
        NoteWall(count: shown.count) { noteLine(state.notes[shown[$0]], merges, context) }.draw(
            into: &grid, in: rows, theme: context.theme, language: context.language)
        flow.used(min(rows.height, shown.count))
    }

    /// The theme summary in the rest of the flow; too little room for it is counted, not hidden.
    func drawThemes(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        flow.gap()
        let summary = ThemeSummary(step: step)
        guard flow.remaining.height >= 2 else {
            flow.omit(summary.noteCount(context))
            return
        }
        flow.placedWall = summary.draw(into: &grid, in: flow.remaining, context: context)
        flow.used(flow.remaining.height)
    }

    /// "G2 · Riskfaktorer · text (+1)": the group, the list when the step has several, the note it
    /// hangs under (a resource's demand: "Möten › text"), merged duplicates.
    func noteLine(_ note: Note, _ merges: [NoteID: Int], _ context: ScreenContext) -> String {
        var parts: [String] = []
        if let group = note.place.group { parts.append(context.text(NoteStrings.groupShort(group))) }
        if step.lists.count > 1 { parts.append(note.place.list) }
        if let parent = note.place.parent.flatMap(context.state.liveNote) {
            let merged = merges[note.id] ?? 0
            parts.append(parent.text + " › " + note.text + (merged > 0 ? " (+\(merged))" : ""))
            return parts.joined(separator: " · ")
        }
        let merged = merges[note.id] ?? 0
        parts.append(note.text + (merged > 0 ? " (+\(merged))" : ""))
        return parts.joined(separator: " · ")
    }

    /// "Grupp 3: 7 lappar ✓ klar" for every group: how many, never what.
    func drawSilentCounts(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        let counts = context.session.noteCounts(step.id)
        let done = context.state.board.done[step.id, default: []]
        let groups = context.state.groupCount(of: step, plan: context.plan)
        flow.gap()
        // Silent writing is personal (22 pairs wrote "Grupp 1: 0 lappar … Grupp 22"): one count.
        if step.kind == .brainwriting {
            let total = counts.values.reduce(0, +)
            flow.paragraph(
                context.text(NoteStrings.silentTotal(total, done: done.count, of: groups)), role: .dim, into: &grid,
                theme: theme)
            return
        }
        let lines = (groups > 0 ? Array(1...groups) : counts.keys.sorted()).map { g in
            context.text(NoteStrings.groupCount(g, counts[g] ?? 0, done: done.contains(g)))
        }
        guard flow.remaining.height > 0 else {
            flow.omit(lines.count)
            return
        }
        let rows = flow.remaining
        NoteWall(lines: lines, keepsNewest: false).draw(into: &grid, in: rows, theme: theme, language: context.language)
        flow.used(min(rows.height, lines.count))
    }

    /// Who speaks now and for how long, and who is next; that all have spoken once the relay ended.
    func drawRelay(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        if let (turn, reading) = TimerReading.turn(of: step, in: context) {
            let name = context.text(Strings.groupName(turn.group))
            // The big name only when it leaves room for what was already said.
            if presenting, flow.area.height >= 40 {
                flow.big(name, maxHeight: 5, role: .accent, into: &grid, theme: theme)
            }
            var line = context.text(NoteStrings.speaksNow) + ": " + name
            var role: Role = .accent
            if let reading {
                // No ⏱: terminal fonts such as DejaVu Sans Mono have no such glyph.
                line += "  " + reading.line(context.language)
                role = reading.level == .normal || reading.phase != .running ? .accent : reading.urgency.role
            }
            flow.paragraph(line, role: role, into: &grid, theme: theme)
            let next = turn.nextGroup.map { context.text(Strings.groupName($0)) } ?? context.text(NoteStrings.lastTurn)
            flow.paragraph("→ " + context.text(NoteStrings.next) + ": " + next, role: .dim, into: &grid, theme: theme)
        } else if context.state.board.turns[step.id] != nil {
            flow.gap()
            flow.paragraph(context.text(NoteStrings.relayDone), role: .dim, into: &grid, theme: theme)
        }
    }

    /// What the groups already said (or its themes, once the facilitator showed them).
    func drawSaid(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let state = context.state
        let shown = context.session.shownNoteIndices(step)
        guard !shown.isEmpty else { return }
        if state.showsThemeSummary(step.id) {
            drawThemes(&flow, &grid, context)
            return
        }
        let heading = context.text(NoteStrings.alreadySaid(shown.count))
        if presenting {
            drawLiveWall(&flow, &grid, context, heading: heading, shown: shown)
            return
        }
        drawWall(&flow, &grid, context, heading: heading, shown: shown)
    }
}
