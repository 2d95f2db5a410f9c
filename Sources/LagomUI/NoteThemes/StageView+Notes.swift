import LagomCore

/// The notes part of the stage: a live wall for group work, the relay for a vattentrappa,
/// counts and done marks for unrevealed silent writing, and the theme summary once the
/// facilitator has made themes. Hidden notes (silent writing before the reveal, moderated
/// ones, merged duplicates) never reach the grid: they are filtered by `SessionState.shownNotes`.
extension StageView {
    /// A turn is short: warn in its last minute, never "critical" before it runs over.
    static let turnTimer = TimerSpec(warnPercent: 20, warnMinutes: 1, criticalMinutes: 0)

    func drawNotes(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let state = context.state
        if state.notesHiddenFromRoom(step) {
            drawSilentCounts(&flow, &grid, context)
            return
        }
        if !(state.board.themes[step.id] ?? []).isEmpty {
            flow.skip()
            ThemeSummary(step: step).draw(into: &grid, in: flow.remaining, context: context)
            flow.skip(flow.remaining.height)
            return
        }
        let shown = state.shownNoteIndices(step)
        guard !shown.isEmpty else { return }
        flow.skip()
        flow.paragraph(context.text(Strings.notesSoFar(shown.count)), role: .title, into: &grid, theme: context.theme)
        let merges = state.board.mergeCounts
        NoteWall(count: shown.count) { noteLine(state.notes[shown[$0]], merges, context) }.draw(into: &grid, in: flow.remaining, theme: context.theme, language: context.language)
        flow.skip(flow.remaining.height)
    }

    /// "G2 · Riskfaktorer · text (+1)": the group, the list when the step has several, merged duplicates.
    func noteLine(_ note: Note, _ merges: [NoteID: Int], _ context: ScreenContext) -> String {
        var parts: [String] = []
        if let group = note.place.group { parts.append(context.text(NoteStrings.groupShort(group))) }
        if step.lists.count > 1 { parts.append(note.place.list) }
        let merged = merges[note.id] ?? 0
        parts.append(note.text + (merged > 0 ? " (+\(merged))" : ""))
        return parts.joined(separator: " · ")
    }

    /// "Grupp 3: 7 lappar ✓ klar" for every group: how many, never what.
    func drawSilentCounts(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        let counts = context.state.noteCounts(step.id)
        let done = context.state.board.done[step.id, default: []]
        let groups = step.groupCount(participants: context.plan.participants.count)
        flow.skip()
        let lines = (groups > 0 ? Array(1...groups) : counts.keys.sorted()).map { g in
            context.text(NoteStrings.groupCount(g, counts[g] ?? 0, done: done.contains(g)))
        }
        NoteWall(lines: lines).draw(into: &grid, in: flow.remaining, theme: theme, language: context.language)
        flow.skip(flow.remaining.height)
    }

    /// Who speaks now and for how long, who is next, and what was already said.
    func drawRelay(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        flow.skip()
        if let turn = Relay.current(step, state: context.state, plan: context.plan, at: context.now) {
            let name = context.text(Strings.groupName(turn.group))
            // The big name only when it leaves room for what was already said.
            if presenting, flow.remaining.height >= 14 { flow.big(name, maxHeight: 5, role: .accent, into: &grid, theme: theme) }
            var line = context.text(NoteStrings.speaksNow) + ": " + name
            var role: Role = .accent
            if let left = turn.remaining(at: context.now), let length = Relay.turnLength(step) {
                let level = TimerMath.level(remaining: left, total: length, spec: Self.turnTimer)
                let urgency = Urgency(level)
                line += "  ⏱ " + TimerMath.format(remaining: left)
                if !urgency.symbol.isEmpty { line += " " + urgency.symbol + " " + context.text(Strings.level(level)) }
                role = level == .normal ? .accent : urgency.role
            }
            flow.paragraph(line, role: role, into: &grid, theme: theme)
            let next = turn.nextGroup.map { context.text(Strings.groupName($0)) } ?? context.text(NoteStrings.lastTurn)
            flow.paragraph("→ " + context.text(NoteStrings.next) + ": " + next, role: .dim, into: &grid, theme: theme)
        } else if context.state.board.turns[step.id] != nil {
            flow.paragraph(context.text(NoteStrings.relayDone), role: .dim, into: &grid, theme: theme)
        }
        let state = context.state
        let shown = state.shownNoteIndices(step)
        guard !shown.isEmpty else { return }
        if !(state.board.themes[step.id] ?? []).isEmpty {
            drawNotes(&flow, &grid, context)
            return
        }
        flow.skip()
        flow.paragraph(context.text(NoteStrings.alreadySaid(shown.count)), role: .title, into: &grid, theme: theme)
        let merges = state.board.mergeCounts
        NoteWall(count: shown.count) { noteLine(state.notes[shown[$0]], merges, context) }.draw(into: &grid, in: flow.remaining, theme: theme, language: context.language)
        flow.skip(flow.remaining.height)
    }
}
