import LagomCore

/// The note a new note hangs under (resources under the chosen demands): `Ctrl-P` walks the candidates.
extension SecretaryScreen {
    /// The notes this step's notes hang under, in order: the ones the vote on the parent list
    /// chose, or else every note of that list the room can see. Empty for a step without parents.
    func parentCandidates(_ step: Step, _ context: ScreenContext) -> [Note] {
        guard let ref = step.parentList else { return [] }
        let chosen = context.state.subjects(of: step, plan: context.plan)
        if !chosen.isEmpty { return chosen }
        let board = context.state.board
        return context.session.notes(step: ref.step, list: ref.list)
            .filter { board.mergedInto[$0.id] == nil && !board.hidden.contains($0.id) }
    }

    /// The note the next new note hangs under: the secretary's choice while it is a candidate,
    /// else the group's own (group N → the N-th, wrapping), so groups start on different ones.
    func currentParent(_ step: Step, _ context: ScreenContext) -> Note? {
        let candidates = parentCandidates(step, context)
        guard !candidates.isEmpty else { return nil }
        if let choice = parentChoice, let note = candidates.first(where: { $0.id == choice }) { return note }
        return candidates[(max(1, group) - 1) % candidates.count]
    }

    /// The parent of the note being edited, as it will be saved.
    func parentOfEdit(_ context: ScreenContext) -> NoteID? {
        guard case .edit(let id, _, let newParent) = writing else { return nil }
        if case .under(let parent) = newParent { return parent }
        return context.state.note(id)?.place.parent
    }

    mutating func nextParent(_ step: Step, _ context: ScreenContext) {
        let candidates = parentCandidates(step, context)
        guard !candidates.isEmpty else {
            let name = parentListName(step, context)
            message = StatusMessage(SecretaryStrings.parentNone(name), role: .warning)
            return
        }
        func after(_ current: NoteID?) -> NoteID {
            let index = current.flatMap { id in candidates.firstIndex { $0.id == id } }
            return candidates[index.map { ($0 + 1) % candidates.count } ?? 0].id
        }
        if case .edit(let id, let setAside, _) = writing {
            writing = .edit(id, setAside: setAside, newParent: .under(after(parentOfEdit(context))))
        } else {
            parentChoice = after(currentParent(step, context)?.id)
        }
    }

    func parentListName(_ step: Step, _ context: ScreenContext) -> String {
        guard let ref = step.parentList else { return "" }
        return ref.list.isEmpty ? (context.plan.step(ref.step)?.title ?? ref.step.rawValue) : ref.list
    }
}
