import LagomCore

/// Moving about the pane: the item's records, the items, a round's headings, an edit and Esc.
extension MinutesScreen {
    mutating func moveSelection(up: Bool, _ context: ScreenContext) {
        guard let step = item(context) else { return }
        selected = ListSelection.moved(selected, in: records(step, context).map(\.id), up: up)
    }

    /// PgUp/PgDn: the item before or after the one written on; back on the one under way, the
    /// pane follows the meeting again.
    mutating func pickItem(forward: Bool, _ context: ScreenContext) {
        let steps = context.plan.steps
        guard !steps.isEmpty else { return }
        let index = item(context).flatMap { context.plan.index(of: $0.id) } ?? (forward ? -1 : steps.count)
        let next = steps[min(max(0, index + (forward ? 1 : -1)), steps.count - 1)]
        pinned = next.id == context.state.currentStep ? nil : next.id
        heldWhileTyping = false
        selected = nil
        if !next.headings.contains(heading ?? "") { heading = nil }
    }

    /// F3: the round's headings in turn, then none.
    mutating func nextHeading(_ context: ScreenContext) {
        guard let step = item(context), !step.headings.isEmpty else {
            message = StatusMessage(MinutesStrings.noHeadings, role: .warning)
            return
        }
        let index = heading.flatMap { step.headings.firstIndex(of: $0) }
        switch index {
        case nil: heading = step.headings[0]
        case let i? where i + 1 < step.headings.count: heading = step.headings[i + 1]
        default: heading = nil
        }
    }

    mutating func startEditing(_ context: ScreenContext) {
        guard let id = selected, let record = context.state.minutes.record(id) else {
            message = StatusMessage(MinutesStrings.nothingSelected, role: .warning)
            return
        }
        if editing == nil { setAside = draft }
        let entry = record.entry
        draft = Draft(
            kind: entry.kind, field: .text, text: LineEditor(entry.text), owner: LineEditor(entry.owner ?? ""),
            due: LineEditor(entry.due ?? ""), heading: entry.heading, editing: id)
        editedRecordRemoved = false
        completion = nil
    }

    /// Esc: out of an action's fields, then out of an edit, then the selection, then back to the
    /// item under way.
    mutating func cancel() {
        if field != .text {
            field = .text
        } else if editing != nil || editedRecordRemoved {
            draft =
                setAside ?? Draft(kind: kind, field: .text, text: LineEditor(), owner: LineEditor(), due: LineEditor())
            setAside = nil
            editedRecordRemoved = false
        } else if selected != nil {
            selected = nil
        } else {
            pinned = nil
            heldWhileTyping = false
        }
    }
}
