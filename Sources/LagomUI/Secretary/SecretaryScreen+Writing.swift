import LagomCore

/// What the secretary's editor holds, as one value: the pane cannot be editing a note and
/// holding a paste, or have an edit's set-aside draft without an edit.
extension SecretaryScreen {
    public enum Writing: Equatable, Sendable {
        /// A new note. `pasted`: the editor holds a paste that could not be saved as it was;
        /// Enter saves it one note per line.
        case new(pasted: Bool)
        /// Editing a note. `setAside`: the draft the edit replaced (Esc brings it back);
        /// `newParent`: where Ctrl-P moved it, applied when saved.
        case edit(NoteID, setAside: LineEditor, newParent: NewParent)
        /// The note being edited was removed (by someone else, or an undo): Enter saves the text
        /// as a new note, Esc brings back `setAside`.
        case removedEdit(setAside: LineEditor, pasted: Bool)

        /// The draft an edit put aside; empty for a new note.
        var setAside: LineEditor {
            switch self {
            case .new: LineEditor()
            case .edit(_, let setAside, _), .removedEdit(let setAside, _): setAside
            }
        }

        /// The same, marked as holding a paste or not (an edit never does).
        func pasted(_ pasted: Bool) -> Writing {
            switch self {
            case .new: .new(pasted: pasted)
            case .removedEdit(let setAside, _): .removedEdit(setAside: setAside, pasted: pasted)
            case .edit: self
            }
        }
    }

    /// The parent an edited note is saved under.
    public enum NewParent: Equatable, Sendable {
        case unchanged
        /// Chosen with Ctrl-P; nil: no parent.
        case under(NoteID?)
    }

    /// The note being edited, if any.
    public var editing: NoteID? {
        if case .edit(let id, _, _) = writing { id } else { nil }
    }

    /// Whether the note being edited was removed meanwhile (its text is then saved as new).
    public var editedNoteRemoved: Bool {
        if case .removedEdit = writing { true } else { false }
    }

    /// Whether the editor holds a paste to be saved one note per line.
    public var holdsPaste: Bool {
        switch writing {
        case .new(let pasted), .removedEdit(_, let pasted): pasted
        case .edit: false
        }
    }
}
