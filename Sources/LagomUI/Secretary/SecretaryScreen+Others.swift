import LagomCore

/// What the other groups have said on a vattentrappa, on the secretary's own pane: one line a
/// note, newest last, and a gentle hint when the text being typed repeats one of them.
extension SecretaryScreen {
    /// Where the other groups' notes of the step are in the session's notes (kept and grown with
    /// the notes: `othersNoteIndices`), so a frame does not look at every note.
    func othersNoteIndices(_ step: Step, _ context: ScreenContext) -> [Int] {
        guard step.kind == .vattentrappa else { return [] }
        return context.session.othersNoteIndices(step: step.id, besides: group)
    }

    func drawOthersNotes(
        _ step: Step, _ others: [Int], into grid: inout Grid, _ area: Rect, _ context: ScreenContext
    ) {
        let theme = context.theme
        let notes = context.state.notes
        guard area.height >= 1 else { return }
        if let similar = Self.similar(to: editor.text, among: others, context.session, step: step.id, group: group) {
            let hint = context.text(
                SecretaryStrings.similar(group: similar.place.group, Sanitiser.sanitiseSingleLine(similar.text)))
            grid.put(
                TextLayout.truncate(hint, width: area.width), x: area.x, y: area.y, style: theme[.warning],
                maxWidth: area.width)
        } else {
            grid.put(
                context.text(SecretaryStrings.othersSaid(others.count)), x: area.x, y: area.y, style: theme[.title],
                maxWidth: area.width)
        }
        let body = area.inset(top: 1)
        for (row, index) in others.suffix(body.height).enumerated() {
            let note = notes[index]
            let line =
                context.text(SecretaryStrings.otherNote(group: note.place.group)) + " "
                + Sanitiser.sanitiseSingleLine(note.text)
            grid.put(
                TextLayout.truncate(line, width: body.width - 2), x: body.x + 2, y: body.y + row, style: theme[.dim],
                maxWidth: body.width - 2)
        }
    }

    /// `SimilarNotes.match` of the typed text among the others' notes, through their words' index
    /// (`SimilarNoteIndex`), kept per notes epoch and grown by the notes that came since: within an
    /// epoch the others' notes only grow at their end. A keystroke looks only at the notes that
    /// hold the typed text's rarest words, never at all of them.
    static func similar(to text: String, among others: [Int], _ session: Session, step: StepID, group: Int) -> Note? {
        let typed = SimilarNotes.words(text)
        guard typed.count >= 2 else { return nil }
        let key = SimilarKey(epoch: session.notesEpoch, step: step, group: group)
        var index = similarIndices.take(key) ?? SimilarNoteIndex()
        // More than there are: another lineage of the session (a copy that went another way).
        if index.count > others.count { index = SimilarNoteIndex() }
        let notes = session.state.notes
        for i in others[index.count...] { index.append(notes[i].text) }
        let found = index.firstMatch(words: typed)
        similarIndices.set(key, index)
        return found.map { notes[others[$0]] }
    }

    private struct SimilarKey: Hashable, Sendable {
        var epoch: UInt64
        var step: StepID
        var group: Int
    }

    /// A pane asks for one step and group; an index of 10,000 notes is about a megabyte, so only a
    /// few are kept (old epochs' are never asked for again), taken out while they grow.
    private static let similarIndices = Memo<SimilarKey, SimilarNoteIndex>(most: 4)
}
