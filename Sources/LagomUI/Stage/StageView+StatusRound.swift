import LagomCore

/// A status round on the stage (a check-in with `headings`): while a unit's speaker has the word,
/// the round's headings with what the minute-taker wrote under each for that speaker, so the room
/// sees its report take shape; before anyone speaks, the headings every unit reports on.
extension StageView {
    func drawStatusHeadings(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        guard step.kind == .checkin, !step.headings.isEmpty else { return }
        let theme = context.theme
        guard let speaker = context.state.people.rounds[step.id]?.current else {
            flow.paragraph(
                context.text(MinutesStrings.reportOn) + ": " + step.headings.joined(separator: " · "), role: .dim,
                into: &grid, theme: theme)
            flow.gap()
            return
        }
        let notes = context.state.minutes.records(step: step.id, kind: .note).filter { $0.entry.speaker == speaker }
        for heading in step.headings {
            let said = notes.filter { $0.entry.heading == heading }
            flow.paragraph(heading, role: said.isEmpty ? .dim : .accent, into: &grid, theme: theme)
            for note in said { flow.paragraph(note.entry.text, bullet: "•", into: &grid, theme: theme) }
        }
        // What the speaker said under no heading.
        for note in notes where note.entry.heading == nil {
            flow.paragraph(note.entry.text, bullet: "•", into: &grid, theme: theme)
        }
        flow.gap()
    }
}
