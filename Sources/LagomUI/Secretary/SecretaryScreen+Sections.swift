import LagomCore

/// A step whose notes hang under the notes of an earlier list: the group's notes under their
/// parents, kept per session revision (a keystroke changes none), made by one pass over the
/// group's notes, and drawn making only the rows that show.
extension SecretaryScreen {
    /// The group's notes under their parents, as the list shows them.
    struct ParentSections: Sendable {
        enum Row: Equatable, Sendable {
            /// A parent's text, or the words for notes without one.
            case heading(String)
            /// A note: its index in the session's notes.
            case note(Int)
        }

        var rows: [Row]
        var noteCount: Int
    }

    /// The parents in the order the secretary cycles through them, then any other parent, then
    /// notes without one; each with the group's notes under it, oldest first.
    func parentSections(_ step: Step, _ context: ScreenContext) -> ParentSections {
        let key = SectionsKey(
            revision: context.session.revision, step: step.id, group: group, language: context.language)
        return Self.keptSections.value(key) { makeParentSections(step, context) }
    }

    private func makeParentSections(_ step: Step, _ context: ScreenContext) -> ParentSections {
        let notes = context.state.notes
        let indices = groupNoteIndices(step, context)
        var order: [NoteID?] = parentCandidates(step, context).map(\.id)
        var listed = Set(order)
        var members: [NoteID?: [Int]] = [:]
        for i in indices {
            let parent = notes[i].place.parent
            members[parent, default: []].append(i)
            if parent != nil, listed.insert(parent).inserted { order.append(parent) }
        }
        order.append(nil)
        var rows: [ParentSections.Row] = []
        for parent in order {
            guard let under = members[parent], !under.isEmpty else { continue }
            let heading =
                parent.map { context.state.note($0)?.text ?? $0.rawValue }
                ?? context.text(SecretaryStrings.withoutParent)
            rows.append(.heading(heading))
            rows += under.map { .note($0) }
        }
        return ParentSections(rows: rows, noteCount: indices.count)
    }

    /// The notes in the order the list shows them.
    func sectionNotes(_ step: Step, _ context: ScreenContext) -> [Note] {
        let notes = context.state.notes
        return parentSections(step, context).rows.compactMap { row in
            if case .note(let i) = row { return notes[i] }
            return nil
        }
    }

    /// The rows of `sections` that show in `body`: headings, and the notes indented below them.
    func drawSectionWindow(
        _ step: Step, _ sections: ParentSections, into grid: inout Grid, _ body: Rect, _ context: ScreenContext
    ) {
        let notes = context.state.notes
        let rows = sections.rows
        let selection = selected.flatMap { id in
            rows.firstIndex { row in
                if case .note(let i) = row { return notes[i].id == id }
                return false
            }
        }
        // Without a selection the newest notes stay in view.
        let current = selection == nil ? max(0, rows.count - body.height) : 0
        let window = ListView.window(selection: selection, count: rows.count, rows: body.height, current: current)
        let items = window.map { index -> ListItem in
            switch rows[index] {
            case .heading(let text): ListItem("↳ " + text, role: .accent)
            case .note(let i): ListItem("  " + noteRow(notes[i], step))
            }
        }
        ListView(window: items, from: window.lowerBound, of: rows.count, selection: selection).draw(
            into: &grid, in: body, theme: context.theme)
    }

    private struct SectionsKey: Equatable, Sendable {
        var revision: UInt64
        var step: StepID
        var group: Int
        var language: Language
    }

    /// A pane draws one group's list.
    private static let keptSections = KeptLast<SectionsKey, ParentSections>()
}
