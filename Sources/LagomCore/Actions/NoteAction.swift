/// What a secretary (or the theme board) asks of the notes. `changes(in:ids:)` turns it into the
/// events to append, from the freshest state (the store calls it under its lock).
public enum NoteAction: Equatable, Sendable {
    /// One note per text, in one transaction, each with a fresh id.
    case add(place: NotePlace, texts: [String])
    case edit(NoteID, text: String)
    /// An edit that also moves the note under another parent (nil: under none); the text is
    /// written only when it differs from the note's text as it is now.
    case editAndMove(NoteID, text: String, parent: NoteID?)
    case delete(NoteID)
    /// A group says it is done (or not yet) with a silent writing step.
    case markDone(step: StepID, group: Int, done: Bool)

    public func changes(in session: Session, ids: inout any IDSource) throws(Refusal) -> [Change] {
        switch self {
        case .add(let place, let texts):
            var used: Set<NoteID> = []
            return texts.map { text in
                var id = session.freshNoteID(&ids)
                while !used.insert(id).inserted { id = session.freshNoteID(&ids) }
                return .noteAdded(note: id, place: place, text: text)
            }
        case .edit(let id, let text):
            return [.noteEdited(note: id, text: text)]
        case .editAndMove(let id, let text, let parent):
            guard let note = session.state.liveNote(id) else { throw .unknownNote(id) }
            var place = note.place
            place.parent = parent
            let edit: [Change] = text != note.text ? [.noteEdited(note: id, text: text)] : []
            return edit + [.noteMoved(note: id, place: place)]
        case .delete(let id):
            return [.noteDeleted(note: id)]
        case .markDone(let step, let group, let done):
            return [.groupMarkedDone(step: step, group: group, done: done)]
        }
    }
}
