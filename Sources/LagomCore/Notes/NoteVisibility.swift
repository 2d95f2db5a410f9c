/// Which notes the room may see. The projector and other groups read only these.
extension SessionState {
    /// Silent writing hides every note of the step until the facilitator reveals it.
    public func notesHiddenFromRoom(_ step: Step) -> Bool {
        step.kind == .brainwriting && !revealed.contains(step.id)
    }

    /// Notes the projector may show: live, not moderated away, not merged into another note,
    /// and none at all while the step's silent writing is unrevealed.
    public func shownNotes(_ step: Step, list: String? = nil) -> [Note] {
        shownNoteIndices(step, list: list).map { notes[$0] }
    }

    /// Where the `shownNotes` are in `notes`, oldest first, without copying them: a wall of
    /// 10,000 notes then costs one pass and the few lines that fit on screen.
    public func shownNoteIndices(_ step: Step, list: String? = nil) -> [Int] {
        guard !notesHiddenFromRoom(step) else { return [] }
        var indices: [Int] = []
        for (index, note) in notes.enumerated()
        where !note.deleted && note.place.step == step.id && (list == nil || note.place.list == list)
            && !isModeratedAway(note.id)
        {
            indices.append(index)
        }
        return indices
    }

    /// A note the facilitator took out of the room's sight on the theme board: hidden
    /// (moderation), or merged into another note as its duplicate. Such a note is neither shown
    /// on the projector nor voted on (see `votableNotes`).
    public func isModeratedAway(_ id: NoteID) -> Bool {
        board.hidden.contains(id) || board.mergedInto[id] != nil
    }

    /// The notes of a list a vote ranks: live and not moderated away, in the order they were
    /// written. What the room may see is what it votes on, and what the results show.
    public func votableNotes(_ ref: ListRef) -> [Note] {
        votableNoteIndices(ref).map { notes[$0] }
    }

    /// Where the `votableNotes` are in `notes`, oldest first, without copying them.
    public func votableNoteIndices(_ ref: ListRef) -> [Int] {
        notes.indices.filter {
            let note = notes[$0]
            return !note.deleted && note.place.step == ref.step && note.place.list == ref.list
                && !isModeratedAway(note.id)
        }
    }

    /// Live notes per group (for counts that reveal nothing but how many).
    public func noteCounts(_ step: StepID) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for note in notes(step: step) { counts[note.place.group ?? 0, default: 0] += 1 }
        return counts
    }

    /// Whether the room sees the step's theme summary: it has themes and the facilitator showed it
    /// (themes are built off the projector, as a hidden vote is counted before it is revealed).
    public func showsThemeSummary(_ step: StepID) -> Bool {
        board.themesShown.contains(step) && !(board.themes[step] ?? []).isEmpty
    }

    /// The step's notes grouped by theme, themes in the facilitator's order, then the notes in no theme.
    public func themedNotes(_ step: Step) -> (themes: [(theme: NoteTheme, notes: [Note])], rest: [Note]) {
        let shown = shownNotes(step)
        let themes = (board.themes[step.id] ?? []).map { theme in
            (theme: theme, notes: shown.filter { board.themeOf[$0.id] == theme.id })
        }
        return (themes, shown.filter { note in board.themeOf[note.id].map { board.theme($0) == nil } ?? true })
    }
}
