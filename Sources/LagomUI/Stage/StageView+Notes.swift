import LagomCore

extension StageView {
    /// The newest notes of a step whose notes are public (group work, vattentrappa), as
    /// many as fit, newest last — post-its going up on the wall as secretaries type them.
    /// Never used for silent writing before its reveal.
    func drawRecentNotes(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        guard step.kind != .brainwriting || context.state.revealed.contains(step.id) else { return }
        let notes = context.state.notes(step: step.id)
        let room = flow.remaining.height - 1
        guard !notes.isEmpty, room >= 2 else { return }
        flow.skip()
        func line(_ note: Note) -> String {
            (note.place.group.map { context.text(Strings.groupName($0)) + ": " } ?? "") + note.text
        }
        // Walk back from the newest until the wall is full (only those are wrapped), then draw oldest first.
        var rows = 0
        var shown: [Note] = []
        for note in notes.reversed() {
            let height = TextLayout.wrap(line(note), width: max(1, flow.remaining.width - 2)).count
            if rows + height > room { break }
            rows += height
            shown.append(note)
        }
        for note in shown.reversed() {
            flow.paragraph(line(note), role: .normal, bullet: "▪", into: &grid, theme: context.theme)
        }
    }
}
