/// What the minute-taker wrote on a step: notes, decisions (numbered), and actions as a table with
/// who does them, by when and whether they are done.
extension WorkshopRecordBuilder {
    func minutesBlocks(_ step: Step) -> [RecordBlock] {
        let records = state.minutes.records(step: step.id)
        var blocks: [RecordBlock] = []
        let notes = records.filter { $0.entry.kind == .note }
        if !notes.isEmpty {
            blocks.append(.heading(level: 3, text: text(RecordWords.minuteNotes)))
            blocks.append(
                .bullets(
                    notes.map { record in
                        let speaker = [record.entry.speaker, record.entry.heading].compactMap { $0 }.map(clean).joined(
                            separator: ", ")
                        return (speaker.isEmpty ? [] : [.strong(speaker + ": ")]) + [
                            RecordSpan(clean(record.entry.text))
                        ]
                    }))
        }
        let decisions = records.filter { $0.entry.kind == .decision }
        if !decisions.isEmpty {
            blocks.append(.heading(level: 3, text: text(RecordWords.decisions)))
            blocks.append(.numbered(decisions.map { [RecordSpan(clean($0.entry.text))] }))
        }
        let actions = records.filter { $0.entry.kind == .action }
        if !actions.isEmpty {
            blocks.append(.heading(level: 3, text: text(RecordWords.actions)))
            blocks.append(
                .table(
                    RecordTable(
                        columns: [
                            .init(text(RecordWords.action)), .init(text(RecordWords.owner)),
                            .init(text(RecordWords.due)), .init(text(RecordWords.done)),
                        ],
                        rows: actions.map { action in
                            [
                                RecordCell(clean(action.entry.text)), RecordCell(action.entry.owner.map(clean) ?? ""),
                                RecordCell(action.entry.due.map(clean) ?? ""),
                                RecordCell(action.done ? text(RecordWords.yes) : ""),
                            ]
                        })))
        }
        return blocks
    }
}
