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

    /// `SimilarNotes.match` of the typed text among the others' notes, kept per text and notes
    /// epoch: within an epoch the notes only grow, so a match found stays the first, and where none
    /// was found only the notes that came since are looked at.
    static func similar(to text: String, among others: [Int], _ session: Session, step: StepID, group: Int) -> Note? {
        guard !text.isEmpty else { return nil }
        let key = SimilarKey(epoch: session.notesEpoch, step: step, group: group, text: text)
        var found = similarFound.kept(key) ?? SimilarFound(seen: 0, match: nil)
        if found.match != nil || found.seen == others.count { return found.match }
        // Fewer than seen: another lineage of the session (a copy that went another way).
        if found.seen > others.count { found = SimilarFound(seen: 0, match: nil) }
        let notes = session.state.notes
        found.match = SimilarNotes.match(text, in: others[found.seen...].lazy.map { notes[$0] })
        found.seen = others.count
        similarFound.set(key, found)
        return found.match
    }

    private struct SimilarKey: Hashable, Sendable {
        var epoch: UInt64
        var step: StepID
        var group: Int
        var text: String
    }

    private struct SimilarFound: Sendable {
        /// How many of the others' notes were looked at.
        var seen: Int
        var match: Note?
    }

    /// A pane asks for one text at a time; old epochs' and texts' entries are dropped all at once.
    private static let similarFound = Memo<SimilarKey, SimilarFound>(most: 64)
}
