import LagomCore

/// What the other groups have said on a vattentrappa, on the secretary's own pane: one line a
/// note, newest last, and a gentle hint when the text being typed repeats one of them.
extension SecretaryScreen {
    func othersNotes(_ step: Step, _ context: ScreenContext) -> [Note] {
        guard step.kind == .vattentrappa else { return [] }
        return context.session.notes(step: step.id).filter { $0.place.group != group }
    }

    func drawOthersNotes(_ others: [Note], into grid: inout Grid, _ area: Rect, _ context: ScreenContext) {
        let theme = context.theme
        guard area.height >= 1 else { return }
        if let similar = SimilarNotes.match(editor.text, in: others) {
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
        let shown = others.suffix(body.height)
        for (row, note) in shown.enumerated() {
            let line =
                context.text(SecretaryStrings.otherNote(group: note.place.group)) + " "
                + Sanitiser.sanitiseSingleLine(note.text)
            grid.put(
                TextLayout.truncate(line, width: body.width - 2), x: body.x + 2, y: body.y + row, style: theme[.dim],
                maxWidth: body.width - 2)
        }
    }
}
