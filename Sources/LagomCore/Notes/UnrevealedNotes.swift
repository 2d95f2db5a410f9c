/// What the room never saw stays out of every export: the notes of a silent writing (brainwriting)
/// that was never revealed. Every export reads its session through `forExport`, so a new format
/// cannot leak them; `lagom export --include-unrevealed` asks for them on purpose.
public enum UnrevealedNotes: Sendable {
    /// Left out, as if never written (the default of every export).
    case leftOut
    /// Exported as if the facilitator had revealed them.
    case included
}

extension Session {
    /// The session as an export may read it.
    public func forExport(_ unrevealed: UnrevealedNotes = .leftOut) -> Session {
        let hidden = plan.steps.filter { state.notesHiddenFromRoom($0) }.map(\.id)
        guard !hidden.isEmpty else { return self }
        return withState { state in
            switch unrevealed {
            case .included:
                state.revealed.formUnion(hidden)
            case .leftOut:
                let withheld = Set(hidden)
                for note in state.notes where withheld.contains(note.place.step) && !note.deleted {
                    state.updateNote(note.id) { $0.deleted = true }
                }
            }
        }
    }
}
